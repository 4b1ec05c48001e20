import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, screenshotDir, startApp } from './harness';

async function addLocation(page: Page, code: string, kind: '货架' | '寄存柜', shared: boolean) {
  await page.getByRole('button', { name: '新增位置' }).click();
  const dialog = page.getByRole('dialog', { name: '新增寄存位置' });
  await dialog.getByRole('textbox', { name: '编号' }).fill(code);
  await dialog.getByRole('combobox', { name: '类型' }).selectOption({ label: kind });
  if (shared) await dialog.getByRole('checkbox', { name: '共用货架' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByText(`位置 ${code} 已保存`).waitFor();
}

/** Types a deposit with the keyboard, Enter saves and prints; returns the serial and claim code from the notice. */
async function depositBags(page: Page, name: string, phone: string, location: string, no: string) {
  const first = page.getByRole('textbox', { name: '寄存人' });
  await expect.poll(() => first.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(phone);
  await page.keyboard.press('Tab');
  await page.keyboard.type('购物袋两个（服装、鞋）');
  await page.getByRole('textbox', { name: '件数' }).fill('2');
  const select = page.getByRole('combobox', { name: '寄存位置' });
  const value = await select.evaluate(
    (el, code) =>
      Array.from((el as unknown as { options: ArrayLike<{ text: string; value: string }> }).options).find((o) =>
        o.text.startsWith(code),
      )?.value ?? '',
    location,
  );
  await select.selectOption(value);
  await page.getByRole('textbox', { name: '物品描述' }).press('Enter');
  const notice = page.getByText(new RegExp(`已寄存，单号 JC-XH-\\d{8}-${no}，取件码 \\d{6}`));
  await notice.waitFor();
  const text = (await notice.textContent()) ?? '';
  const [, serial, code] = /单号 (JC-XH-\d{8}-\d{4})，取件码 (\d{6})/.exec(text) ?? [];
  return { serial: serial as string, code: code as string };
}

/** Locks the desk and unlocks it as another clerk (the shift's desk taken over). */
async function takeOver(page: Page, option: RegExp, pin: string) {
  await page.keyboard.press('Control+l');
  await page.getByText('屏幕已锁定').waitFor();
  await page.getByRole('combobox', { name: '解锁人' }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByLabel('PIN 码').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByText('屏幕已锁定').waitFor({ state: 'hidden' });
}

/**
 * Each test starts its own desk and makes what it needs through the channels (the shelves, a slip already printed),
 * so a failure in one stays one failure: none of them reads what another left behind.
 */
describe('goods storage in Chromium', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  const call = async <T>(desk: RunningApp, channel: string, input: object): Promise<T> => {
    const result = await desk.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  };

  /** A fresh desk with 张伟 (K003, a supervisor) logged in. */
  const deskWithSupervisor = async (): Promise<RunningApp> => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    return app;
  };

  /** The first test's locker A-01 and shared shelf B-01, saved as its form saves them; then 王芳 takes the desk. */
  const deskWithShelvesAndClerk = async (): Promise<RunningApp> => {
    const desk = await deskWithSupervisor();
    await call(desk, 'storage:saveLocation', { code: 'A-01', kind: 'locker', shared: false, note: '' });
    await call(desk, 'storage:saveLocation', { code: 'B-01', kind: 'shelf', shared: true, note: '' });
    await takeOver(desk.page, /K001 王芳/, '1111');
    await desk.page.keyboard.press('F4');
    await desk.page.getByRole('heading', { name: '物品寄存' }).waitFor();
    return desk;
  };

  it('a supervisor sets up shelves and lockers', async () => {
    const { page } = await deskWithSupervisor();
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await page.getByRole('tab', { name: '位置与设置' }).click();
    await addLocation(page, 'A-01', '寄存柜', false);
    await addLocation(page, 'B-01', '货架', true);
    await page.getByRole('cell', { name: 'B-01' }).waitFor();
    await screenshot(page, 'storage-admin');
    // The clerk takes over the desk.
    await takeOver(page, /K001 王芳/, '1111');
    await page.getByText('王芳').first().waitFor();
  });

  it('deposits two bags and prints the two-part slip with number, claim code and barcode', async () => {
    const desk = await deskWithShelvesAndClerk();
    const { page } = desk;
    // The storage screen opens on 寄存登记, its first field focused.
    const { serial, code } = await depositBags(page, '赵敏', '13912345678', 'A-01', '0001');
    await page.getByRole('cell', { name: serial }).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'storage-deposit');

    await desk.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'storage-slip-')), 'slip.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('寄存凭条（顾客联）');
    expect(text).toContain('物品标签（存放联）');
    expect(text).toContain(serial);
    expect(text).toContain(code);
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
    // 80 mm: the customer copy and the item tag are separate tickets.
    const prefix = path.join(path.dirname(pdf), 'slip');
    execFileSync('pdftoppm', ['-png', '-r', '110', pdf, prefix]);
    const pages = fs
      .readdirSync(path.dirname(pdf))
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBe(2);
    fs.copyFileSync(path.join(path.dirname(pdf), pages[0] as string), path.join(screenshotDir, 'storage-slip.png'));
    fs.copyFileSync(path.join(path.dirname(pdf), pages[1] as string), path.join(screenshotDir, 'storage-slip-tag.png'));
    // The barcode is drawn: dark bars in the PNG's middle band (checked by eye in the saved screenshot too).
    expect(await page.locator('.storage-slip-print svg rect').count()).toBeGreaterThan(20);

    // The location view shows what each shelf or locker holds.
    await page.getByRole('tab', { name: '位置一览' }).click();
    await page.getByLabel('A-01').getByText('赵敏 · 剩 2/2 件').waitFor();
    await screenshot(page, 'storage-locations');

    // Pickup: the scanner types the number and Enter into the focused field; a wrong code first.
    await page.getByRole('tab', { name: '取件' }).click();
    const scan = page.getByRole('textbox', { name: '寄存单号或手机号' });
    await expect.poll(() => scan.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type(`${serial}\n`, { delay: 5 });
    const claim = page.getByRole('textbox', { name: '取件码' });
    await expect.poll(() => claim.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    const wrong = code === '000000' ? '111111' : '000000';
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await page.getByText('取件码不正确，还可尝试 2 次').waitFor();
    await screenshot(page, 'storage-pickup-wrong-code');
    await claim.fill(code);
    await page.keyboard.press('Enter');
    await page.getByText(`${serial} 已全部取完`).waitFor();
  });

  it('hands back a lost slip after the ID is recorded and a lead approves with a PIN', async () => {
    const { page } = await deskWithShelvesAndClerk();
    const { serial } = await depositBags(page, '钱进', '13700001111', 'B-01', '0001');
    await page.getByRole('tab', { name: '取件' }).click();
    await page.getByRole('textbox', { name: '寄存单号或手机号' }).fill('13700001111');
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: `取件 ${serial}` }).waitFor();
    await page.getByText('遗失凭条（证件 + 审批）').click();
    await page.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    await page.getByLabel('审批人 PIN').fill('2222');
    // Six arbitrary characters (enough before) and a wrong check digit are refused at the number; nothing is handed back.
    const idNumber = page.getByRole('textbox', { name: '取件人证件号码' });
    await idNumber.fill('abcdef');
    await page.getByRole('button', { name: '确认取件' }).click();
    await page.getByText('居民身份证号码应为 18 位：17 位数字加 1 位校验码（数字或 X）').waitFor();
    await idNumber.fill('110101199003071234');
    await page.getByRole('button', { name: '确认取件' }).click();
    await page.getByText('身份证号码校验码不正确，请核对最后一位').waitFor();
    await screenshot(page, 'storage-lost-slip-bad-id');
    await page.getByRole('combobox', { name: '取件人证件类型' }).selectOption({ label: '港澳通行证' });
    await idNumber.fill('110101199003071233');
    await page.getByRole('button', { name: '确认取件' }).click();
    await page.getByText('港澳通行证号码应为 H 或 M 加 8 位数字（旧证 10 位），如 H12345678').waitFor();
    expect(await page.getByText(`${serial} 已全部取完`).count()).toBe(0);
    await page.getByRole('combobox', { name: '取件人证件类型' }).selectOption({ label: '居民身份证' });
    await idNumber.fill('110101199003071233');
    await page.getByLabel('审批人 PIN').fill('2222');
    await screenshot(page, 'storage-lost-slip');
    await page.getByRole('button', { name: '确认取件' }).click();
    await page.getByText(`${serial} 已全部取完`).waitFor();

    // The record says who collected, how, and who approved; the ID is masked.
    await page.getByRole('tab', { name: '寄存登记' }).click();
    await page.getByRole('radiogroup', { name: '状态' }).getByText('全部', { exact: true }).click();
    await page.getByRole('cell', { name: serial }).click();
    await page.getByText(/钱进 取 2 件 · 遗失凭条（证件 \+ 审批）.*110\*+1233 · 审批 李娜/).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'storage-detail');
  });

  it('reprints a slip on A5 without the claim code, and the reprint is audited', async () => {
    const desk = await deskWithSupervisor();
    const { page } = desk;
    // A slip deposited and printed once, as the deposit form does.
    const locker = await call<{ id: string }>(desk, 'storage:saveLocation', { code: 'A-01', kind: 'locker', note: '' });
    const { slip } = await call<{ slip: { id: string } }>(desk, 'storage:deposit', {
      depositorName: '赵敏',
      phone: '13912345678',
      description: '购物袋两个（服装、鞋）',
      pieces: 2,
      size: 'small',
      locationId: locker.id,
    });
    await call(desk, 'storage:printed', { id: slip.id });
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await page.getByRole('tab', { name: '位置与设置' }).click();
    await page.getByRole('combobox', { name: '凭条版式' }).selectOption('A5');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('寄存设置已保存').waitFor();

    await page.getByRole('tab', { name: '寄存登记' }).click();
    await page.getByRole('radiogroup', { name: '状态' }).getByText('全部', { exact: true }).click();
    await page.getByRole('cell', { name: /JC-XH-\d{8}-0001/ }).click();
    const printsBefore = await desk.printCount();
    await page.getByRole('button', { name: '补打凭条' }).click();
    await desk.waitForPrints(printsBefore + 1);
    // The first print and now the reprint: two audited events on the slip.
    await page.getByRole('cell', { name: '事件', exact: true }).nth(1).waitFor();
    await page.emulateMedia({ media: 'print' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-a5-'));
    const pdf = path.join(dir, 'slip.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/JC-XH-\d{8}-0001/);
    expect(text).toContain('取件码见原凭条');
    expect(text).toContain('补打');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, path.join(dir, 'a5')]);
    fs.copyFileSync(path.join(dir, 'a5.png'), path.join(screenshotDir, 'storage-slip-a5.png'));
  });
});
