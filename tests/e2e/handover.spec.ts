import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, screenshotDir, startApp } from './harness';

describe('the shift handover in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('works a short shift, hands it over to the next clerk with her PIN, and prints the A4 sheet', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    const visitor = page.getByRole('combobox', { name: '访客姓名' });
    await visitor.fill('赵敏');
    await page.getByRole('textbox', { name: '访客证号' }).fill('V-11');
    await visitor.press('Enter');
    await page.getByText(/已登记 LF-XH-\d{8}-0001/).waitFor();

    await page.keyboard.press('F3');
    const callForm = page.getByRole('form', { name: '登记电话' });
    await callForm.getByLabel('电话号码').fill('13887654321');
    await callForm.getByLabel('来电人').fill('周先生');
    await callForm.getByLabel('通话内容').fill('询问失物招领，请查到后回电');
    await callForm.getByLabel('需要回复').check();
    await expect.poll(() => callForm.getByLabel('回复期限').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await callForm.getByLabel('回复期限').press('Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();

    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).waitFor();
    await page.getByRole('cell', { name: '赵敏' }).waitFor();
    expect(await page.getByRole('cell', { name: '138****4321' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: '实点现金' }).fill('12.50');
    await page.getByRole('textbox', { name: '差额说明' }).waitFor();
    await page.getByRole('button', { name: '确认交班' }).click();
    await page.getByText('实点现金与应有现金不一致，请填写差额说明').waitFor();
    await page.getByRole('textbox', { name: '差额说明' }).fill('顾客遗留零钱，已登记');
    const itemCounts: [string, string][] = [
      ['钥匙', '12'],
      ['对讲机', '4'],
      ['雨伞', '20'],
    ];
    for (const [item, count] of itemCounts) await page.getByRole('textbox', { name: item }).fill(count);
    await page.getByRole('textbox', { name: '交班留言' }).fill('周先生的失物请留意回电');
    await page.getByRole('combobox', { name: '接班人' }).fill('K002');
    await page.getByRole('option', { name: /李娜/ }).click();
    await page.getByLabel('接班人 PIN').fill('2222');
    await screenshot(page, 'handover-form');
    await page.getByRole('button', { name: '确认交班' }).click();
    await page
      .getByText(/交班完成：JJ-XH-\d{8}-0001/)
      .first()
      .waitFor();
    await page.getByText(/接班确认：李娜/).waitFor();

    await page.getByRole('button', { name: '打印' }).click();
    await app.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-pdf-'));
    const pdf = path.join(dir, 'handover.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const expected of [
      '交接班记录',
      '赵敏',
      'V-11',
      '周先生',
      '138****4321',
      '李娜',
      '王芳',
      '顾客遗留零钱',
      '审计链头',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('13887654321');
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
      path.join(screenshotDir, 'handover-sheet'),
    ]);

    // The desk now belongs to 李娜; the handover is in the list for reprint.
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByText('李娜').first().waitFor();
    await page.getByRole('tab', { name: '交接记录' }).click();
    await page.getByRole('cell', { name: /JJ-XH-\d{8}-0001/ }).waitFor();
    await screenshot(page, 'handover-history');
  });
});
