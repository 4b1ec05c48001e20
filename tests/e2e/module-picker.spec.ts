import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// The module picker (Alt+0) as a clerk who knows where they are going uses it: the key, the name typed at full speed
// the moment the picker opens, Enter. What was typed before the picker's box was on screen and focused is kept, and
// Enter opens the highlighted module. The page's CPU is slowed so the picker is late, as on a loaded counter PC.

describe('the module picker in Chromium', () => {
  let app: RunningApp;
  let cdp: CDPSession;
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
    cdp = await app.page.context().newCDPSession(app.page);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Alt+0, the text and Enter (or `last`) with no wait between them, on a page whose CPU runs `slower` times slower. */
  async function pickFast(text: string, slower: number, last = 'Enter') {
    const { page } = app;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slower });
    try {
      await page.keyboard.press('Alt+0');
      await page.keyboard.type(text);
      await page.keyboard.press(last);
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  }

  it('keeps Chinese typed the moment it opens and opens the module on Enter, from a form with the focus', async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    const visitor = page.getByRole('textbox', { name: '访客证号' });
    await visitor.waitFor();
    await visitor.focus();
    await pickFast('退换', 8);
    await page.getByRole('heading', { name: '退换货汇总表' }).waitFor();
    await page.getByRole('textbox', { name: '打开模块' }).waitFor({ state: 'hidden' });
    // Nothing typed for the picker landed in the form beneath it.
    await page.keyboard.press('F2');
    expect(await page.getByRole('textbox', { name: '访客证号' }).inputValue()).toBe('');
  });

  it('opens what the arrows highlight', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+0');
    const box = page.getByRole('textbox', { name: '打开模块' });
    await box.waitFor();
    await page.keyboard.type('报');
    // Two modules start with 报, in the navigation's order: the first is highlighted, ArrowDown the next, Enter opens it.
    const dialog = page.getByRole('dialog').filter({ has: box });
    const repairs = dialog.getByRole('button', { name: /^报修派工/ });
    const reports = dialog.getByRole('button', { name: /^报表/ });
    await expect.poll(() => repairs.getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => reports.getAttribute('aria-current')).toBe('true');
    expect(await repairs.getAttribute('aria-current')).toBeNull();
    await screenshot(page, 'module-picker-highlight');
    await page.keyboard.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '报表' }).first().waitFor();
  });

  it('closes on Escape and gives the focus back to the field the clerk was in, with nothing typed into it', async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    const badge = page.getByRole('textbox', { name: '访客证号' });
    await badge.waitFor();
    await badge.focus();
    await pickFast('来访', 8, 'Escape');
    const box = page.getByRole('textbox', { name: '打开模块' });
    await box.waitFor({ state: 'hidden' });
    await expect.poll(() => badge.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    expect(await badge.inputValue()).toBe('');
    // Open again: the text of last time is gone.
    await page.keyboard.press('Alt+0');
    await box.waitFor();
    expect(await box.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
  });

  it('keeps Latin keys typed at full speed on the English desk', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.keyboard.press('F2');
    await page.getByRole('heading', { name: 'Reception log' }).first().waitFor();
    await pickFast('returns', 8);
    await page.getByRole('heading', { name: 'Returns and exchanges' }).waitFor();
  });
});
