import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Phone numbers typed into the real call form: refused with the reason, or stored once in one form. */
describe('phone numbers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const callPhones = async () => {
    const result = await app.call('calls:list', {});
    expect(result.ok).toBe(true);
    return (result.data as { rows: { phone: string }[] }).rows.map((r) => r.phone);
  };

  it('refuses 138001380000 and a landline without area code at the field, writing nothing', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F3');
    const form = page.getByRole('form', { name: '登记电话' });
    await form.getByLabel('通话内容').fill('询问停车收费');
    const phone = form.getByLabel('电话号码');
    await phone.fill('138001380000');
    await phone.press('Enter');
    await form.getByText('手机号应为 11 位数字（现在位数不对），如 13812345678').waitFor();
    await screenshot(page, 'values-phones-refused');
    await phone.fill('55501234');
    await phone.press('Enter');
    await form.getByText('座机请带区号，如 021-55501234').waitFor();
    expect(await callPhones()).toEqual([]);
  });

  it('02112345678 and (021) 1234 5678 are stored as 021-12345678: one caller, counted twice', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '登记电话' });
    const phone = form.getByLabel('电话号码');
    await phone.fill('02112345678');
    await form.getByText('30 天内无来电记录').waitFor();
    await form.getByLabel('通话内容').fill('询问停车收费');
    await phone.press('Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();
    await phone.fill('(021) 1234 5678');
    await form.getByText('30 天内来电 1 次').waitFor();
    await screenshot(page, 'values-phones-same-caller');
    await form.getByLabel('通话内容').fill('再次询问');
    await phone.press('Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0002/).waitFor();
    expect(await callPhones()).toEqual(['021-12345678', '021-12345678']);
  });
});
