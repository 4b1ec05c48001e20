import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// F1 lists every shortcut there is: the frame's, the navigation's, and each screen's own keys from its module's
// registry definition, the screen the clerk is on first and marked as such.

describe('the F1 sheet in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function openSheet() {
    await app.page.keyboard.press('F1');
    const sheet = app.page.getByRole('dialog', { name: '快捷键' });
    await sheet.getByText('按名称打开模块').waitFor();
    return sheet;
  }

  async function closeSheet() {
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('dialog', { name: '快捷键' }).waitFor({ state: 'hidden' });
  }

  it("shows the visitor screen's keys first on the visitor screen, and every other screen's after", async () => {
    const { page } = app;
    await page.keyboard.press('F2');
    await page.getByRole('heading', { name: '来访登记' }).first().waitFor();
    const sheet = await openSheet();
    const groups = sheet.getByRole('group');
    // The first screen group is the one the clerk is on, marked 当前界面.
    const first = groups.first();
    expect(await first.getAttribute('aria-label')).toBe('来访登记');
    expect(await first.getByText('当前界面').isVisible()).toBe(true);
    expect(await first.getByText('签离选中的访客').isVisible()).toBe(true);
    expect(await first.getByText('Ctrl+O').isVisible()).toBe(true);
    // Each screen with keys of its own has its group, with what the key does.
    const calls = sheet.getByRole('group', { name: '电话记录' });
    expect(await calls.getByText('Alt+T').isVisible()).toBe(true);
    expect(await calls.getByText('登记新电话').isVisible()).toBe(true);
    const renovations = sheet.getByRole('group', { name: '装修申请' });
    expect(await renovations.getByText('审批通过').isVisible()).toBe(true);
    expect(await renovations.getByText('Alt+A').isVisible()).toBe(true);
    // Only one screen is the current one.
    expect(await sheet.getByText('当前界面').count()).toBe(1);
    await expectLabelsOnly(page, 'the F1 sheet');
    await screenshot(page, 'shortcuts-f1-reception');
    await closeSheet();
  });

  it('moves the phone log to the top on the phone log, and each key named works there', async () => {
    const { page } = app;
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录' }).first().waitFor();
    const sheet = await openSheet();
    const first = sheet.getByRole('group').first();
    expect(await first.getAttribute('aria-label')).toBe('电话记录');
    expect(await first.getByText('当前界面').isVisible()).toBe(true);
    // The visitor screen is listed still, no longer as the current one.
    const visitors = sheet.getByRole('group', { name: '来访登记' });
    expect(await visitors.getByText('Ctrl+O').isVisible()).toBe(true);
    expect(await visitors.getByText('当前界面').count()).toBe(0);
    await screenshot(page, 'shortcuts-f1-calls');
    await closeSheet();
    // Alt+T, as the sheet says, starts the call timer in the form the phone log opens with.
    const stop = page.getByRole('button', { name: '停止计时' });
    expect(await stop.count()).toBe(0);
    await page.keyboard.press('Alt+t');
    await stop.waitFor();
    await page.keyboard.press('Alt+t');
    await page.getByRole('button', { name: '开始计时' }).waitFor();
  });

  it('says so on a screen with no keys of its own, in English too', async () => {
    const { page } = app;
    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).first().waitFor();
    let sheet = await openSheet();
    expect(await sheet.getByText('交接班没有本界面专用的快捷键').isVisible()).toBe(true);
    expect(await sheet.getByText('当前界面').count()).toBe(0);
    await closeSheet();
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.keyboard.press('F2');
    await page.keyboard.press('F1');
    sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const first = sheet.getByRole('group').first();
    await first.getByText('this screen').waitFor();
    expect(await first.getByText('Sign out the selected visitor').isVisible()).toBe(true);
    await expectLabelsOnly(page, 'the English F1 sheet');
    await screenshot(page, 'shortcuts-f1-en');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
  });
});
