import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeNotifications,
  expectPrintLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

/**
 * A site day (Asia/Shanghai) `offset` days from the app's clock (not the machine's: the app starts on its test
 * clock, so a campaign dated from the real day was not running yet once the real day in Shanghai had moved on).
 */
const shanghaiDay = (app: RunningApp, offset: number) =>
  new Date(app.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('gifts and lucky draws in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor sets up a campaign with its gifts, refusing days in the wrong order', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByText('张伟').first().waitFor();
    await page.keyboard.press('Alt+0');
    await page.getByRole('textbox', { name: '打开模块' }).fill('赠品');
    await page
      .getByRole('button', { name: /赠品抽奖/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '赠品抽奖', exact: true }).waitFor();
    await page.getByText('没有进行中的活动：请主管在「活动管理」中添加活动和赠品').waitFor();
    await page.getByRole('tab', { name: '活动管理' }).click();
    const form = page.getByRole('form', { name: '新建活动' });
    await form.getByRole('textbox', { name: '活动', exact: true }).fill('满额赠礼');
    await form.getByRole('textbox', { name: '开始日期' }).fill(shanghaiDay(app, 10));
    await form.getByRole('textbox', { name: '结束日期' }).fill(shanghaiDay(app, -1));
    await form.getByRole('textbox', { name: '兑换门槛（元）' }).fill('200');
    await form.getByRole('button', { name: '保存活动' }).click();
    await form.getByText('结束日期不能早于开始日期').waitFor();
    await form.getByRole('textbox', { name: '开始日期' }).fill(shanghaiDay(app, -1));
    await form.getByRole('textbox', { name: '结束日期' }).fill(shanghaiDay(app, 10));
    await form.getByRole('button', { name: '保存活动' }).click();
    await page.getByText('已保存活动 满额赠礼').waitFor();
    const gifts = page.getByRole('form', { name: '添加赠品' });
    for (const name of ['折叠伞', '电水壶']) {
      await gifts.getByRole('textbox', { name: '赠品' }).fill(name);
      await gifts.getByRole('textbox', { name: '赠品' }).press('Enter');
      await page.getByText(`已保存赠品 ${name}`).waitFor();
    }
    await page.getByRole('cell', { name: '折叠伞、电水壶' }).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'gifts-admin');
  });

  it('takes stock in from the planning department on the ledger, refusing an empty quantity', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '赠品台账' }).click();
    const form = page.getByRole('form', { name: '入库 / 退回' });
    await form.getByRole('combobox', { name: '赠品' }).selectOption({ label: '折叠伞（库存 0）' });
    await form.getByRole('textbox', { name: '来源（由谁交来）' }).fill('企划部');
    await form.getByRole('textbox', { name: '来源（由谁交来）' }).press('Enter');
    await form.getByText('应为整数').waitFor();
    await form.getByRole('textbox', { name: '数量' }).fill('20');
    await form.getByRole('textbox', { name: '数量' }).press('Enter');
    await page.getByText('已登记到台账').first().waitFor();
    await form.getByRole('combobox', { name: '赠品' }).selectOption({ label: '电水壶（库存 0）' });
    await form.getByRole('textbox', { name: '数量' }).fill('1');
    await form.getByRole('textbox', { name: '数量' }).press('Enter');
    const stock = page.getByRole('table', { name: '库存' });
    await stock.getByRole('row', { name: /折叠伞 20 0 0 0 20/ }).waitFor();
    await stock.getByRole('row', { name: /电水壶 1 0 0 0 1/ }).waitFor();
  });

  it('redeems a gift against receipts, refusing a total under the threshold and a receipt used before', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '兑换与抽奖' }).click();
    const form = page.getByRole('form', { name: '赠品兑换' });
    await form.getByRole('combobox', { name: '活动' }).selectOption({ label: '满额赠礼' });
    await form.getByText('满 ¥200.00 兑换一份，每人每天限 1 份').waitFor();
    await form.getByRole('combobox', { name: '赠品' }).selectOption({ label: '折叠伞（库存 20）' });
    await form.getByRole('textbox', { name: '顾客姓名' }).fill('赵敏');
    await form.getByRole('textbox', { name: '联系电话' }).fill('13912345678');
    await form.getByRole('textbox', { name: '购物小票号' }).fill('a001, A002');
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).fill('150');
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).press('Enter');
    await form.getByText('小票合计未达到兑换门槛 ¥200.00').waitFor();
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).fill('268.50');
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).press('Enter');
    await page.getByText(/已兑换 ZP-XH-\d{8}-0001/).waitFor();
    await page.getByRole('cell', { name: '赵敏 139****5678' }).waitFor();
    await form.getByRole('combobox', { name: '赠品' }).selectOption({ label: '折叠伞（库存 19）' });
    await form.getByRole('textbox', { name: '顾客姓名' }).fill('孙丽');
    await form.getByRole('textbox', { name: '联系电话' }).fill('13800001234');
    await form.getByRole('textbox', { name: '购物小票号' }).fill('B77 A002');
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).fill('300');
    await form.getByRole('textbox', { name: '小票合计金额（元）' }).press('Enter');
    await form.getByText(/小票 A002 已在 ZP-XH-\d{8}-0001 兑换过/).waitFor();
    expect(await page.getByRole('cell', { name: /孙丽/ }).count()).toBe(0);
    await closeNotifications(page);
    await screenshot(page, 'gifts-redeem');
  });

  it("records a lucky draw with a lead's PIN, refusing a wrong one", async () => {
    const { page } = app;
    await page.getByText('抽奖', { exact: true }).first().click();
    const form = page.getByRole('form', { name: '抽奖登记' });
    await form.getByRole('combobox', { name: '活动' }).selectOption({ label: '满额赠礼' });
    await form.getByRole('combobox', { name: '奖品' }).selectOption({ label: '电水壶（库存 1）' });
    await form.getByRole('textbox', { name: '抽奖轮次' }).fill('第一轮 12 号');
    await form.getByRole('textbox', { name: '中奖人' }).fill('钱进');
    await form.getByRole('textbox', { name: '联系电话' }).fill('13700001111');
    await form.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    await form.getByLabel('审批人 PIN').fill('0000');
    await form.getByLabel('审批人 PIN').press('Enter');
    await form.getByText(/PIN 码错误/).waitFor();
    await form.getByLabel('审批人 PIN').fill('2222');
    await form.getByLabel('审批人 PIN').press('Enter');
    await page.getByText(/已登记抽奖 CJ-XH-\d{8}-0001/).waitFor();
    await page.getByRole('cell', { name: '钱进 137****1111' }).waitFor();
  });

  it('a lead voids a redemption with a reason; Ctrl+K finds the draw by the winner’s name', async () => {
    const { page } = app;
    await page.getByRole('cell', { name: /赵敏/ }).click();
    await page.getByRole('heading', { name: /ZP-XH-\d{8}-0001/ }).waitFor();
    await page.getByText('小票 A001、A002，合计 ¥268.50').waitFor();
    await page.getByRole('button', { name: '作废' }).click();
    const dialog = page.getByRole('dialog', { name: /作废 ZP-XH/ });
    await dialog.getByRole('textbox').fill('顾客退货，赠品已交回');
    await dialog.getByRole('button', { name: /作废/ }).click();
    await page.getByText('已作废，赠品已退回库存').waitFor();
    await page.getByText('作废原因：顾客退货，赠品已交回').waitFor();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('钱进');
    await page
      .getByText(/CJ-XH-\d{8}-0001/)
      .first()
      .waitFor();
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: /CJ-XH-\d{8}-0001/ }).waitFor();
    await page.getByText('第一轮 12 号，审批组长 李娜').waitFor();
    await closeNotifications(page);
    await screenshot(page, 'gifts-draw');
  });

  it('prints the campaign ledger on A4 and shows the stock on the handover sheet', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '赠品台账' }).click();
    const stock = page.getByRole('table', { name: '库存' });
    await stock.getByRole('row', { name: /折叠伞 20 0 0 0 20/ }).waitFor();
    await stock.getByRole('row', { name: /电水壶 1 0 1 0 0/ }).waitFor();
    const prints = await app.printCount();
    await page.getByRole('button', { name: '打印台账' }).click();
    await app.waitForPrints(prints + 1);
    const printed = await expectPrintLabelsOnly(page, 'gift ledger');
    expect(printed).toContain('赠品台账');
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gift-ledger-'));
    await page.pdf({ path: path.join(dir, 'ledger.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'ledger.pdf'), '-'], { encoding: 'utf8' });
    for (const words of ['赠品台账', '满额赠礼', '企划部', '兑换发放', '作废退回库存', '奖品发放', '企划部签字'])
      expect(text).toContain(words);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      path.join(dir, 'ledger.pdf'),
      path.join(dir, 'ledger'),
    ]);
    fs.copyFileSync(path.join(dir, 'ledger.png'), path.join(screenshotDir, 'gifts-ledger-print.png'));
    await screenshot(page, 'gifts-ledger');
    await page.keyboard.press('F9');
    await page.getByText('进行中活动的赠品结存（请清点）（2）').first().waitFor();
    await page.getByText('进行中活动的赠品结存（请清点）（2）').first().scrollIntoViewIfNeeded();
    await page.getByText('满额赠礼 · 折叠伞：20').first().waitFor();
    await page.getByText('满额赠礼 · 电水壶：0').first().waitFor();
    await screenshot(page, 'gifts-handover');
  });
});
