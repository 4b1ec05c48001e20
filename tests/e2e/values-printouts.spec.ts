import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, startApp } from './harness';

/** Free text is printed as typed, except the phone and ID numbers in it, which paper shows masked. */
describe('numbers in free text on printouts, in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a handover note with a mobile, a landline and an ID number prints them masked, the rest as typed', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).waitFor();
    await page.getByRole('textbox', { name: '实点现金' }).fill('12.50');
    await page.getByRole('textbox', { name: '差额说明' }).fill('顾客 139 1234 5678 遗留零钱');
    await page
      .getByRole('textbox', { name: '交班留言' })
      .fill('请回电 13912345678 或 (0591) 8765 4321，证件 11010519491231002X，寄存单 JC-XH-20261201-0001');
    for (const item of ['钥匙', '对讲机', '雨伞']) await page.getByRole('textbox', { name: item }).fill('1');
    await page.getByRole('combobox', { name: '接班人' }).fill('K002');
    await page.getByRole('option', { name: /李娜/ }).click();
    await page.getByLabel('接班人 PIN').fill('2222');
    await page.getByRole('button', { name: '确认交班' }).click();
    await page.getByText(/接班确认：李娜/).waitFor();
    await page.getByRole('button', { name: '打印' }).click();
    await app.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'values-print-'));
    const pdf = path.join(dir, 'handover.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const masked of ['139****5678', '0591-****4321', '110***********002X', 'JC-XH-20261201-0001', '请回电'])
      expect(text).toContain(masked);
    for (const raw of ['13912345678', '139 1234 5678', '8765 4321', '11010519491231002X'])
      expect(text).not.toContain(raw);
  });
});
