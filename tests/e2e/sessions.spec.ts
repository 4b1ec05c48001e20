import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Two tabs of one browser-mode desk: each is its own clerk's session, whoever logged in last. */
describe('one clerk per tab in browser mode', () => {
  let app: RunningApp;
  let second: Page;
  beforeAll(async () => {
    app = await startApp();
    second = await app.page.context().newPage();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const clerkIn = async (page: Page) => (await page.getByLabel('clerk').textContent()) ?? '';

  it('keeps 王芳 in her tab while 李娜 logs in and takes over in another', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    // A tab opened after her login sees the login screen, not her desk.
    await second.goto(app.url);
    await second.getByRole('heading', { name: '登录前台' }).waitFor();
    await loginWithKeyboard(second, 'K002', '2222');
    await second.getByLabel('clerk').waitFor();
    expect(await clerkIn(second)).toContain('李娜');

    // 王芳's save, made after 李娜 logged in, is credited to 王芳.
    await page.keyboard.press('F3');
    const form = page.getByRole('form', { name: '登记电话' });
    await form.getByLabel('电话号码').fill('13812345678');
    await form.getByRole('textbox', { name: '通话内容' }).fill('询问停车收费');
    await form.getByRole('textbox', { name: '通话内容' }).press('Control+Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();
    await page.reload();
    await page.getByLabel('clerk').waitFor();
    expect(await clerkIn(page)).toContain('王芳');

    // 李娜's tab locks, and 陈静 takes over there: 王芳's tab is untouched.
    await second.keyboard.press('Control+L');
    await second.getByRole('heading', { name: '屏幕已锁定' }).waitFor();
    expect(await page.getByRole('heading', { name: '屏幕已锁定' }).count()).toBe(0);
    await second.getByRole('combobox', { name: '解锁人' }).fill('K004');
    await second.getByRole('option', { name: /^K004 / }).click();
    await second.getByLabel('PIN 码').fill('4444');
    await second.getByLabel('PIN 码').press('Enter');
    await expect.poll(() => clerkIn(second)).toContain('陈静');
    await second.keyboard.press('F3');
    await second.getByRole('heading', { name: '电话记录', exact: true }).waitFor();
    await second.getByRole('cell', { name: '询问停车收费' }).first().click();
    // The detail credits the call to 王芳 (the only place 王芳 appears in this tab: its header says 陈静).
    await second.locator('text="王芳" >> visible=true').first().waitFor();
    await screenshot(second, 'sessions-second-tab');
    await page.reload();
    await page.getByLabel('clerk').waitFor();
    expect(await clerkIn(page)).toContain('王芳');
  });

  it('recovers a tab opened before the server restarted: the clerk list is there, the clerk logs in again', async () => {
    const { page } = app;
    await app.restartServer();
    await page.reload();
    await page.getByRole('heading', { name: '登录前台' }).waitFor();
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    expect(await clerkIn(page)).toContain('王芳');
    // The other tab, too, without a new address.
    await second.reload();
    await loginWithKeyboard(second, 'K002', '2222');
    await expect.poll(() => clerkIn(second)).toContain('李娜');
  });
});
