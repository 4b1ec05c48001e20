import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// At closing time (22:00 on a weekday, the app's clock) the desk warns of what the day leaves open, each warning
// opening its list; the handover sheet carries the same warnings.

const MINUTE = 60_000;

describe('the closing-time warnings in Chromium', () => {
  let app: RunningApp;
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    expect(result.ok).toBe(true);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp({ at: '2026-12-01T21:50:00+08:00' });
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
    await call('reception:register', {
      visitorName: '晚归访客',
      phone: '13700002222',
      purpose: 'visit',
      visiting: '物业办',
    });
    await call('calls:log', {
      direction: 'incoming',
      phone: '13700003333',
      callerName: '回电顾客',
      category: 'enquiry',
      summary: '请今晚回电告知停车收费',
      replyNeeded: true,
      replyDueAt: app.now() + 5 * MINUTE,
    });
    const locations = await call<{ id: string; free: boolean; active: boolean }[]>('storage:locations', {});
    // No expected pickup given: today's closing time, so due today.
    await call('storage:deposit', {
      depositorName: '寄存顾客',
      phone: '13700004444',
      description: '购物袋',
      pieces: 1,
      size: 'small',
      locationId: locations.find((l) => l.free && l.active)?.id,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows no banner before closing, then one at closing time whose warnings open their lists', async () => {
    const { page } = app;
    const banner = page.getByRole('alert', { name: '闭店提醒' });
    await page.getByRole('combobox', { name: '访客姓名' }).waitFor();
    expect(await banner.count()).toBe(0);
    await app.advanceClock(11 * MINUTE);
    await banner.waitFor();
    expect(await banner.getByText('已到闭店时间 22:00，以下事项仍未了结').isVisible()).toBe(true);
    await expectLabelsOnly(page, 'the closing banner');
    await screenshot(page, 'closing-banner');

    await banner.getByRole('button', { name: '1 位访客仍在场' }).click();
    await page.getByText('晚归访客').first().waitFor();

    await banner.getByRole('button', { name: '今日应取的寄存物品有 1 单未取' }).click();
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: '今日待取' }).isChecked()).toBe(true);
    await page.getByText('寄存顾客').first().waitFor();
    await screenshot(page, 'closing-storage-due-today');

    await banner.getByRole('button', { name: '今日承诺的回电有 1 个未回' }).click();
    await page.getByText('请今晚回电告知停车收费').first().waitFor();
  });

  it('puts the same warnings on the handover sheet, and the banner away for the day when dismissed', async () => {
    const { page } = app;
    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).first().waitFor();
    const sheet = page.getByRole('main').getByText('今日未了事项', { exact: true }).last();
    await sheet.waitFor();
    const main = page.getByRole('main');
    // The banner and the sheet both name the visitor: twice on the handover screen.
    await expect.poll(() => main.getByRole('button', { name: '1 位访客仍在场' }).count()).toBe(2);
    await screenshot(page, 'closing-handover');
    await page.getByRole('button', { name: '知道了' }).click();
    await page.getByRole('alert', { name: '闭店提醒' }).waitFor({ state: 'hidden' });
    // The sheet keeps its warnings; the next minute's check does not bring the banner back today.
    expect(await main.getByRole('button', { name: '1 位访客仍在场' }).count()).toBe(1);
    await app.advanceClock(2 * MINUTE);
    await main.getByRole('button', { name: '1 位访客仍在场' }).waitFor();
    expect(await page.getByRole('alert', { name: '闭店提醒' }).count()).toBe(0);
  });
});
