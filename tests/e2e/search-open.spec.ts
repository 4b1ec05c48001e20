import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

interface Saved {
  id: string;
  serialNo: string;
  version: number;
}

/** A hit in Ctrl+K opens that very record, selected, with its detail, whatever its status or the list's filter. */
describe('Ctrl+K opens the record it found', () => {
  let app: RunningApp;
  const made = {} as Record<'closed' | 'open' | 'collected' | 'stored', Saved>;

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  async function search(text: string): Promise<void> {
    const { page } = app;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill(text);
    // Enter straight away, before the results arrive: the top hit opens when they do.
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const complaint = (name: string) =>
      call<Saved>('complaints:create', {
        channel: 'in_person',
        customerName: name,
        phone: '13955550001',
        type: 'product',
        reason: `${name}反映电饭煲不能加热`,
        demand: '退货',
        urgency: 'normal',
      });
    // Two complaints of one customer: one closed, one still open on the work list.
    made.closed = await complaint('欧阳结案');
    made.open = await complaint('欧阳待办');
    const id = made.closed.id;
    const departments = await call<{ id: string }[]>('settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>('clerks:list', {});
    const me = clerks.find((c) => c.employeeNo === 'K003') as { id: string };
    // Each status change is based on the complaint as the one before left it.
    let version = (
      await call<{ version: number }>('complaints:assign', {
        id,
        version: made.closed.version,
        departmentId: departments[0]?.id,
        clerkId: me.id,
      })
    ).version;
    version = (await call<{ version: number }>('complaints:progress', { id, version, to: 'in_progress' })).version;
    version = (
      await call<{ version: number }>('complaints:resolve', {
        id,
        version,
        cause: 'occasional',
        outcome: 'return',
        resolution: '专柜同意退货',
        compensationFen: 0,
        informedAt: app.now(),
        informedHow: '电话',
        customerReaction: '接受',
      })
    ).version;
    await call('complaints:close', { id, version, noReturnVisitReason: '顾客不愿回访' });

    // Two slips of one depositor: one picked up (no longer 寄存中), one still stored.
    const locations = await call<{ id: string; free: boolean; active: boolean }[]>('storage:locations', {});
    const free = locations.filter((l) => l.free && l.active);
    const deposit = async (name: string, locationId: string | undefined) => {
      const result = await call<{ slip: Saved; claimCode: string }>('storage:deposit', {
        depositorName: name,
        phone: '13955550002',
        description: '购物袋',
        pieces: 1,
        size: 'small',
        locationId,
      });
      return result;
    };
    const collected = await deposit('司马已取', free[0]?.id);
    made.collected = collected.slip;
    made.stored = (await deposit('司马寄存', free[1]?.id)).slip;
    await call('storage:pickup', {
      id: collected.slip.id,
      pieces: 1,
      collectorName: '司马已取',
      proof: 'claim_code',
      claimCode: collected.claimCode,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('opens a closed complaint on the full list, selected, with its own detail', async () => {
    const { page } = app;
    await search('欧阳结案');
    const detail = page.getByLabel(made.closed.serialNo, { exact: true });
    await detail.waitFor();
    await detail.getByText('已结案').first().waitFor();
    expect(await detail.getByText('欧阳结案').count()).toBeGreaterThan(0);
    expect(await detail.getByText('欧阳待办').count()).toBe(0);
    expect(await page.getByRole('tab', { name: '全部投诉' }).getAttribute('aria-selected')).toBe('true');
    const row = page
      .getByRole('table', { name: '客户投诉' })
      .getByRole('row', { name: new RegExp(made.closed.serialNo) });
    await row.waitFor();
    await screenshot(page, 'search-open-closed-complaint');

    // The open one from search, then the closed one again after picking another row by hand.
    await search('欧阳待办');
    await page.getByLabel(made.open.serialNo, { exact: true }).waitFor();
    await page
      .getByRole('table', { name: '客户投诉' })
      .getByRole('row', { name: new RegExp(made.closed.serialNo) })
      .click();
    await page.getByLabel(made.closed.serialNo, { exact: true }).waitFor();
    await search('欧阳待办');
    await page.getByLabel(made.open.serialNo, { exact: true }).waitFor();
    expect(await page.getByLabel(made.closed.serialNo, { exact: true }).count()).toBe(0);
  });

  it('opens a picked-up storage slip beside the full list, with its own detail', async () => {
    const { page } = app;
    await search('司马已取');
    const detail = page.getByLabel(made.collected.serialNo, { exact: true });
    await detail.waitFor();
    await detail.getByText('司马已取').first().waitFor();
    expect(await detail.getByText('司马寄存').count()).toBe(0);
    expect(await page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    await page.getByRole('row', { name: new RegExp(made.collected.serialNo) }).waitFor();
    await screenshot(page, 'search-open-collected-slip');
  });

  it('opens the top hit with Enter once the results are there, and nothing when there is none', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('司马寄存');
    await page.getByText('司马寄存').first().waitFor();
    await box.press('Enter');
    await page.getByLabel(made.stored.serialNo, { exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    // Nothing found: Enter leaves the search open and goes nowhere.
    const before = page.url();
    await page.keyboard.press('Control+k');
    await box.fill('查无此人');
    await box.press('Enter');
    await page.getByText('没有找到').first().waitFor();
    expect(await box.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    await page.keyboard.press('Escape');
  });
});
