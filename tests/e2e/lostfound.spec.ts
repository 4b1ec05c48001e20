import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeNotifications,
  expectPrintLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

// A 1×1 PNG, as a photo file chosen from the counter PC.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function switchClerk(page: Page, employeeNo: string, pin: string) {
  await page.keyboard.press('Control+l');
  await page.getByText('屏幕已锁定').waitFor();
  await page.getByRole('combobox', { name: '解锁人' }).click();
  await page.getByRole('option', { name: new RegExp(`${employeeNo} `) }).click();
  await page.getByLabel('PIN 码').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByText('屏幕已锁定').waitFor({ state: 'hidden' });
}

async function savePdf(page: Page, name: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lostfound-'));
  const pdf = path.join(dir, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(dir, name)]);
  fs.copyFileSync(path.join(dir, `${name}.png`), path.join(screenshotDir, `${name}.png`));
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/**
 * The two items the first test registers (the cash, a valuable, SW-…-0001; the cleaner's umbrella, SW-…-0002),
 * stored through the app's channel for the tests that start from them.
 */
async function registerFound(app: RunningApp): Promise<void> {
  for (const item of [
    {
      category: 'cash',
      description: '现金（信封装）',
      valueClass: 'valuable',
      cash: '125.50',
      foundPlace: '二楼扶梯口',
      finderKind: 'customer',
      storagePlace: '保险柜',
    },
    {
      category: 'umbrella',
      description: '黑色长柄雨伞',
      colour: '黑色',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      finderName: '刘阿姨',
      storagePlace: '失物柜 A',
    },
  ]) {
    const saved = await app.call('lostfound:register', item);
    if (!saved.ok) throw new Error(`lostfound:register: ${JSON.stringify(saved)}`);
  }
}

/** Logs in as K001, stores what the test needs (`seed`) and opens lost and found (Alt+7). */
async function openLostfound(app: RunningApp, seed?: (app: RunningApp) => Promise<void>): Promise<void> {
  const { page } = app;
  await loginWithKeyboard(page, 'K001', '1111');
  await page.getByText('王芳').first().waitFor();
  await seed?.(app);
  await page.keyboard.press('Alt+7');
  await page.getByRole('heading', { name: '失物招领' }).waitFor();
}

/** Each test on its own desk: its own login and the records it needs, so one failure stays one failure. */
describe('lost and found in Chromium', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app?.stop();
  });

  it('registers found items with a photo, refuses cash without its amount, and marks a valuable', async () => {
    const { page } = app;
    await openLostfound(app);
    const form = page.getByRole('form', { name: '失物登记' });
    const category = form.getByRole('combobox', { name: '类别' });
    await expect.poll(() => category.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Cash without the counted amount is refused at the field and nothing is written.
    await category.selectOption({ label: '现金' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('现金（信封装）');
    await form.getByRole('textbox', { name: '拾获地点' }).fill('二楼扶梯口');
    await form.getByRole('textbox', { name: '存放位置' }).fill('保险柜');
    await form.getByRole('textbox', { name: '物品描述' }).press('Enter');
    await form.getByText('现金须填写点清的金额（元），如 125.50').waitFor();
    await page.getByText('没有符合条件的失物').waitFor();
    await form.getByRole('textbox', { name: '现金金额（元）' }).fill('125.50');
    await form.getByRole('textbox', { name: '物品描述' }).press('Enter');
    await page.getByText(/已登记失物，编号 SW-XH-\d{8}-0001/).waitFor();

    // An umbrella found by a cleaner, with a photo from a file.
    await category.selectOption({ label: '雨伞' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('黑色长柄雨伞');
    await form.getByRole('textbox', { name: '颜色' }).fill('黑色');
    await form.getByRole('textbox', { name: '拾获地点' }).fill('三楼女装区');
    await form.getByRole('combobox', { name: '拾获人类型' }).selectOption({ label: '保洁' });
    await form.getByRole('textbox', { name: '拾获人', exact: true }).fill('刘阿姨');
    await form.getByRole('textbox', { name: '存放位置' }).fill('失物柜 A');
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: '选择照片文件' }).click();
    await (await chooser).setFiles({ name: 'umbrella.png', mimeType: 'image/png', buffer: PNG });
    await form.getByRole('img', { name: '照片' }).waitFor();
    await form.getByRole('button', { name: '保存登记' }).click();
    await page.getByText(/已登记失物，编号 SW-XH-\d{8}-0002/).waitFor();
    await page.getByRole('cell', { name: /雨伞 · 黑色长柄雨伞/ }).waitFor();
    expect(await page.getByRole('cell', { name: /贵重.*现金/ }).count()).toBe(1);
    await closeNotifications(page);
    await screenshot(page, 'lostfound-items');
  });

  it('matches a loss report against found items and claims one with a checked ID and a printed receipt', async () => {
    const { page } = app;
    await openLostfound(app, registerFound);
    await page.getByRole('tab', { name: '寻物登记' }).click();
    const form = page.getByRole('form', { name: '寻物登记' });
    await form.getByRole('textbox', { name: '失主姓名' }).fill('赵敏');
    await form.getByRole('textbox', { name: '手机号' }).fill('13912345678');
    await form.getByRole('combobox', { name: '类别' }).selectOption({ label: '雨伞' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('黑色长柄伞');
    await form.getByRole('textbox', { name: '遗失地点' }).fill('三楼');
    await form.getByRole('button', { name: '保存并查找' }).click();
    await page.getByText(/已登记寻物，编号 XW-XH-\d{8}-0001/).waitFor();
    await page.getByText(/匹配：同类别，地点相符，描述相符：黑色/).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'lostfound-candidates');

    await page.getByRole('button', { name: '认领', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /认领 SW-XH-\d{8}-0002/ });
    await dialog.getByRole('textbox', { name: '认领人', exact: true }).fill('赵敏');
    await dialog.getByRole('textbox', { name: '手机号' }).fill('13912345678');
    await dialog.getByRole('textbox', { name: '证件号码' }).fill('110105194912310021');
    await dialog.getByRole('textbox', { name: '认领人对物品的描述' }).fill('黑色长柄伞，伞柄有划痕');
    await dialog.getByRole('button', { name: '确认认领并打印回执' }).click();
    await dialog.getByText('身份证号码校验码不正确，请核对最后一位').waitFor();
    await dialog.getByRole('textbox', { name: '证件号码' }).fill('11010519491231002X');
    const prints = await app.printCount();
    await dialog.getByRole('button', { name: '确认认领并打印回执' }).click();
    await page.getByText('已认领，打印认领回执').waitFor();
    await app.waitForPrints(prints + 1);
    const printed = await expectPrintLabelsOnly(page, 'claim receipt');
    expect(printed).toContain('失物认领回执');
    const text = await savePdf(page, 'lostfound-receipt');
    expect(text).toContain('110***********002X');
    expect(text).not.toContain('11010519491231002X');
    expect(text).toContain('139****5678');
    expect(text).toContain('认领人签字');
    await page.getByText('没有寻找中的登记').first().waitFor();
  });

  it("claims a valuable only with a lead's PIN", async () => {
    const { page } = app;
    await openLostfound(app, registerFound);
    await page.getByRole('tab', { name: '失物登记' }).click();
    await page.getByRole('cell', { name: /现金/ }).click();
    await page.getByRole('button', { name: '认领', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /认领 SW-XH-\d{8}-0001/ });
    await dialog.getByRole('textbox', { name: '认领人', exact: true }).fill('钱进');
    await dialog.getByRole('textbox', { name: '手机号' }).fill('13700001111');
    await dialog.getByRole('combobox', { name: '证件类型' }).selectOption({ label: '护照' });
    await dialog.getByRole('textbox', { name: '证件号码' }).fill('E12345678');
    await dialog.getByRole('textbox', { name: '认领人对物品的描述' }).fill('牛皮纸信封，125 元 5 角');
    await dialog.getByRole('button', { name: '确认认领并打印回执' }).click();
    await dialog.getByText('贵重物品认领须由领班或主管输入 PIN 码批准').waitFor();
    await dialog.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    await dialog.getByLabel('审批人 PIN').fill('2222');
    await screenshot(page, 'lostfound-claim-valuable');
    await dialog.getByRole('button', { name: '确认认领并打印回执' }).click();
    await page.getByText(/认领人 钱进 137\*\*\*\*1111 · 护照 E12\*\*5678 · 批准 李娜/).waitFor();
  });

  it("hands an item kept past the period to the police with a supervisor's PIN and a reason", async () => {
    const { page } = app;
    await openLostfound(app, registerFound);
    const form = page.getByRole('form', { name: '失物登记' });
    await form.getByRole('combobox', { name: '类别' }).selectOption({ label: '包' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('灰色双肩包');
    await form.getByRole('textbox', { name: '拾获地点' }).fill('地下停车场');
    await form.getByRole('textbox', { name: '存放位置' }).fill('失物柜 B');
    // Found a month ago and registered late: its 30-day keeping period is over.
    await form.getByRole('textbox', { name: '拾获时间' }).fill('2026-10-30 15:00');
    await form.getByRole('button', { name: '保存登记' }).click();
    await page.getByText(/已登记失物，编号 SW-XH-\d{8}-0003/).waitFor();
    await switchClerk(page, 'K003', '3333');
    await page.getByRole('button', { name: /失物过保管期 1/ }).click();
    await page.getByRole('cell', { name: /灰色双肩包/ }).click();
    await page.getByRole('button', { name: '移交 / 处置' }).click();
    const dialog = page.getByRole('dialog', { name: /移交或处置 SW-XH-\d{8}-0003/ });
    await dialog.getByRole('button', { name: '确认' }).click();
    await dialog.getByText('必填').first().waitFor();
    await dialog.getByRole('textbox', { name: '原因' }).fill('保管期满无人认领，移交辖区派出所');
    await dialog.getByRole('combobox', { name: '审批人' }).selectOption({ label: '张伟 K003 · 主管' });
    await dialog.getByLabel('审批人 PIN').fill('3333');
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.getByText(/已移交派出所：保管期满无人认领，移交辖区派出所（主管 张伟）/).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'lostfound-handed-over');
  });
});
