import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Logs in, stores what the test needs (`seed`) and opens the invoice requests (F6), as a clerk starts. */
async function openInvoices(app: RunningApp, seed?: (app: RunningApp) => Promise<void>): Promise<void> {
  const { page } = app;
  await loginWithKeyboard(page, 'K001', '1111');
  await page.getByLabel('clerk').waitFor();
  await seed?.(app);
  await page.keyboard.press('F6');
  await page.getByRole('heading', { name: '开票申请', exact: true }).waitFor();
}

/**
 * The electronic VAT request of the first test, stored through the app's own channel: what the tests after it need
 * there (a receipt already asked for, a buyer used before, a request of today to export).
 */
async function requestStarBuyer(app: RunningApp): Promise<void> {
  const shops = await app.call('settings:list', { kind: 'shops' });
  const shopId = (shops.data as { id: string }[])[0]?.id;
  const saved = await app.call('invoices:request', {
    receiptNos: ['XP0001', 'XP0002'],
    shopId,
    purchaseDate: new Date(app.now() + 8 * 3600_000).toISOString().slice(0, 10),
    amountYuan: '1234.50',
    kind: 'vat_ordinary',
    medium: 'electronic',
    buyerType: 'organisation',
    title: '福州星河贸易有限公司',
    taxpayerId: '91350100M000100Y43',
    email: 'finance@example.com',
  });
  if (!saved.ok) throw new Error(`invoices:request: ${JSON.stringify(saved)}`);
}

/** Each test on its own desk: its own login and the records it needs, so one failure stays one failure. */
describe('invoice requests in Chromium', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app?.stop();
  });

  it('refuses a wrong check character at the field, saves an electronic VAT request, issues and delivers it', async () => {
    const { page } = app;
    await openInvoices(app);
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByLabel('小票号').fill('XP0001, XP0002');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('金额（元）').fill('1234.50');
    await dialog.getByLabel('发票抬头').fill('福州星河贸易有限公司');
    await dialog.getByLabel('纳税人识别号').fill('91350100M000100Y44');
    await dialog.getByLabel('电子邮箱').fill('finance@example.com');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await dialog.getByText('纳税人识别号校验位不正确，请核对最后一位').waitFor();
    await screenshot(page, 'invoices-refused');
    await dialog.getByLabel('纳税人识别号').fill('91350100M000100Y43');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await page.getByText(/已登记开票申请 FP-XH-\d{8}-0001/).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByRole('cell', { name: '福州星河贸易有限公司' }).first().click();
    await page.getByRole('button', { name: '开票', exact: true }).click();
    const issue = page.getByRole('dialog', { name: /录入发票/ });
    // An electronic invoice is a 数电票: its 20-digit number, and no invoice code asked for.
    await issue.getByText('数电票（全电发票）：填写 20 位发票号码，没有发票代码').waitFor();
    expect(await issue.getByLabel('发票代码').count()).toBe(0);
    await issue.getByLabel('发票号码').fill('26352000000012345678');
    await issue.getByLabel('发票号码').press('Enter');
    await page.getByText(/已开票：FP-XH/).waitFor();
    await page.getByRole('button', { name: '交付', exact: true }).click();
    const deliver = page.getByRole('dialog', { name: /交付发票/ });
    await deliver.getByRole('button', { name: '交付', exact: true }).click();
    await page.getByText(/已交付：FP-XH/).waitFor();
    await page.getByRole('cell', { name: '邮件发送' }).waitFor();
    await deliver.waitFor({ state: 'hidden' });
    await screenshot(page, 'invoices-delivered');
  });

  it('refuses a second request for the same receipt, naming the first', async () => {
    const { page } = app;
    await openInvoices(app, requestStarBuyer);
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByLabel('小票号').fill('XP0002');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('金额（元）').fill('10');
    await dialog.getByLabel('发票抬头').fill('张三');
    await dialog.getByText('个人', { exact: true }).click();
    await dialog.getByLabel('电子邮箱').fill('zs@example.com');
    await dialog.getByLabel('电子邮箱').press('Enter');
    await dialog.getByText(/小票 XP0002 已于 \d{4}-\d{2}-\d{2} 申请开票（FP-XH-\d{8}-0001）/).waitFor();
    await screenshot(page, 'invoices-duplicate-receipt');
    // A special VAT invoice for a person is refused, and said beside the buyer-type switch.
    await dialog.getByLabel('小票号').fill('XP0003');
    await dialog.getByText('增值税专用发票', { exact: true }).click();
    await dialog.getByLabel('电子邮箱').press('Enter');
    await dialog.getByRole('alert').filter({ hasText: '增值税专用发票只能开给单位' }).waitFor();
    await dialog.getByText('增值税普通发票', { exact: true }).click();
  });

  it('suggests a buyer used before and fills the rest', async () => {
    const { page } = app;
    await openInvoices(app, requestStarBuyer);
    await page.getByRole('button', { name: '新建开票申请' }).click();
    const dialog = page.getByRole('dialog', { name: '新建开票申请' });
    await dialog.getByText('单位', { exact: true }).click();
    await dialog.getByLabel('发票抬头').pressSequentially('星河');
    await page.getByRole('option', { name: '福州星河贸易有限公司' }).click();
    await expect.poll(() => dialog.getByLabel('纳税人识别号').inputValue()).toBe('91350100M000100Y43');
    await expect.poll(() => dialog.getByLabel('电子邮箱').inputValue()).toBe('finance@example.com');
    await screenshot(page, 'invoices-remembered-buyer');
    // The form holds the remembered buyer: Cancel asks before throwing it away.
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByRole('button', { name: '放弃', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('exports the day to an .xlsx the finance office can read', async () => {
    const { page } = app;
    await openInvoices(app, requestStarBuyer);
    await page.getByRole('cell', { name: '福州星河贸易有限公司' }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^开票申请_\d{8}-\d{8}\.xlsx$/);
    const file = path.join(os.tmpdir(), `invoices-e2e-${Date.now()}.xlsx`);
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('开票申请');
    expect(sheet?.getRow(2).getCell(10).value).toBe('福州星河贸易有限公司');
    expect(sheet?.getRow(2).getCell(6).value).toBe(1234.5);
  });
});
