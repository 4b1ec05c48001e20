import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HQ_READER, type HqDatabase, startHqDatabase } from '../helpers/hq-seed';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** The number in a report table's row `rowName`, column `column` (a module's name, or 合计). */
async function cell(table: Locator, rowName: string, column: string): Promise<string> {
  const headings = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const index = headings.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${headings.join(',')}`);
  const row = table.locator('tbody tr').filter({ has: table.page().getByText(rowName, { exact: true }) });
  return (await row.locator('td, th').nth(index).textContent())?.trim() ?? '';
}

describe('head office in Chromium: the connection setting and 总部报表 against a real PostgreSQL', () => {
  let hq: HqDatabase;
  let app: RunningApp;
  beforeAll(async () => {
    hq = await startHqDatabase();
    // The app's month is November 2026, the month head office holds most records of.
    app = await startApp({ at: '2026-11-25T10:00:00+08:00' });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await hq?.stop();
  });

  it('a supervisor sets the connection, a failed test says why in Chinese, the password is never shown', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '总部连接' }).click();
    await page.getByText('尚未设置总部连接。').waitFor();
    await page.getByLabel('服务器地址').fill('127.0.0.1');
    await page.getByLabel('端口').fill(String(hq.port));
    await page.getByLabel('数据库名').fill(hq.database);
    await page.getByLabel('账号').fill(HQ_READER.user);
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '测试连接' }).click();
    await page.getByRole('alert').getByText('总部数据库拒绝登录：账号或密码不对').waitFor();
    await screenshot(page, 'hq-connection-refused');

    await page.getByLabel('密码', { exact: true }).fill(HQ_READER.password);
    await page.getByRole('button', { name: '测试连接' }).click();
    await page.getByText('连接成功，总部共有 2 个门店的数据').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('总部连接已保存').waitFor();
    await closeNotifications(page);
    await page.getByText(`当前：${HQ_READER.user}@127.0.0.1:${hq.port}/hq，密码 ••••••`).waitFor();
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the clerk reads
    expect(await page.innerText('body')).not.toContain(HQ_READER.password);
    await screenshot(page, 'hq-connection-saved');
  });

  it('总部报表 shows every site by month, then one site', async () => {
    const { page } = app;
    await page.keyboard.press('F10');
    await page.getByRole('tab', { name: '总部报表' }).click();
    const bySite = page.getByRole('table', { name: '各门店合计' });
    await bySite.waitFor();
    await page.getByRole('heading', { name: '总部报表 · 2026-11 · 全部门店' }).waitFor();
    expect(await cell(bySite, '星河广场', '来访登记')).toBe('3');
    expect(await cell(bySite, '龙阳广场', '来访登记')).toBe('1');
    expect(await cell(bySite, '龙阳广场', '投诉处理')).toBe('4');
    expect(await cell(bySite, '星河广场', '电话记录')).toBe('2');
    // The voided slip is not counted; the total row sums the sites.
    expect(await cell(bySite, '星河广场', '合计')).toBe('5');
    expect(await cell(bySite, '合计', '来访登记')).toBe('4');
    const byDay = page.getByRole('table', { name: '每日明细' });
    expect(await cell(byDay, '2026-11-24', '合计')).toBe('10');
    await screenshot(page, 'hq-reports-all');

    await page.getByRole('combobox', { name: '门店' }).click();
    await page.getByRole('option', { name: '星河广场' }).click();
    await page.getByRole('heading', { name: '总部报表 · 2026-11 · 星河广场' }).waitFor();
    expect(await bySite.locator('tbody tr').count()).toBe(2); // 星河广场 and the total
    expect(await cell(bySite, '星河广场', '来访登记')).toBe('3');
    expect(await cell(bySite, '合计', '投诉处理')).toBe('0');
    await screenshot(page, 'hq-reports-site');
  });

  it('says in Chinese when head office cannot be reached, and a shift lead sees the reports but not the setting', async () => {
    const { page } = app;
    await hq.stop();
    await page.getByRole('combobox', { name: '门店' }).click();
    await page.getByRole('option', { name: '全部门店' }).click();
    await page
      .getByRole('alert')
      .getByText('连接不上总部数据库：该地址和端口没有数据库服务在运行，请检查服务器地址和端口')
      .waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '总部连接' }).click();
    await page.getByText('只有主管可以查看和修改总部连接。').waitFor();
    expect(await page.getByLabel('服务器地址').count()).toBe(0);
  });
});
