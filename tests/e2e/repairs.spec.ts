import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrintLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

const MINUTE = 60_000;

describe('repair work orders in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('takes a repair report, refusing a bad phone at the field, and dispatches it at once', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('Alt+8');
    await page.getByRole('heading', { name: '报修派工', exact: true }).waitFor();
    const form = page.getByRole('form', { name: '受理报修' });
    const phone = form.getByLabel('联系电话');
    await expect.poll(() => phone.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('1380000');
    await page.keyboard.press('Enter');
    await form.getByText('手机号应为 11 位数字（现在位数不对），如 13812345678').waitFor();
    await form.getByText('必填').first().waitFor();
    expect(await app.call('repairs:list', {}).then((r) => (r.data as { rows: unknown[] }).rows.length)).toBe(0);
    await phone.fill('13812345678');
    await form.getByLabel('报修人').fill('陈先生');
    await form.getByLabel('报修位置').fill('3 栋 1202');
    await form.getByLabel('报修类别').selectOption({ label: '水电' });
    await form.getByLabel('紧急程度').selectOption({ label: '紧急' });
    await form.getByLabel('故障描述').fill('厨房水管漏水，水已流到客厅');
    await form.getByLabel('立即派工给').selectOption({ label: '水电维修组' });
    await screenshot(page, 'repairs-form');
    await form.getByLabel('报修人').focus();
    await page.keyboard.press('Enter');
    await page.getByText(/已受理 BX-XH-\d{8}-0001/).waitFor();
    expect(await phone.inputValue()).toBe('');
    const list = page.getByRole('table', { name: '派工单' });
    await list.getByText('138****5678').waitFor();
    await list.getByText('已派工').waitFor();
  });

  it('prints the 派工单 with the phone masked, and records arrival, completion, return visit and closing', async () => {
    const { page } = app;
    await page.getByRole('table', { name: '派工单' }).getByText('陈先生').click();
    const detail = page.getByLabel(/^BX-XH-\d{8}-0001$/);
    await detail.getByRole('button', { name: '打印派工单' }).click();
    await page.getByTestId('repair-print').waitFor({ state: 'attached' });
    await app.waitForPrints(1);
    const printed = await expectPrintLabelsOnly(page, 'repair work order');
    expect(printed).toContain('报修派工单');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'repairs-print-')), 'order.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('报修派工单');
    expect(text).toMatch(/BX-XH-\d{8}-0001/);
    expect(text).toContain('水电维修组');
    expect(text).toContain('厨房水管漏水');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('客户签字确认');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(screenshotDir, 'repairs-print')]);

    await detail.getByRole('button', { name: '登记到场' }).click();
    await detail.getByText('已到场').first().waitFor();
    await detail.getByRole('button', { name: '登记完工' }).click();
    const complete = page.getByRole('form', { name: /完工：BX-XH-/ });
    await complete.getByLabel('维修内容').fill('更换三通阀门，试水无渗漏');
    await complete.getByLabel('使用材料').fill('三通阀 1 个');
    await complete.getByLabel('收费（元）').fill('12.345');
    await complete.getByRole('button', { name: '确定' }).click();
    await complete.getByText(/最多两位小数/).waitFor();
    await complete.getByLabel('收费（元）').fill('35.50');
    await complete.getByRole('button', { name: '确定' }).click();
    await detail.getByText('¥35.50').first().waitFor();
    await detail.getByRole('button', { name: '回访' }).click();
    const visit = page.getByRole('form', { name: /回访：BX-XH-/ });
    await visit.getByLabel('满意度').selectOption({ label: '不满意' });
    await visit.getByRole('button', { name: '确定' }).click();
    await visit.getByText('回访不满意时请写明原因，工单将重新派工').waitFor();
    await visit.getByLabel('回访意见').fill('阀门处仍有滴水');
    await visit.getByRole('button', { name: '确定' }).click();
    await detail.getByText('重新派工 1 次').waitFor();
    await detail.getByRole('button', { name: '登记到场' }).click();
    await detail.getByRole('button', { name: '登记完工' }).click();
    await page
      .getByRole('form', { name: /完工：BX-XH-/ })
      .getByLabel('维修内容')
      .fill('重新缠生料带');
    await page
      .getByRole('form', { name: /完工：BX-XH-/ })
      .getByRole('button', { name: '确定' })
      .click();
    await detail.getByRole('button', { name: '回访' }).click();
    await page
      .getByRole('form', { name: /回访：BX-XH-/ })
      .getByLabel('满意度')
      .selectOption({ label: '满意' });
    await page
      .getByRole('form', { name: /回访：BX-XH-/ })
      .getByRole('button', { name: '确定' })
      .click();
    await detail.getByRole('button', { name: '关闭' }).click();
    await page
      .getByRole('form', { name: /关闭：BX-XH-/ })
      .getByRole('button', { name: '确定' })
      .click();
    await detail.getByRole('table', { name: '办理记录' }).getByText('回访不满意，重新派工').waitFor();
    await detail.getByRole('table', { name: '办理记录' }).getByRole('cell', { name: '关闭', exact: true }).waitFor();
    await screenshot(page, 'repairs-closed');
  });

  it('marks an urgent order late in the header badge once its target arrival passes', async () => {
    const { page } = app;
    const created = await app.call('repairs:create', {
      locationKind: 'public',
      location: '二楼电梯厅',
      category: 'elevator',
      urgency: 'urgent',
      description: '2 号电梯困人',
      reporterName: '保安张师傅',
      phone: '13900001234',
    });
    expect(created.ok).toBe(true);
    await app.advanceClock(20 * MINUTE);
    await page.reload();
    const badge = page.getByRole('button', { name: '已升级 1' });
    await badge.waitFor();
    await badge.click();
    const list = page.getByRole('table', { name: '派工单' });
    await list.getByText('保安张师傅').waitFor();
    expect(await list.getByText('陈先生').count()).toBe(0);
    await list.getByText('超时未派工').waitFor();
    await screenshot(page, 'repairs-overdue');
  });

  it('turns a repair visit into a work order; the reporter is not counted on site', async () => {
    const { page } = app;
    const visit = await app.call('reception:register', {
      visitorName: '周女士',
      phone: '13600004444',
      purpose: 'repair',
      repairLocation: '5 栋 803',
      notes: '客厅空调不制冷',
    });
    expect(visit.ok).toBe(true);
    const { id } = visit.data as { id: string };
    await page.keyboard.press('F2');
    await page.getByRole('tab', { name: '在场 (0)' }).waitFor();
    await page.evaluate(`window.location.hash = '#/reception/${id}'`);
    await page.getByRole('button', { name: '转为派工单' }).click();
    const form = page.getByRole('form', { name: '受理报修' });
    await form.getByText(/来自来访登记 LF-XH-\d{8}-\d{4}/).waitFor();
    expect(await form.getByLabel('报修人').inputValue()).toBe('周女士');
    expect(await form.getByLabel('联系电话').inputValue()).toBe('13600004444');
    expect(await form.getByLabel('报修位置').inputValue()).toBe('5 栋 803');
    await form.getByLabel('报修类别').selectOption({ label: '空调' });
    await screenshot(page, 'repairs-from-visit');
    await form.getByRole('button', { name: '保存 (Enter)' }).click();
    await page.getByText(/已受理 BX-XH-\d{8}-0003/).waitFor();
    await page.getByRole('table', { name: '派工单' }).getByText('周女士').click();
    // The order's source is the visit it came from, as a link (record links, issue 16).
    await page.getByRole('button', { name: /^来自来访 LF-XH-\d{8}-\d{4}$/ }).waitFor();
  });
});
