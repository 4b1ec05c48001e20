import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

interface Saved {
  id: string;
  serialNo: string;
  version?: number;
}

const DAY = 24 * 3600 * 1000;
const RESIDENT_ID = '11010519491231002X';

/**
 * Every module: a record found with Ctrl+K (or in the customer's history) opens that very record, with its detail,
 * selected in a list that shows it, whatever its status and however old (the lists' default filters would hide it).
 * Each test on its own desk, with its own login and the same records stored before it, so one failure stays one.
 */
describe('Ctrl+K opens the exact record in every module', () => {
  let app: RunningApp;
  const made = {} as Record<'call' | 'visit' | 'invoice' | 'ret' | 'item' | 'report' | 'loan' | 'repair', Saved>;

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  async function search(page: Page, text: string): Promise<void> {
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill(text);
    // Enter at once, before the results arrive: the top hit opens when they do. Pressed once.
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
  }

  /** The detail names its record; the list shows the same record as its selected row. */
  async function expectOpened(page: Page, saved: Saved, name: string, opts: { row?: boolean } = {}): Promise<void> {
    const detail = page.getByLabel(saved.serialNo, { exact: true });
    await detail.waitFor();
    await detail.getByText(name).first().waitFor();
    if (opts.row !== false) {
      const row = page.getByRole('row', { name: new RegExp(name), selected: true });
      await row.first().waitFor();
    }
  }

  beforeEach(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const phone = '13955551234';
    made.call = await call<Saved>('calls:log', {
      direction: 'incoming',
      phone,
      callerName: '上官来电',
      category: 'enquiry',
      summary: '询问停车收费',
    });
    // A callback promised for an hour later: ten days on it is overdue, open for this customer.
    await call('calls:log', {
      direction: 'incoming',
      phone,
      callerName: '上官回电',
      category: 'enquiry',
      summary: '请回电告知停车优惠',
      replyNeeded: true,
      replyDueAt: app.now() + 3600 * 1000,
    });
    made.visit = await call<Saved>('reception:register', {
      visitorName: '上官来访',
      phone,
      purpose: 'enquiry',
    });
    await call('reception:signOut', { id: made.visit.id, version: made.visit.version });
    const shops = await call<{ id: string }[]>('settings:list', { kind: 'shops' });
    const shopId = shops[0]?.id;
    made.invoice = await call<Saved>('invoices:request', {
      receiptNos: ['XP20261201777'],
      shopId,
      purchaseDate: '2026-11-30',
      amountYuan: '88.00',
      kind: 'vat_ordinary',
      medium: 'paper',
      buyerType: 'person',
      title: '上官开票',
    });
    made.ret = await call<Saved>('returns:register', {
      kind: 'return',
      shopId,
      purchaseDate: '2026-11-28',
      qualityProblem: false,
      hasReceipt: true,
      receiptNo: 'XP2026110001',
      refundMethod: 'original',
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      customerName: '上官退货',
      phone,
      product: '保温杯',
      specification: '500ml',
      quantity: 1,
      amountYuan: '129.00',
      reason: '不喜欢颜色',
    });
    made.item = await call<Saved>('lostfound:register', {
      category: 'umbrella',
      description: '上官招领的黑色长柄伞',
      colour: '黑色',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      finderName: '刘阿姨',
      storagePlace: '失物柜 A',
    });
    await call('lostfound:claim', {
      id: made.item.id,
      version: made.item.version,
      claimantName: '赵敏',
      phone: '13912345678',
      idType: 'resident_id',
      idNumber: RESIDENT_ID,
      claimDescription: '黑色长柄伞',
    });
    made.report = await call<Saved>('lostfound:report', {
      reporterName: '上官寻物',
      phone,
      category: 'wallet',
      description: '棕色钱包',
      lostPlace: '一楼',
      lostFrom: app.now() - 3 * 3600 * 1000,
      lostTo: app.now() - 3600 * 1000,
    });
    const kind = await call<{ id: string }>('loans:saveKind', {
      name: '雨伞',
      deposit: '30',
      loanDays: 1,
      overdueFee: '1',
    });
    const loanItem = await call<{ id: string }>('loans:saveItem', { kindId: kind.id, code: 'YS-09' });
    made.loan = await call<Saved>('loans:lend', {
      itemId: loanItem.id,
      borrowerName: '上官借用',
      phone,
      guarantee: 'deposit',
    });
    await call('loans:return', { id: made.loan.id, version: made.loan.version, outcome: 'returned' });
    made.repair = await call<Saved>('repairs:create', {
      locationKind: 'public',
      location: '二楼电梯厅',
      category: 'elevator',
      urgency: 'normal',
      description: '电梯按钮失灵',
      reporterName: '上官报修',
      phone,
    });
    await call('repairs:void', { id: made.repair.id, version: made.repair.version, reason: '重复登记' });
    // Ten days on: older than the call log's week, the invoices' and returns' today.
    await app.advanceClock(10 * DAY);
    await app.page.reload();
    await app.page.getByLabel('clerk').waitFor();
  });
  afterEach(async () => {
    await app?.stop();
  });

  it('opens an old call in the log, selected, with its detail', async () => {
    const { page } = app;
    // At once after the reload: the first screen may still be mounting under the search.
    await search(page, '上官来电');
    await expectOpened(page, made.call, '上官来电');
    await screenshot(page, 'search-open-old-call');
  });

  it('keeps what is typed in the search when a form beneath takes the focus', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.waitFor();
    await page.keyboard.type('上官');
    // What a screen mounting late beneath the search does: its first field takes the focus.
    await page
      .locator('main input')
      .first()
      .evaluate((el) => (el as { focus(): void }).focus());
    await page.keyboard.type('来电');
    await page.keyboard.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await expectOpened(page, made.call, '上官来电');
  });

  it('opens a visit that has left, with its detail', async () => {
    const { page } = app;
    await search(page, '上官来访');
    await expectOpened(page, made.visit, '上官来访', { row: false });
    await screenshot(page, 'search-open-visit');
    await page.keyboard.press('Escape');
    await page.getByLabel(made.visit.serialNo, { exact: true }).waitFor({ state: 'hidden' });
  });

  it('opens an old invoice request beside the list, selected', async () => {
    const { page } = app;
    await search(page, '上官开票');
    await expectOpened(page, made.invoice, '上官开票');
    await screenshot(page, 'search-open-invoice');
  });

  it('opens an old return with its own detail', async () => {
    const { page } = app;
    await search(page, '上官退货');
    await expectOpened(page, made.ret, '上官退货');
    await screenshot(page, 'search-open-return');
    await page.keyboard.press('Escape');
    await page.getByLabel(made.ret.serialNo, { exact: true }).waitFor({ state: 'hidden' });
  });

  it('opens a claimed found item and a loss report in lost and found', async () => {
    const { page } = app;
    await search(page, '上官招领');
    await expectOpened(page, made.item, '上官招领的黑色长柄伞');
    await screenshot(page, 'search-open-claimed-item');
    await search(page, '上官寻物');
    await expectOpened(page, made.report, '上官寻物');
    expect(await page.getByRole('tab', { name: '寻物登记' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens a returned loan and a voided work order, selected', async () => {
    const { page } = app;
    await search(page, '上官借用');
    await expectOpened(page, made.loan, '上官借用');
    await screenshot(page, 'search-open-returned-loan');
    await search(page, '上官报修');
    await expectOpened(page, made.repair, '上官报修');
    await screenshot(page, 'search-open-voided-repair');
  });

  it('opens each record from the customer history too', async () => {
    const { page } = app;
    await search(page, '13955551234');
    const history = page.getByRole('table', { name: /13955551234|139\*\*\*\*1234/ });
    await history.waitFor();
    await history.getByRole('row', { name: /上官借用/ }).click();
    await expectOpened(page, made.loan, '上官借用');
    // Picking another row by hand, then the same record from history again, shows it again.
    await page.goBack();
    await history.getByRole('row', { name: /上官来电/ }).click();
    await expectOpened(page, made.call, '上官来电');
  });

  it('shows each hit with its state and the masked phone it is filed under', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('上官');
    const hit = (name: string) => page.locator('[data-action]', { hasText: name });
    await hit('上官借用').getByText('已归还').waitFor();
    expect(await hit('上官借用').getByText('139****1234').count()).toBe(1);
    expect(await hit('上官报修').getByText('已作废').count()).toBe(1);
    expect(await hit('上官开票').getByText('待开票').count()).toBe(1);
    expect(await hit('上官来访').getByText('已离开').count()).toBe(1);
    expect(await page.getByRole('dialog').getByText('13955551234').count()).toBe(0);
    await screenshot(page, 'search-hits-status');
    // Arrows pick a hit and Enter opens that one, not the top one.
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const picked = page.locator('[data-action][data-selected]');
    const name = ((await picked.innerText()).match(/上官\S{2}/) ?? [''])[0];
    expect(name).not.toBe('');
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await page.getByText(name).first().waitFor();
    expect(page.url()).not.toContain('/history/');
  });

  it('reads the customer history as a timeline: what is open first, each with serial and state', async () => {
    const { page } = app;
    await search(page, '13955551234');
    const history = page.getByRole('table', { name: '客户历史：13955551234' });
    await history.waitFor();
    const rows = history.getByRole('row');
    await rows.filter({ hasText: '未办结' }).waitFor();
    const texts = await rows.allInnerTexts();
    const openAt = texts.findIndex((x) => x.includes('未办结'));
    const doneAt = texts.findIndex((x) => x.includes('已办结与记录'));
    expect(openAt).toBeGreaterThan(0);
    expect(doneAt).toBeGreaterThan(openAt);
    const open = texts.slice(openAt + 1, doneAt).join('\n');
    expect(open).toContain('上官寻物');
    expect(open).toContain(made.report.serialNo);
    expect(open).toContain('寻找中');
    expect(open).toContain('上官回电');
    expect(open).toContain('回电已逾期');
    const done = texts.slice(doneAt + 1).join('\n');
    for (const name of ['上官借用', '上官报修', '上官来访', '上官来电', '上官退货']) expect(done).toContain(name);
    expect(done).toContain(made.loan.serialNo);
    expect(done).toContain('已归还');
    await screenshot(page, 'customer-history-timeline');
  });
});
