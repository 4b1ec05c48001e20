import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A clerk at a property client centre with the keyboard only: the module's key, Tab between fields, Enter to save
// (Ctrl+Enter inside a multi-line text and in a dialog), Ctrl+K to find a record, the Alt keys shown on the buttons
// and on F1, Ctrl+P to print. Nothing is clicked; each step waits for what the screen shows.

/** Tab until the field named `label` has the focus (the form's own order, as the clerk's Tab goes through it). */
async function tabTo(page: Page, label: string | RegExp, scope: Page | Locator = page): Promise<void> {
  const target = scope.getByLabel(label, { exact: typeof label === 'string' }).first();
  await target.waitFor();
  // Shift+Tab when the field is before the one with the focus (4: the focus follows it in the page).
  const back = await target.evaluate((el) => {
    const active = el.ownerDocument.activeElement;
    return active !== null && active !== el && (el.compareDocumentPosition(active) & 4) !== 0;
  });
  for (let step = 0; step < 40; step++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(label)}`);
}

/** Types into the field named `label`, reached by Tab, replacing what it held. */
async function typeInto(page: Page, label: string | RegExp, text: string, scope: Page | Locator = page): Promise<void> {
  await tabTo(page, label, scope);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/** Waits until the field holding the focus is the one named `label` (a dialog's or form's first field). */
async function focusedIs(page: Page, label: string | RegExp, scope: Page | Locator = page): Promise<void> {
  const target = scope.getByLabel(label, { exact: typeof label === 'string' }).first();
  await expect.poll(() => target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
}

/** ArrowDown in the select named `label` until the option that holds `option` is chosen. */
async function chooseByKeys(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await tabTo(page, label, scope);
  const select = scope.getByLabel(label, { exact: true }).first();
  for (let step = 0; step < 30; step++) {
    const chosen = await select.evaluate(
      (el) =>
        (el as unknown as { selectedOptions: ArrayLike<{ textContent: string | null }> }).selectedOptions[0]
          ?.textContent ?? '',
    );
    if (chosen.includes(option)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${label}: no option ${option}`);
}

/** Alt+0, the module's name, Enter: the picker opens it. */
async function openModule(page: Page, name: string, heading = name): Promise<void> {
  await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
  await page.keyboard.press('Alt+0');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

/** Ctrl+K, the serial, Enter: the record opens beside its list. */
async function openBySearch(page: Page, serial: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: '搜索', exact: true });
  await box.waitFor();
  await page.keyboard.type(serial);
  // Enter opens the top hit, once the hits for the whole serial are there.
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'hidden' });
  await page.getByLabel(serial, { exact: true }).waitFor();
}

/** The serial a save's notice names, `BX-…` for `prefix` BX. */
async function savedSerial(page: Page, prefix: string): Promise<string> {
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: new RegExp(`${prefix}-`) });
  await notice.first().waitFor();
  const text = (await notice.first().textContent()) ?? '';
  const serial = text.match(new RegExp(`${prefix}-[A-Z]+-\\d{8}-\\d{4}`))?.[0];
  if (!serial) throw new Error(`no serial in the notice: ${text}`);
  await closeNotifications(page);
  return serial;
}

/** Voids the open record by Alt+V: the reason, Ctrl+Enter; the detail then says it is voided. */
async function voidByKeys(page: Page, serial: string, reason: string): Promise<void> {
  const detail = page.getByLabel(serial, { exact: true });
  await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
  await page.keyboard.press('Alt+v');
  await focusedIs(page, '作废原因');
  await page.keyboard.type(reason);
  await page.keyboard.press('Control+Enter');
  await detail.getByText(reason).first().waitFor();
}

describe('the property modules with the keyboard only', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    // A lead: voiding needs one.
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a repair work order: reported, edited, dispatched with a note (Ctrl+Enter), printed and voided', async () => {
    const { page } = app;
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: '快捷键' });
    const repairsKeys = sheet.getByRole('group', { name: '报修派工' });
    for (const key of ['Alt+P', 'Alt+A', 'Alt+C', 'Alt+H', 'Alt+X', 'Alt+E', 'Alt+V'])
      await repairsKeys.getByText(key, { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    await page.keyboard.press('Alt+8');
    await page.getByRole('heading', { name: '报修派工', exact: true }).waitFor();
    const form = page.getByRole('form', { name: '受理报修' });
    await form.waitFor();
    await focusedIs(page, '联系电话', form);
    await page.keyboard.type('13812340001');
    await typeInto(page, '报修人', '王先生', form);
    await typeInto(page, '报修位置', '2 栋 1101', form);
    await typeInto(page, '故障描述', '卫生间灯不亮', form);
    // Enter in the description is a new line; Ctrl+Enter saves.
    await page.keyboard.press('Control+Enter');
    const serial = await savedSerial(page, 'BX');

    await openBySearch(page, serial);
    const detail = page.getByLabel(serial, { exact: true });
    await detail.getByRole('button', { name: '修改 (Alt+E)' }).waitFor();
    await page.keyboard.press('Alt+e');
    const edit = page.getByRole('form', { name: new RegExp(`修改.*${serial}`) });
    await edit.waitFor();
    await typeInto(page, '报修位置', '2 栋 1102', edit);
    await page.keyboard.press('Enter');
    await detail.getByText('2 栋 1102').first().waitFor();

    await page.keyboard.press('Alt+p');
    const dispatch = page.getByRole('form', { name: /派工：/ });
    await dispatch.waitFor();
    await focusedIs(page, '维修班组', dispatch);
    await page.keyboard.press('ArrowDown');
    await typeInto(page, '说明', '业主下午在家', dispatch);
    await page.keyboard.press('Control+Enter');
    await dispatch.waitFor({ state: 'hidden' });
    await detail.getByText('已派工').first().waitFor();
    await closeNotifications(page);

    const prints = await app.printCount();
    await page.keyboard.press('Control+p');
    await app.waitForPrints(prints + 1);
    await screenshot(page, 'property-keyboard-repair');
    await voidByKeys(page, serial, '业主重复报修');
  });
  it('a goods release pass: issued with a lead’s PIN, corrected (Alt+E), printed and voided', async () => {
    const { page } = app;
    await openModule(page, '物品放行');
    await page.keyboard.press('Alt+n');
    const form = page.getByRole('form', { name: '开具放行条' });
    await form.waitFor();
    await typeInto(page, '房号 / 铺位', '6 栋 501', form);
    await typeInto(page, '申请人', '孙女士', form);
    await typeInto(page, '联系电话', '13812340002', form);
    await typeInto(page, '物品名称 1', '旧沙发', form);
    await typeInto(page, '授权人（业主 / 店长）', '孙女士', form);
    await chooseByKeys(page, form, '审批人', '李娜');
    await typeInto(page, '审批人 PIN', '2222', form);
    await page.keyboard.press('Enter');
    const serial = await savedSerial(page, 'FX');
    const detail = page.getByLabel(serial, { exact: true });
    await detail.getByText('旧沙发').first().waitFor();

    await page.keyboard.press('Alt+e');
    const edit = page.getByRole('form', { name: new RegExp(serial) });
    await edit.waitFor();
    await focusedIs(page, '联系电话', edit);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('13812340003');
    await page.keyboard.press('Enter');
    await edit.waitFor({ state: 'hidden' });
    await detail.getByText('13812340003').first().waitFor();

    const prints = await app.printCount();
    await page.keyboard.press('Control+p');
    await app.waitForPrints(prints + 1);
    await closeNotifications(page);
    await voidByKeys(page, serial, '业主改期搬离');
    await screenshot(page, 'property-keyboard-release');
  });

  it('a worker pass: issued, edited (Alt+E, a stale edit refused naming who), printed and revoked as lost', async () => {
    const { page } = app;
    await openModule(page, '出入证');
    const form = page.getByRole('form', { name: '办理出入证' });
    await focusedIs(page, '持证人', form);
    await page.keyboard.type('钱师傅');
    await typeInto(page, '联系电话', '13700002222', form);
    await typeInto(page, '身份证件号码', '11010519491231002X', form);
    await typeInto(page, '施工单位', '安居装饰有限公司', form);
    await typeInto(page, '服务房号 / 铺位', '6 栋 501', form);
    await typeInto(page, '有效期至', '2026-12-31', form);
    await typeInto(page, '押金（元）', '100', form);
    await page.keyboard.press('Enter');
    const serial = await savedSerial(page, 'CR');
    await openBySearch(page, serial);
    const detail = page.getByLabel(serial, { exact: true });

    // Alt+E: the unit corrected, Enter saves; the detail and its history show it.
    await detail.getByRole('button', { name: '修改 (Alt+E)' }).waitFor();
    await page.keyboard.press('Alt+e');
    const edit = page.getByRole('form', { name: `修改出入证 ${serial}` });
    await focusedIs(page, '持证人', edit);
    await typeInto(page, '服务房号 / 铺位', '6 栋 503', edit);
    await page.keyboard.press('Enter');
    await edit.waitFor({ state: 'hidden' });
    await detail.getByText('6 栋 503').first().waitFor();
    await closeNotifications(page);

    // Changed meanwhile (another counter): the edit is refused in the dialog, naming who changed the pass.
    await page.keyboard.press('Alt+e');
    await focusedIs(page, '持证人', edit);
    const listed = (await app.call('passes:list', { text: serial })) as {
      data?: { rows: { id: string; version: number }[] };
    };
    const row = listed.data?.rows[0];
    expect(row).toBeDefined();
    expect((await app.call('passes:update', { id: row?.id, version: row?.version, company: '宜家装饰' })).ok).toBe(
      true,
    );
    await typeInto(page, '施工单位', '另一家公司', edit);
    await page.keyboard.press('Enter');
    const refused = edit.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('李娜');
    expect(await refused.textContent()).toContain('施工单位');
    await screenshot(page, 'property-keyboard-pass-stale');
    // The dialog now shows the pass as it is (nothing typed on it): Esc closes it.
    expect(await edit.getByLabel('施工单位').inputValue()).toBe('宜家装饰');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'hidden' });
    const prints = await app.printCount();
    await page.keyboard.press('Control+p');
    await app.waitForPrints(prints + 1);
    await voidByKeys(page, serial, '证件遗失');
  });

  it('a renovation application: received (Ctrl+Enter in its work description) and voided', async () => {
    const { page } = app;
    await openModule(page, '装修申请');
    const form = page.getByRole('form', { name: '装修申请登记' });
    await focusedIs(page, '房号 / 铺位', form);
    await page.keyboard.type('6 栋 502');
    await typeInto(page, '业主', '吴业主', form);
    await typeInto(page, '业主电话', '13900003333', form);
    await typeInto(page, '施工单位', '安居装饰有限公司', form);
    await typeInto(page, '施工负责人', '钱师傅', form);
    await typeInto(page, '负责人电话', '13700002222', form);
    await typeInto(page, '施工结束', '2026-12-20', form);
    await typeInto(page, '装修押金（元）', '2000', form);
    await typeInto(page, '装修内容', '更换卫生间地砖', form);
    await page.keyboard.press('Control+Enter');
    const serial = await savedSerial(page, 'ZX');
    await openBySearch(page, serial);
    await voidByKeys(page, serial, '业主撤回申请');
    await screenshot(page, 'property-keyboard-renovation');
  });
});
