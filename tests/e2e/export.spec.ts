import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

const FILES = [
  '来访登记.xlsx',
  '电话记录.xlsx',
  '寄存登记.xlsx',
  '开票申请.xlsx',
  '退换货.xlsx',
  '客户投诉.xlsx',
  '失物招领.xlsx',
  '报修派工单.xlsx',
  '便民借用.xlsx',
  '广播.xlsx',
  '赠品抽奖.xlsx',
  '物品放行条.xlsx',
  '出入证.xlsx',
  '装修申请.xlsx',
  '商户与问答.xlsx',
  '审计日志.xlsx',
];

describe('data export in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets a supervisor export a date range from Settings → 备份 and shows the files written', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    // One visitor first, so the export has a record of its own to show, unmasked.
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    await page.getByRole('combobox', { name: '访客姓名' }).fill('王五');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13912345678');
    await page.keyboard.press('Enter');
    const serial = (await page.getByText(/已登记 LF-XH-\d{8}-0001/).textContent())?.match(/LF-XH-\d{8}-0001/)?.[0];
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '备份' }).click();
    await page.getByText('数据导出（Excel）').waitFor();

    // A reversed range is refused at the end date, and nothing is exported.
    const from = page.getByRole('textbox', { name: '开始日期' });
    const to = page.getByRole('textbox', { name: '结束日期' });
    const today = await to.inputValue();
    await from.fill('2099-01-01');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByText('结束日期不能早于开始日期').waitFor();
    expect(fs.existsSync(path.join(app.dataDir, 'exports'))).toBe(false);

    await from.fill(today);
    await to.press('Enter');
    const folderName = `前台导出-${today.replaceAll('-', '')}-${today.replaceAll('-', '')}`;
    await page.getByText(new RegExp(`已写入 .*${folderName}`)).waitFor();
    for (const name of FILES) await page.getByRole('cell', { name, exact: true }).waitFor();
    await page.getByRole('cell', { name: '审计日志.xlsx' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'export-done');

    const folder = path.join(app.dataDir, 'exports', folderName);
    expect(fs.readdirSync(folder).sort()).toEqual([...FILES].sort());
    const visitsRow = page.getByRole('row').filter({ hasText: '来访登记.xlsx' });
    expect(await visitsRow.getByRole('cell').nth(1).textContent()).toBe('1');
    const visits = new ExcelJS.Workbook();
    await visits.xlsx.readFile(path.join(folder, '来访登记.xlsx'));
    const visitRow = (visits.worksheets[0] as ExcelJS.Worksheet).getRow(2);
    expect([visitRow.getCell(1).value, visitRow.getCell(4).value, visitRow.getCell(5).value]).toEqual([
      serial,
      '王五',
      '13912345678',
    ]);
    // The audit log of today holds at least the demo desk's set-up and this supervisor's login.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(folder, '审计日志.xlsx'));
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('序号');
    const auditRow = page.getByRole('row').filter({ hasText: '审计日志.xlsx' });
    const shown = Number(((await auditRow.getByRole('cell').nth(1).textContent()) ?? '').replaceAll(',', ''));
    expect(shown).toBe(sheet.rowCount - 1);
    expect(shown).toBeGreaterThan(0);
  });
});
