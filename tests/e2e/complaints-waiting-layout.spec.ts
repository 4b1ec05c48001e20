import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A complaint waiting for the customer (等待顾客 / "Waiting for customer", the longest status word in English) at
// 1366x768: the page does not scroll sideways, the list stays clear of the detail, the detail's serial does not break,
// and in the list, the open detail, the tabs and the header no badge, button, heading or cell is cut or runs past its
// box, in English and Chinese.

interface Saved {
  id: string;
  version: number;
  serialNo: string;
}

/** What inside `root` is wider inside than it shows (cut, or spilling past its box), and the badges on two lines. */
async function overflowIn(root: Locator) {
  return root.evaluate((el) => {
    const selector = 'th, td, button, [role="tab"], h1, h2, h3, h4, h5, .mantine-Badge-root, .mantine-Badge-label';
    const cut = [...el.querySelectorAll(selector)]
      .filter((e) => e.getClientRects().length > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.trim() ?? '');
    // A badge is one line high; one of two lines has its word wrapped.
    const wrapped = [...el.querySelectorAll('.mantine-Badge-root')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 26)
      .map((e) => e.textContent?.trim() ?? '');
    const box = el.getBoundingClientRect();
    return { cut, wrapped, right: box.right, overflowX: el.scrollWidth - el.clientWidth };
  });
}

async function pageWidth(page: Page) {
  // The document's own width against the window's: wider, the page scrolls sideways.
  return page.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, view: html.clientWidth }));
}

describe('a complaint waiting for the customer at 1366x768 in Chromium', () => {
  let app: RunningApp;
  const made: Saved[] = [];
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const departments = await call<{ id: string }[]>('settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>('clerks:list', {});
    const me = clerks.find((c) => c.employeeNo === 'K003')?.id;
    // Two complaints waiting for the customer (one very urgent, so its deadline state shows too) and one in progress.
    for (const [i, [name, urgency]] of [
      ['欧阳娜娜', 'very_urgent'],
      ['司马相如', 'normal'],
      ['诸葛明亮', 'urgent'],
    ].entries()) {
      const created = await call<Saved>('complaints:create', {
        channel: 'phone',
        customerName: name,
        phone: `1395555100${i}`,
        type: 'service',
        reason: `${name}反映收银台排队过长，要求改进`,
        demand: '书面答复',
        urgency,
      });
      let version = (
        await call<Saved>('complaints:assign', {
          id: created.id,
          version: created.version,
          departmentId: departments[0]?.id,
          clerkId: me,
        })
      ).version;
      version = (await call<Saved>('complaints:progress', { id: created.id, version, to: 'in_progress' })).version;
      if (i < 2)
        version = (
          await call<Saved>('complaints:progress', {
            id: created.id,
            version,
            to: 'waiting_customer',
            reason: '等顾客提供购物小票照片',
          })
        ).version;
      made.push({ ...created, version });
    }
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function expectNothingCut(page: Page, language: 'zh' | 'en') {
    const waiting = language === 'en' ? 'Waiting for customer' : '等待顾客';
    const list = page.getByRole('table', { name: language === 'en' ? 'Complaints' : '客户投诉' });
    await list.getByText(waiting).first().waitFor();
    const detail = page.getByLabel((made[0] as Saved).serialNo, { exact: true });
    await detail.getByText(waiting).first().waitFor();
    await screenshot(page, `complaints-waiting-1366-${language}`);
    const width = await pageWidth(page);
    expect(width.scroll).toBeLessThanOrEqual(width.view);
    const inList = await overflowIn(list);
    expect(inList.cut).toEqual([]);
    expect(inList.wrapped).toEqual([]);
    expect(inList.overflowX).toBeLessThanOrEqual(0);
    const inDetail = await overflowIn(detail);
    expect(inDetail.cut).toEqual([]);
    expect(inDetail.wrapped).toEqual([]);
    expect(inDetail.overflowX).toBeLessThanOrEqual(0);
    expect(inDetail.right).toBeLessThanOrEqual(width.view);
    // The detail's serial stays on one line (a heading of about 26 px; broken, it is two).
    const serial = await detail.getByRole('heading', { name: (made[0] as Saved).serialNo }).boundingBox();
    expect(serial?.height ?? 99).toBeLessThanOrEqual(32);
    // The list stays clear of the detail beside it.
    const detailBox = await detail.boundingBox();
    expect(inList.right).toBeLessThanOrEqual(detailBox?.x ?? 0);
    // The screen's tabs and the header above them.
    const tabs = await overflowIn(page.getByRole('tablist').first());
    expect(tabs.cut).toEqual([]);
    const header = await overflowIn(page.locator('header'));
    expect(header.cut).toEqual([]);
    expect(header.wrapped).toEqual([]);
  }

  it('shows 等待顾客 in the list and the detail with nothing cut', async () => {
    const { page } = app;
    expect(page.viewportSize()).toEqual({ width: 1366, height: 768 });
    await page.evaluate(`location.hash = '#/complaints/${(made[0] as Saved).id}'`);
    await expectNothingCut(page, 'zh');
  });

  it('shows "Waiting for customer" in English with nothing cut', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    // The timeline says what is awaited with the English colon.
    await page.getByText('Waiting for customer: 等顾客提供购物小票照片').waitFor();
    await expectNothingCut(page, 'en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
  });
});
