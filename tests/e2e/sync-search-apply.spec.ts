import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NatsServer } from '../helpers/nats-servers';
import { enrolFromSettings, fillJoinForm, sendJoinForm, twoApps } from '../helpers/sync-counters';
import { loginWithKeyboard, type RunningApp, screenshot } from './harness';

/** Calls a channel as the logged-in clerk of `page` (the screen's own transport); a string (no DOM types here). */
function callAs<T>(page: Page, channel: string, input: object): Promise<T> {
  return page.evaluate(`fetch('/api/${encodeURIComponent(channel)}', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-front-desk-token': sessionStorage.getItem('frontDesk.token'),
      'x-front-desk-session': sessionStorage.getItem('frontDesk.session') },
    body: ${JSON.stringify(JSON.stringify(input))},
  }).then((r) => r.json()).then((r) => r.data)`) as Promise<T>;
}

/** Ctrl+K at `page`: waits until the search lists a hit with `text`. */
async function findByCtrlK(page: Page, query: string, text: string | RegExp): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: '搜索', exact: true });
  await box.fill(query);
  await page.locator('[data-action]').filter({ hasText: text }).first().waitFor();
  await page.keyboard.press('Escape');
}

describe('a record from another counter is found by Ctrl+K here', () => {
  const desks = twoApps();
  let server: NatsServer;
  let a: RunningApp;
  let b: RunningApp;
  beforeAll(() => {
    ({ server, a, b } = desks);
  });

  it('a shop and an invoice request with its receipts, written at counter 1, at counter 2', async () => {
    // Counter 1: the demo desk, enrolled by its supervisor.
    await enrolFromSettings(a.page, server, 1);

    // Counter 2: a new PC that joins the desk on its first start, then its supervisor logs in.
    const { page } = b;
    await sendJoinForm(page, await fillJoinForm(page, server, 2), 2);
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').waitFor();

    const shop = await callAs<{ id: string }>(a.page, 'directory:saveShop', {
      name: '茶颜悦色',
      category: 'food',
      floor: '2F',
      unitNo: 'L2-15',
      phone: '',
      opensAt: '10:00',
      closesAt: '22:00',
    });
    expect(shop.id).toBeTruthy();
    const invoice = await callAs<{ serialNo: string }>(a.page, 'invoices:request', {
      receiptNos: ['XP20261201081', 'XP20261201082'],
      shopId: shop.id,
      purchaseDate: '2026-11-30',
      amountYuan: '560.00',
      kind: 'vat_ordinary',
      medium: 'electronic',
      buyerType: 'organisation',
      title: '福州星河贸易有限公司',
      taxpayerId: '91350100M000100Y43',
      email: 'finance@example.com',
    });
    expect(invoice.serialNo).toMatch(/^FP-XH-/);

    await findByCtrlK(page, '茶颜悦色', /L2-15/);
    await findByCtrlK(page, 'XP20261201082', invoice.serialNo);
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: '搜索', exact: true }).fill('XP20261201081');
    await page.locator('[data-action]').filter({ hasText: invoice.serialNo }).first().waitFor();
    await screenshot(page, 'sync-search-apply-invoice');
  });
});
