import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// The found items' list at 1366x768 beside the form or an open item: the status column shows whole (it was cut to
// 保…), serials stay on one line, nothing runs past its cell, in Chinese and English.

/** The cells, badges and headings inside `root` that are wider inside than they show, and the rows two lines high. */
async function layoutOf(root: Locator) {
  return root.evaluate((el) => {
    const cut = [...el.querySelectorAll('th, .mantine-Badge-root, .mantine-Badge-label')]
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.trim() ?? '');
    const serials = [...el.querySelectorAll('tbody tr td:first-child')]
      .filter((e) => e.getBoundingClientRect().height > 0)
      .map((e) => {
        const range = e.ownerDocument.createRange();
        range.selectNodeContents(e);
        return {
          text: e.textContent ?? '',
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
        };
      });
    return { cut, serials, right: el.getBoundingClientRect().right, overflowX: el.scrollWidth - el.clientWidth };
  });
}

describe('the found items list at 1366x768 in Chromium', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K001', '1111');
    await app.page.getByText('王芳').first().waitFor();
    for (const item of [
      {
        category: 'cash',
        description: '现金（信封装，内有购物小票和一张停车卡）',
        valueClass: 'valuable',
        cash: '125.50',
        foundPlace: '二楼扶梯口靠近星巴克',
        finderKind: 'customer',
        storagePlace: '服务台保险柜',
      },
      {
        category: 'umbrella',
        description: '黑色长柄雨伞',
        foundPlace: '三楼女装区',
        finderKind: 'cleaner',
        finderName: '刘阿姨',
        storagePlace: '失物柜 A',
      },
    ]) {
      const saved = await app.call('lostfound:register', item);
      if (!saved.ok) throw new Error(`lostfound:register: ${JSON.stringify(saved)}`);
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function expectWhole(page: Page, shown: string, name: string) {
    const list = page.getByRole('table', { name });
    await list.getByText(shown).first().waitFor();
    const page1 = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(page1).toBeLessThanOrEqual(0);
    const layout = await layoutOf(list);
    expect(layout.cut).toEqual([]);
    expect(layout.overflowX).toBeLessThanOrEqual(0);
    expect(layout.serials).toHaveLength(2);
    for (const serial of layout.serials) expect(serial.lines).toBe(1);
    // The list ends before the form or the item beside it.
    const side = await page.locator('.mantine-Paper-root').first().boundingBox();
    expect(layout.right).toBeLessThanOrEqual(side?.x ?? 0);
  }

  it('shows each item on one line with its whole status beside the form, in Chinese', async () => {
    const { page } = app;
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    await page.keyboard.press('Alt+7');
    await page.getByRole('heading', { name: '失物招领' }).waitFor();
    await expectWhole(page, '黑色长柄雨伞', '失物登记');
    await page.getByText('存放：失物柜 A').waitFor();
    await screenshot(page, 'lostfound-list-1366-zh');
    // With an item open instead of the form.
    await page.getByRole('table', { name: '失物登记' }).getByText('黑色长柄雨伞').click();
    await page.getByRole('button', { name: '认领' }).waitFor();
    await expectWhole(page, '黑色长柄雨伞', '失物登记');
  });

  it('shows each item on one line with its whole status in English', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Found items' }).waitFor();
    await expectWhole(page, '黑色长柄雨伞', 'Found items');
    await screenshot(page, 'lostfound-list-1366-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
  });
});
