import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Money typed carelessly into the real forms: refused at the field with the reason, or saved exactly. */
describe('money fields in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const rows = async (channel: string) => {
    const result = await app.call(channel, {});
    expect(result.ok).toBe(true);
    return (result.data as { rows: { amountFen: number }[] }).rows;
  };

  it('an invoice amount of 12,50 is refused at the field and nothing is written; full-width 1２．５ saves ¥12.50', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F6');
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByLabel('小票号').fill('XP9001');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('发票抬头').fill('张三');
    await dialog.getByText('个人', { exact: true }).click();
    await dialog.getByLabel('电子邮箱').fill('zs@example.com');
    const amount = dialog.getByLabel('金额（元）');
    const tries: [string, string][] = [
      ['12,50', '小数请用“.”，如 12.50；逗号只作千位分隔'],
      ['12.345', '金额最多两位小数（到分），如 12.35'],
      ['1e3', '请直接写出金额（如 1000），不要用科学计数法'],
      ['-12', '金额不能带正负号，请写正数'],
      ['2,000,000', '金额超过本栏上限 ¥1,000,000.00，请核对'],
    ];
    for (const [typed, message] of tries) {
      await amount.fill(typed);
      await dialog.getByLabel('电子邮箱').press('Enter');
      await dialog.getByText(message).waitFor();
      if (typed === '12,50') await screenshot(page, 'values-money-decimal-comma');
    }
    expect(await rows('invoices:list')).toHaveLength(0);
    await amount.fill('１２．５');
    await dialog.getByText('将记为 ¥12.50').waitFor();
    await screenshot(page, 'values-money-full-width');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await page.getByText(/已登记开票申请 FP-XH-\d{8}-0001/).waitFor();
    expect((await rows('invoices:list')).map((r) => r.amountFen)).toEqual([1250]);
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByRole('cell', { name: '¥12.50' }).first().waitFor();
  });

  it('a refund of 12,50 is refused at the field and no return is registered', async () => {
    const { page } = app;
    await page.keyboard.press('F7');
    await page.getByRole('button', { name: '登记退换货' }).click();
    const dialog = page.getByRole('dialog', { name: '登记退换货' });
    await dialog.getByLabel('顾客姓名').fill('赵敏');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByRole('textbox', { name: /^商品/ }).fill('保温杯');
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('12,50');
    await dialog.getByLabel('原因').fill('不喜欢颜色');
    await dialog.getByLabel('原因').press('Enter');
    await dialog.getByText('小数请用“.”，如 12.50；逗号只作千位分隔').waitFor();
    await screenshot(page, 'values-money-refund-refused');
    expect(await rows('returns:list')).toHaveLength(0);
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('1,234.50');
    await dialog.getByText('将记为 ¥1,234.50').waitFor();
  });
});
