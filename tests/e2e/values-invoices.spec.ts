import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Invoices as they are issued today, typed into the real forms: wrong phones and numbers refused at the field. */
describe('invoice buyer fields and 数电票 numbers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const rows = async () => {
    const result = await app.call('invoices:list', {});
    expect(result.ok).toBe(true);
    return (result.data as { rows: { phone: string; bank: string; status: string; invoiceNo: string | null }[] }).rows;
  };

  it('an ordinary invoice shows no bank or address; a wrong buyer phone is refused at the field, nothing written', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F6');
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByLabel('小票号').fill('XP7001');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('金额（元）').fill('88');
    await dialog.getByLabel('发票抬头').fill('张三');
    await dialog.getByText('个人', { exact: true }).click();
    await dialog.getByLabel('电子邮箱').fill('zs@example.com');
    for (const label of ['注册地址', '开户银行', '银行账号']) expect(await dialog.getByLabel(label).count()).toBe(0);
    const phone = dialog.getByLabel('手机号（接收电子发票）');
    await phone.fill('138001380000');
    await phone.press('Enter');
    await dialog.getByText('手机号应为 11 位').waitFor();
    await screenshot(page, 'values-invoices-phone-refused');
    expect(await rows()).toHaveLength(0);
    await phone.fill('+86 138 0013 8000');
    await phone.press('Enter');
    await page.getByText(/已登记开票申请 FP-XH-\d{8}-0001/).waitFor();
    expect((await rows()).map((r) => r.phone)).toEqual(['13800138000']);
  });

  it('a special invoice asks for address and bank; paper ordinary asks for no phone', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByText('单位', { exact: true }).click();
    await dialog.getByText('增值税专用发票', { exact: true }).click();
    for (const label of ['注册地址', '注册电话', '开户银行', '银行账号']) await dialog.getByLabel(label).waitFor();
    await dialog.getByText('增值税普通发票', { exact: true }).click();
    await dialog.getByText('纸质', { exact: true }).click();
    for (const label of ['注册地址', '开户银行', '手机号（接收电子发票）'])
      expect(await dialog.getByLabel(label).count()).toBe(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    // The changed choices make the form dirty, so closing asks first; wait for the question rather than looking once
    // (on a loaded machine it is not yet shown right after the click).
    const discard = page.getByRole('button', { name: '放弃', exact: true });
    await Promise.race([discard.waitFor(), dialog.waitFor({ state: 'hidden' })]);
    if (await discard.isVisible()) await discard.click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('issuing the electronic request asks only for the 20-digit number, refusing a short one at the field', async () => {
    const { page } = app;
    await page.getByRole('cell', { name: '张三' }).first().click();
    await page.getByRole('button', { name: '开票', exact: true }).click();
    const issue = page.getByRole('dialog', { name: /录入发票/ });
    expect(await issue.getByLabel('发票代码').count()).toBe(0);
    await issue.getByLabel('发票号码').fill('00012345');
    await issue.getByLabel('发票号码').press('Enter');
    await issue.getByText('数电票号码应为 20 位数字').waitFor();
    await screenshot(page, 'values-invoices-digital-number');
    expect((await rows()).map((r) => r.status)).toEqual(['requested']);
    await issue.getByLabel('发票号码').fill('26352000000012345678');
    await issue.getByLabel('发票号码').press('Enter');
    await page.getByText(/已开票：FP-XH/).waitFor();
    expect((await rows()).map((r) => r.invoiceNo)).toEqual(['26352000000012345678']);
    await page.getByRole('cell', { name: '26352000000012345678' }).waitFor();
  });
});
