import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, screenshotDir, startApp } from './harness';

const siteDay = (at: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(at))
    .slice(0, 10);

describe('the monthly report in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('shows the month’s records per day and module, exports them to Excel and prints them on A4', async () => {
    const { page } = app;
    const today = siteDay(app.now());
    const [year, month] = [today.slice(0, 4), Number(today.slice(5, 7))];
    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    const visitor = page.getByRole('combobox', { name: '访客姓名' });
    for (const name of ['赵敏', '钱进']) {
      await visitor.fill(name);
      await visitor.press('Enter');
      await page.getByText(new RegExp(`已登记 LF-XH-\\d{8}-000${name === '赵敏' ? 1 : 2}`)).waitFor();
    }
    await page.keyboard.press('F3');
    const callForm = page.getByRole('form', { name: '登记电话' });
    await callForm.getByLabel('电话号码').fill('13887654321');
    await callForm.getByLabel('通话内容').fill('询问停车收费');
    await callForm.getByLabel('通话内容').press('Control+Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();

    await page.keyboard.press('F10');
    await page.getByRole('heading', { name: '报表' }).waitFor();
    expect(await page.getByRole('tab', { name: '月报' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { name: `月报 ${year}年${month}月` }).waitFor();
    const perDay = page.getByRole('table', { name: '每日记录数' });
    const row = perDay.getByRole('row', { name: new RegExp(`^${today}`) });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      today,
      '2',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      // 广播, 赠品抽奖, 商户与问答, 物品放行, 出入证, 装修申请, 客户档案
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
    ]);
    const visits = page.getByRole('table', { name: '来访登记' });
    expect(
      await visits
        .getByRole('row', { name: /来访人数/ })
        .getByRole('cell')
        .textContent(),
    ).toBe('2');
    // The current month stops at today: one row per day elapsed, none for the days still to come.
    expect(await perDay.getByRole('row', { name: /^\d{4}-\d{2}-\d{2}/ }).count()).toBe(Number(today.slice(8, 10)));
    await screenshot(page, 'reports-monthly');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`星河广场-月报-${today.slice(0, 7)}.xlsx`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reports-xlsx-')), 'report.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('每日记录数') as ExcelJS.Worksheet;
    let found = false;
    sheet.eachRow((r) => {
      if (r.getCell(1).value !== today) return;
      found = true;
      // The day's visits and call, a zero for every other module (广播, 赠品抽奖, 商户与问答, 物品放行, 出入证, 装修申请 and
      // 客户档案 included), the total.
      expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((c) => r.getCell(c).value)).toEqual([
        2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
      ]);
    });
    expect(found).toBe(true);
    expect((workbook.getWorksheet('汇总') as ExcelJS.Worksheet).getCell('A1').value).toBe(`月报 ${year}年${month}月`);

    await page.getByRole('button', { name: '打印 (Ctrl+P)' }).click();
    await app.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reports-pdf-')), 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const expected of [`月报 ${year}年${month}月`, '星河广场', '李娜', '每日记录数', '已作废的记录不计入本报表'])
      expect(text).toContain(expected);
    expect(text).toMatch(new RegExp(`${today}\\s+2\\s+1(\\s+0){14}\\s+3`));
    // The printed headings are the short names, each on one line: the heading row reads as one line of words.
    expect(text).toMatch(
      /日期\s+来访\s+电话\s+寄存\s+发票\s+退换\s+投诉\s+失物\s+报修\s+借用\s+广播\s+赠品\s+商户\s+放行\s+证件\s+装修\s+客户\s+合计/,
    );
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(screenshotDir, 'reports-monthly-pdf'),
    ]);

    // The daily report of today shows the same records.
    await page.getByRole('tab', { name: '日报' }).click();
    await page.getByRole('heading', { name: `日报 ${today}` }).waitFor();
    const dayRow = page.getByRole('table', { name: '每日记录数' }).getByRole('row', { name: new RegExp(`^${today}`) });
    expect(await dayRow.getByRole('cell').allInnerTexts()).toEqual([
      today,
      '2',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      // 广播, 赠品抽奖, 商户与问答, 物品放行, 出入证, 装修申请, 客户档案
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
    ]);
    await screenshot(page, 'reports-daily');

    // The date picker's calendar reads as a Chinese calendar does: 2026年12月, weekdays 一 … 日.
    await page.getByRole('button', { name: '日期' }).or(page.getByLabel('日期')).first().click();
    await page.getByText(`${year}年${month}月`, { exact: true }).waitFor();
    await screenshot(page, 'reports-calendar');
    await page.keyboard.press('Escape');
  });
});
