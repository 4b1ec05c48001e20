import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Identity numbers typed into the real forms: each document type checked by its own format, nothing written. */
describe('identity documents in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const visitCount = async () => {
    const result = await app.call('reception:list', {});
    expect(result.ok).toBe(true);
    return (result.data as { rows: unknown[] }).rows.length;
  };

  it('a visitor with 31 February in the ID, a future birth date or a wrong permit number is refused at the field', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    await page.getByRole('combobox', { name: '访客姓名' }).fill('周八');
    const number = page.getByRole('textbox', { name: '证件号码' });
    const tries: [string, string][] = [
      ['110105199002310023', '身份证号码中的出生日期（第 7–14 位）不是有效日期，请核对'],
      ['110105209912310029', '身份证号码中的出生日期（第 7–14 位）不是有效日期，请核对'],
      ['990105194912310023', '身份证号码前两位不是有效的省级地区代码，请核对'],
      ['1101051949', '居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）'],
    ];
    for (const [typed, message] of tries) {
      await number.fill(typed);
      await number.press('Enter');
      await page.getByText(message).waitFor();
    }
    await screenshot(page, 'values-ids-visit-refused');
    expect(await visitCount()).toBe(0);
    await page.getByRole('combobox', { name: '证件类型' }).click();
    await page.getByRole('option', { name: '港澳通行证' }).click();
    await number.fill('A1234567');
    await number.press('Enter');
    await page.getByText('港澳通行证号码应为 H 或 M 加 8 位数字（旧证 10 位），如 H12345678').waitFor();
    expect(await visitCount()).toBe(0);
    await number.fill('h12345678');
    await number.press('Enter');
    await page.getByText(/已登记 LF-XH-\d{8}-0001/).waitFor();
    expect(await visitCount()).toBe(1);
  });

  it('the watch list checks an ID number by its type too', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '重点关注名单' }).click();
    const panel = page.getByRole('tabpanel', { name: '重点关注名单' });
    await panel.getByRole('textbox', { name: '证件号码' }).fill('123456');
    await panel.getByRole('textbox', { name: '原因' }).fill('多次滋事');
    await panel.getByRole('button', { name: '加入名单' }).click();
    await panel.getByText('居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）').waitFor();
    await screenshot(page, 'values-ids-watch-refused');
    const entries = await app.call('reception:watchList', {});
    expect(entries.data).toEqual([]);
    await panel.getByRole('combobox', { name: '证件类型' }).selectOption({ label: '护照' });
    await panel.getByRole('textbox', { name: '证件号码' }).fill('E12345678');
    await panel.getByRole('button', { name: '加入名单' }).click();
    await panel.getByRole('cell', { name: '多次滋事' }).waitFor();
  });
});
