import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** The money ceilings a supervisor sets are the ones every money field refuses above, naming the limit. */
describe('money ceilings in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor lowers the invoice ceiling; the invoice form then refuses above it at the field, nothing written', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '营业时间与政策' }).click();
    const form = page.getByRole('form', { name: '金额上限' });
    const ceiling = form.getByLabel('发票金额');
    await expect.poll(() => ceiling.inputValue()).toBe('1,000,000.00');
    await ceiling.fill('0');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('金额必须大于 0').waitFor();
    await ceiling.fill('12,50');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('小数请用“.”，如 12.50；逗号只作千位分隔').waitFor();
    const before = await app.call('settings:moneyCeilings', {});
    expect((before.data as { version: number }).version).toBe(0);
    await ceiling.fill('5,000');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').first().waitFor();
    await expect
      .poll(async () => ((await app.call('settings:moneyCeilings', {})).data as { version: number }).version)
      .toBe(1);
    await screenshot(page, 'values-ceilings-saved');

    await page.keyboard.press('F6');
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByLabel('小票号').fill('XP9101');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('发票抬头').fill('张三');
    await dialog.getByText('个人', { exact: true }).click();
    await dialog.getByLabel('电子邮箱').fill('zs@example.com');
    await dialog.getByLabel('金额（元）').fill('5,000.01');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await dialog.getByText('金额超过本栏上限 ¥5,000.00，请核对').waitFor();
    await screenshot(page, 'values-ceilings-refused');
    const list = await app.call('invoices:list', {});
    expect((list.data as { rows: unknown[] }).rows).toHaveLength(0);
    await dialog.getByLabel('金额（元）').fill('5,000.00');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await page.getByText(/已登记开票申请 FP-XH-\d{8}-0001/).waitFor();
  });
});
