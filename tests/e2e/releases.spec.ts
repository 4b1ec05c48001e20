import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrintLabelsOnly,
  loginWithKeyboard,
  pressActionKey,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

async function switchClerk(page: Page, employeeNo: string, pin: string) {
  await page.keyboard.press('Control+l');
  await page.getByText('屏幕已锁定').waitFor();
  await page.getByRole('combobox', { name: '解锁人' }).click();
  await page.getByRole('option', { name: new RegExp(`${employeeNo} `) }).click();
  await page.getByLabel('PIN 码').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByText('屏幕已锁定').waitFor({ state: 'hidden' });
}

const rows = async (app: RunningApp) =>
  app.call('releases:list', {}).then((r) => (r.data as { rows: unknown[] }).rows.length);

describe('goods release passes in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor notes a unit whose move-out is not settled', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByText('张伟').first().waitFor();
    await page.getByRole('navigation', { name: 'modules' }).getByText('物品放行').click();
    await page.getByRole('heading', { name: '物品放行', exact: true }).waitFor();
    await page.getByRole('tab', { name: '单元备注' }).click();
    await page.getByRole('textbox', { name: '添加备注 房号 / 铺位' }).fill('5 栋 803');
    await page.getByRole('textbox', { name: '添加备注 备注' }).fill('物业费未结清，搬离前须结清');
    await page.getByRole('button', { name: '添加备注' }).click();
    await page.getByRole('textbox', { name: '5 栋 803 备注' }).waitFor();
    await switchClerk(page, 'K001', '1111');
  });

  it('issues a pass: bad input refused at the field, then saved with a lead’s PIN and printed in two copies', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '放行条' }).click();
    const form = page.getByRole('form', { name: '开具放行条' });
    const unit = form.getByLabel('房号 / 铺位');
    await unit.click();
    await page.keyboard.type('3 栋 1202');
    await form.getByLabel('申请人', { exact: true }).fill('刘女士');
    await form.getByLabel('联系电话').fill('1380000');
    await form.getByRole('textbox', { name: '物品名称 1' }).fill('双人床垫');
    await form.getByLabel('车牌号').fill('沪A1234');
    await unit.focus();
    await page.keyboard.press('Enter');
    await form.getByText('手机号应为 11 位数字（现在位数不对），如 13812345678').waitFor();
    await form.getByText('车牌号格式不正确，如 沪A12345 或新能源 沪AD12345').waitFor();
    await form.getByText('放行条须经领班或以上人员输入 PIN 审批').waitFor();
    expect(await rows(app)).toBe(0);

    await form.getByLabel('联系电话').fill('13812345678');
    await form.getByLabel('车牌号').fill('沪a 12345');
    await form.getByRole('button', { name: '添加物品' }).click();
    await form.getByRole('textbox', { name: '物品名称 2' }).fill('纸箱');
    await form.getByRole('textbox', { name: '数量 2' }).fill('6');
    await form.getByLabel('授权人（业主 / 店长）').fill('刘女士');
    await form.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    await form.getByLabel('审批人 PIN').fill('2222');
    await screenshot(page, 'releases-form');
    await form.getByLabel('审批人 PIN').press('Enter');
    await page.getByText(/已开具 FX-XH-20261201-0001/).waitFor();
    const detail = page.getByLabel('FX-XH-20261201-0001', { exact: true });
    await detail.getByRole('table', { name: '放行物品' }).getByText('纸箱').waitFor();
    await detail.getByText('沪A12345').waitFor();

    await page.keyboard.press('Control+p');
    await page.getByTestId('release-print').waitFor({ state: 'attached' });
    await app.waitForPrints(1);
    const printed = await expectPrintLabelsOnly(page, 'release pass');
    expect(printed).toContain('物品放行条');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'releases-print-')), 'pass.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text.match(/物品放行条/g)?.length).toBe(2);
    expect(text).toContain('门岗联');
    expect(text).toContain('存根联');
    expect(text.match(/FX-XH-20261201-0001/g)?.length).toBe(2);
    expect(text).toContain('双人床垫');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('李娜');
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(screenshotDir, 'releases-print')]);
  });

  it('finds the pass again by its plate at the gate, and records the guard’s check', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '开具放行条 (Alt+N)' }).click();
    await page.getByRole('tab', { name: '待出门' }).click();
    await page.getByLabel('搜索申请人、电话、房号、车牌、单号、物品').fill('沪A12345');
    const list = page.getByRole('table', { name: '放行条' });
    await list.getByText('138****5678').click();
    const detail = page.getByLabel('FX-XH-20261201-0001', { exact: true });
    await detail.getByRole('button', { name: '门岗查验 (Alt+C)' }).waitFor();
    await pressActionKey(page, 'Alt+C');
    const check = page.getByRole('form', { name: /门岗查验：FX-XH-/ });
    await check.getByLabel('物品与放行条相符').uncheck();
    await check.getByLabel('门岗').fill('门岗老周');
    await check.getByRole('button', { name: '确定' }).click();
    await check.getByText('物品与放行条不符时请写明哪里不符').waitFor();
    await check.getByLabel('物品与放行条相符').check();
    await check.getByRole('button', { name: '确定' }).click();
    await detail.getByText('已放行').first().waitFor();
    await expect.poll(() => list.getByText('138****5678').count()).toBe(0);
    await page.getByRole('tab', { name: '放行条' }).click();
    await page.getByRole('table', { name: '放行条' }).getByText('已放行').waitFor();
    await screenshot(page, 'releases-checked');
  });

  it('warns about the unit’s note and issues only once the clerk has read it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '开具放行条 (Alt+N)' }).click();
    const form = page.getByRole('form', { name: '开具放行条' });
    await form.getByLabel('房号 / 铺位').fill('5 栋 803');
    await form.getByText('单元备注：物业费未结清，搬离前须结清').waitFor();
    await form.getByLabel('申请人', { exact: true }).fill('周先生');
    await form.getByLabel('联系电话').fill('13600004444');
    await form.getByRole('textbox', { name: '物品名称 1' }).fill('冰箱');
    await form.getByLabel('授权人（业主 / 店长）').fill('周先生');
    await form.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    await form.getByLabel('审批人 PIN').fill('2222');
    await screenshot(page, 'releases-unit-note');
    await form.getByRole('button', { name: '开具 (Enter)' }).click();
    await form.getByText(/该单元有备注：物业费未结清/).waitFor();
    expect(await rows(app)).toBe(1);
    await form.getByLabel('已阅单元备注，仍开具').check();
    await form.getByRole('button', { name: '开具 (Enter)' }).click();
    await page.getByText(/已开具 FX-XH-20261201-0002/).waitFor();
    await page
      .getByLabel('FX-XH-20261201-0002', { exact: true })
      .getByText(/单元备注：物业费未结清/)
      .waitFor();
  });
});
