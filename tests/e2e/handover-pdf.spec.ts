import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

describe('handover PDF in browser mode', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps the PDF folder setting, and tells the clerk to save the PDF from the print dialog', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).waitFor();

    // A supervisor sets the folder beside the tracked items; it stays when the page is opened again.
    await page.getByRole('tab', { name: '交接记录' }).click();
    const folder = path.join(app.dataDir, '交接单');
    const folderField = page.getByRole('textbox', { name: '交接单 PDF 文件夹' });
    await folderField.fill(folder);
    // Saving the counted items meanwhile refetches the settings: the folder being typed must stay as typed.
    const itemsField = page.getByRole('textbox', { name: '清点物品' });
    await itemsField.fill('钥匙\n对讲机\n雨伞\n充电宝');
    await page.getByRole('button', { name: '保存' }).first().click();
    await page.getByText('已保存').first().waitFor();
    await expect.poll(() => itemsField.inputValue()).toBe('钥匙\n对讲机\n雨伞\n充电宝');
    expect(await folderField.inputValue()).toBe(folder);
    await page.getByText('已保存').first().waitFor({ state: 'detached' });
    await folderField.press('Enter');
    await page.getByText('已保存').first().waitFor();
    await screenshot(page, 'handover-pdf-folder');
    await page.getByRole('tab', { name: '本班交接' }).click();
    await page.getByRole('tab', { name: '交接记录' }).click();
    await expect.poll(() => folderField.inputValue()).toBe(folder);

    // End of day without a successor, then the clerk asks for the PDF: browser mode cannot write it itself.
    await page.getByRole('tab', { name: '本班交接' }).click();
    await page.getByRole('textbox', { name: '实点现金' }).fill('0');
    for (const item of ['钥匙', '对讲机', '雨伞', '充电宝']) await page.getByRole('textbox', { name: item }).fill('1');
    await page.getByRole('checkbox', { name: '无人接班（日终）' }).check();
    await page.getByRole('button', { name: '确认交班' }).click();
    await page.getByRole('alert', { name: /交班完成：JJ-XH-\d{8}-0001/ }).waitFor();
    await page.getByRole('button', { name: '另存 PDF' }).click();
    await page.getByText('浏览器模式无法直接保存 PDF：请点“打印”，在打印对话框中选择“另存为 PDF”。').waitFor();
    await page.waitForTimeout(500); // the notification slides in
    await screenshot(page, 'handover-pdf-browser');
    expect(fs.existsSync(folder)).toBe(false);
    // The session ended with the shift, yet the result stays: a refetch of the session keeps this screen.
    const current = (await app.call('session:current', {})) as { data?: { endedDay?: boolean } };
    expect(current.data?.endedDay).toBe(true);
    await app.page.evaluate("window.dispatchEvent(new Event('focus'))");
    await page.getByRole('button', { name: '另存 PDF' }).waitFor();
    expect(await page.getByRole('heading', { name: '登录前台' }).count()).toBe(0);
    // Done: now the tab shows the login screen.
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByRole('heading', { name: '登录前台' }).waitFor();
  });
});
