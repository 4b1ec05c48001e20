import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

async function call<T>(app: RunningApp, channel: string, input: object): Promise<T> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
  return result.data as T;
}

interface Campaign {
  id: string;
  items: { id: string; name: string }[];
}

/** What the tests before a test leave, stored through the app's channels; each stage includes the ones before. */
type Stage = 'campaign' | 'stocked' | 'redeemed' | 'drawn' | 'voided';
const STAGES: Stage[] = ['campaign', 'stocked', 'redeemed', 'drawn', 'voided'];

/**
 * The campaign 满额赠礼 (from yesterday for ten days, ¥200, one a day) with its 折叠伞 and 电水壶; then 20 umbrellas and
 * one kettle taken in from 企划部; 赵敏's redemption ZP-…-0001; 钱进's draw CJ-…-0001 approved by 李娜; the
 * redemption voided.
 */
async function setUp(app: RunningApp, stage: Stage): Promise<void> {
  const upTo = STAGES.indexOf(stage);
  const saved = await call<Campaign>(app, 'gifts:saveCampaign', {
    name: '满额赠礼',
    startDay: shanghaiDay(app, -1),
    endDay: shanghaiDay(app, 10),
    threshold: '200',
    perPersonPerDay: 1,
  });
  let campaign = saved;
  for (const name of ['折叠伞', '电水壶'])
    campaign = await call<Campaign>(app, 'gifts:saveItem', { campaignId: saved.id, name });
  const item = (name: string) => campaign.items.find((x) => x.name === name)?.id ?? '';
  if (upTo < STAGES.indexOf('stocked')) return;
  await call(app, 'gifts:stock', { itemId: item('折叠伞'), direction: 'in', quantity: 20, source: '企划部' });
  await call(app, 'gifts:stock', { itemId: item('电水壶'), direction: 'in', quantity: 1, source: '企划部' });
  if (upTo < STAGES.indexOf('redeemed')) return;
  const redeemed = await call<{ id: string }>(app, 'gifts:redeem', {
    campaignId: saved.id,
    itemId: item('折叠伞'),
    customerName: '赵敏',
    phone: '13912345678',
    receipts: 'a001, A002',
    amount: '268.50',
  });
  if (upTo < STAGES.indexOf('drawn')) return;
  const clerks = await call<{ id: string; employeeNo: string }[]>(app, 'clerks:list', {});
  await call(app, 'gifts:draw', {
    campaignId: saved.id,
    itemId: item('电水壶'),
    drawName: '第一轮 12 号',
    winnerName: '钱进',
    phone: '13700001111',
    approval: { clerkId: clerks.find((x) => x.employeeNo === 'K002')?.id, pin: '2222' },
  });
  if (upTo < STAGES.indexOf('voided')) return;
  await call(app, 'gifts:void', { id: redeemed.id, reason: '顾客退货，赠品已交回' });
}

/** Logs in as the supervisor K003, stores what the test needs and opens 赠品抽奖 from the module picker (Alt+0). */
async function openGifts(app: RunningApp, stage?: Stage): Promise<void> {
  const { page } = app;
  await loginWithKeyboard(page, 'K003', '3333');
  await page.getByText('张伟').first().waitFor();
  if (stage) await setUp(app, stage);
  await page.keyboard.press('Alt+0');
  await page.getByRole('textbox', { name: '打开模块' }).fill('赠品');
  await page
    .getByRole('button', { name: /赠品抽奖/ })
    .first()
    .click();
  await page.getByRole('heading', { name: '赠品抽奖', exact: true }).waitFor();
}

/** Each test on its own desk: its own login and the records it needs, so one failure stays one failure. */
describe('gifts and lucky draws in Chromium', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app?.stop();
  });

  it('a supervisor sets up a campaign with its gifts, refusing days in the wrong order', async () => {
    const { page } = app;
    await openGifts(app);
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
    await openGifts(app, 'campaign');
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
    await openGifts(app, 'stocked');
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
    await openGifts(app, 'redeemed');
    await page.getByRole('tab', { name: '兑换与抽奖' }).click();
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
    await openGifts(app, 'drawn');
    await page.getByRole('tab', { name: '兑换与抽奖' }).click();
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
    await openGifts(app, 'voided');
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
