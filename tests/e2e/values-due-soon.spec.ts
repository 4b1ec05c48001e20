import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

const MINUTE = 60_000;

/**
 * "Due soon" is the supervisor's window per urgency, set in the complaint settings form: a window not shorter than
 * the deadline is refused at its field (every 特急 complaint would be due soon the moment it is filed); a shorter one
 * is what the work list marks 即将到期 by. The clock starts Tuesday 10:00: a 特急 complaint is due at 14:00.
 */
describe('the due-soon window in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor’s window as long as the deadline is refused at its field, nothing saved; 30 minutes is saved', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('tab', { name: '期限设置' }).click();
    const window = page.getByRole('textbox', { name: '特急 到期前提醒（分钟）' });
    await expect.poll(() => window.inputValue()).toBe('60');
    await window.fill('240');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('提前提醒须短于承诺期限，否则投诉一登记就显示“即将到期”').waitFor();
    const kept = await app.call('complaints:settings', {});
    expect(kept.data).toMatchObject({ dueSoonMinutes: { very_urgent: 60 } });
    await screenshot(page, 'values-due-soon-refused');
    await window.fill('30');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存').first().waitFor();
    await expect
      .poll(async () => (await app.call('complaints:settings', {})).data)
      .toMatchObject({ dueSoonMinutes: { very_urgent: 30 } });
    await closeNotifications(page);
  });

  it('a 特急 complaint is on time until 30 minutes before its deadline, then 即将到期 in the work list', async () => {
    const { page } = app;
    const filed = await app.call('complaints:create', {
      channel: 'in_person',
      customerName: '钱女士',
      phone: '13900004444',
      type: 'product',
      reason: '热水壶漏水',
      demand: '退货',
      urgency: 'very_urgent',
    });
    expect(filed.ok).toBe(true);
    const { serialNo } = filed.data as { serialNo: string };
    const stateOf = async () => {
      // The list is read again on entering the tab, as a clerk switching back to it would.
      await page.getByRole('tab', { name: '全部投诉' }).click();
      await page.getByRole('tab', { name: '待办投诉' }).click();
      const row = page.getByRole('row', { name: new RegExp(serialNo) });
      await row.waitFor();
      return row;
    };
    // 13:20: inside the default 60-minute window, outside the supervisor's 30 minutes.
    await app.advanceClock(3 * 60 * MINUTE + 20 * MINUTE);
    const early = await stateOf();
    await early.getByText('期限内').waitFor();
    expect(await early.textContent()).toContain('2026-12-01 14:00');
    // 13:35: inside the 30 minutes.
    await app.advanceClock(15 * MINUTE);
    const soon = await stateOf();
    await soon.getByText('即将到期').waitFor();
    await screenshot(page, 'values-due-soon-list');
  });
});
