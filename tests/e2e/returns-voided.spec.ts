import { afterAll, beforeAll, describe, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A voided return shows as voided the way other modules do: the word 已作废 in its list row and its panel, and in
// the panel the reason, when and the lead who voided it (it was only struck through in the list).

interface Saved {
  id: string;
  version: number;
  serialNo: string;
}

describe('a voided return in Chromium', () => {
  let app: RunningApp;
  let made: Saved;
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const shops = await call<{ id: string }[]>('settings:list', { kind: 'shops' });
    made = await call<Saved>('returns:register', {
      kind: 'return',
      shopId: shops[0]?.id,
      purchaseDate: '2026-11-28',
      qualityProblem: false,
      hasReceipt: true,
      receiptNo: 'XP2026112809',
      refundMethod: 'original',
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      customerName: '韩梅梅',
      phone: '13966669901',
      product: '羊绒围巾',
      specification: '灰色',
      quantity: 1,
      amountYuan: '399.00',
      reason: '颜色不喜欢',
    });
    await call('returns:void', { id: made.id, version: made.version, reason: '录错顾客' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows 已作废 with the reason and the lead who voided it', async () => {
    const { page } = app;
    await page.evaluate(`location.hash = '#/returns/${made.id}'`);
    const panel = page.getByLabel(made.serialNo, { exact: true });
    await panel.getByText('已作废', { exact: true }).waitFor();
    await panel.getByText(/已作废：录错顾客（张伟 于 2026-\d\d-\d\d \d\d:\d\d 作废）/).waitFor();
    await screenshot(page, 'returns-voided');
  });
});
