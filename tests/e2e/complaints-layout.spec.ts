import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// At 1366x768 the complaints list beside the open detail keeps one row height, nothing in it wraps past its two
// lines, nothing is cut off (badges, headings) and the table does not run under the detail, in Chinese and English.

interface Saved {
  id: string;
  version: number;
  serialNo: string;
}

/** Every row's height, and each cell, heading and badge that is wider inside than it shows. */
async function measure(page: Page) {
  return page.getByRole('table', { name: /客户投诉|Complaints/ }).evaluate((table) => {
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().height);
    const head = table.querySelector('thead tr')?.getBoundingClientRect().height ?? 0;
    const cut = [...table.querySelectorAll('th, td, .mantine-Badge-label')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent);
    const box = table.getBoundingClientRect();
    const holder = table.parentElement?.getBoundingClientRect();
    const holderWidth = table.parentElement?.clientWidth ?? 0;
    return {
      rows,
      head,
      cut,
      right: box.right,
      holderRight: holder?.right ?? 0,
      width: table.scrollWidth,
      holderWidth,
    };
  });
}

describe('the complaints list at 1366x768 in Chromium', () => {
  let app: RunningApp;
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    expect(result.ok).toBe(true);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const people = ['欧阳娜娜', '司马相如', '王芳', '诸葛明亮', '上官婉儿'];
    const types = ['product', 'service', 'property', 'management', 'other'];
    const urgencies = ['very_urgent', 'urgent', 'normal', 'normal', 'urgent'];
    const made: Saved[] = [];
    for (const [i, name] of people.entries()) {
      made.push(
        await call<Saved>('complaints:create', {
          channel: 'in_person',
          customerName: name,
          phone: `1395555000${i}`,
          type: types[i],
          reason: `${name}反映商品质量问题，要求处理`,
          demand: '退货并赔偿',
          urgency: urgencies[i],
        }),
      );
    }
    // One assigned to a department and a clerk, so both owner lines are filled.
    const departments = await call<{ id: string }[]>('settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>('clerks:list', {});
    const first = made[0] as Saved;
    await call('complaints:assign', {
      id: first.id,
      version: first.version,
      departmentId: departments[0]?.id,
      clerkId: clerks.find((c) => c.employeeNo === 'K002')?.id,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps one row height, nothing cut and clear of the detail, with a complaint open', async () => {
    const { page } = app;
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    await page.keyboard.press('F8');
    await page.getByRole('tab', { name: '全部投诉' }).click();
    const rows = page.getByRole('table', { name: '客户投诉' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('row', { name: /欧阳娜娜/ }).click();
    await page.getByRole('button', { name: '打印受理回执' }).waitFor();
    await screenshot(page, 'complaints-list-1366');
    const m = await measure(page);
    // Two lines of text and a little padding, about 46 px (the last row has no bottom border); a wrapped cell makes
    // a row of three lines or more.
    expect(Math.max(...m.rows) - Math.min(...m.rows)).toBeLessThanOrEqual(1);
    expect(Math.max(...m.rows)).toBeLessThanOrEqual(52);
    expect(m.head).toBeLessThanOrEqual(52);
    expect(m.cut).toEqual([]);
    expect(m.width).toBeLessThanOrEqual(m.holderWidth);
    expect(m.right).toBeLessThanOrEqual(m.holderRight + 1);
    const detail = await page.getByRole('button', { name: '打印受理回执' }).boundingBox();
    expect(m.right).toBeLessThan(detail?.x ?? 0);
  });

  it('does the same in English', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('table', { name: 'Complaints' }).waitFor();
    await screenshot(page, 'complaints-list-1366-en');
    const m = await measure(page);
    expect(Math.max(...m.rows) - Math.min(...m.rows)).toBeLessThanOrEqual(1);
    expect(Math.max(...m.rows)).toBeLessThanOrEqual(52);
    expect(m.head).toBeLessThanOrEqual(52);
    expect(m.cut).toEqual([]);
    expect(m.width).toBeLessThanOrEqual(m.holderWidth);
    expect(m.right).toBeLessThanOrEqual(m.holderRight + 1);
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
  });
});
