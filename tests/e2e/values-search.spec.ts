import { afterAll, beforeAll, describe, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Rare characters, Latin case and over-long queries in the real search box and visit list. */
describe('search in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('registers 陈𡃁 and Sean O’Brien, finds them by full name and in any case, and says when a query is too long', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    const name = page.getByRole('combobox', { name: '访客姓名' });
    for (const [visitor, n] of [
      ['陈𡃁', 1],
      ["Sean O'Brien", 2],
    ] as const) {
      await name.fill(visitor);
      await name.press('Enter');
      await page.getByText(new RegExp(`已登记 LF-XH-\\d{8}-000${n}`)).waitFor();
    }
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索' });
    await box.fill('陈𡃁');
    await page.getByRole('dialog').getByText('陈𡃁').first().waitFor();
    await box.fill("o'brien");
    await page.getByRole('dialog').getByText("Sean O'Brien").first().waitFor();
    await screenshot(page, 'values-search-case');
    await box.fill('长'.repeat(61));
    await page.getByText('搜索内容过长：最多 60 个字，请缩短后再找').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '来访记录' }).click();
    const filter = page.getByRole('textbox', { name: '姓名、电话、单号、车牌' });
    const all = page.getByRole('table', { name: '来访记录' });
    await filter.fill("O'BRIEN");
    await all.getByRole('cell', { name: "Sean O'Brien" }).waitFor();
    await filter.fill('陈𡃁');
    await all.getByRole('cell', { name: '陈𡃁' }).waitFor();
    await filter.fill('长'.repeat(41));
    await page.getByText('搜索内容过长：最多 40 个字，请缩短后再找').waitFor();
    await screenshot(page, 'values-search-too-long');
  });
});
