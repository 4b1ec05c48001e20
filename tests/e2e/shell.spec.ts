import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

describe('the desk shell in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('logs in a clerk who starts typing while the clerk list is still on its way', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      // A slow first answer, as on a busy counter PC just after start.
      await page.route('**/api/session*loginClerks*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto(app.url);
      await loginWithKeyboard(page, 'K002', '2222');
      await page.getByLabel('clerk').waitFor({ timeout: 10_000 });
      expect(await page.getByLabel('clerk').textContent()).toContain('李娜');
      // Browser mode has one session, like the desktop app: leave it as found for the tests after this one.
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.getByRole('combobox', { name: '工号 / 姓名' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('refuses a wrong PIN at the field and logs a demo clerk in with the keyboard', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '登录前台' }).waitFor();
    await screenshot(page, 'shell-login');
    await loginWithKeyboard(page, 'K001', '9999');
    await expect.poll(() => page.getByText('PIN 码错误，还可尝试 4 次').isVisible()).toBe(true);
    await page.getByLabel('PIN 码').fill('1111');
    await page.keyboard.press('Enter');
    await page.getByLabel('clerk').waitFor();
    expect(await page.getByLabel('clerk').textContent()).toContain('王芳');
    expect(await page.getByRole('banner').getByText('星河广场', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByText('一楼总服务台', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/当班自 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).isVisible()).toBe(true);
    // The test clock starts on a Tuesday: the header clock names the weekday.
    expect(await page.getByLabel('clock').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} 周二 \d{2}:\d{2}$/);
    const nav = page.getByRole('navigation', { name: 'modules' });
    for (const label of ['来访登记', '电话记录', '物品寄存', '开具发票', '投诉处理', '交接班', '报表', '设置']) {
      expect(await nav.getByText(label, { exact: true }).isVisible()).toBe(true);
    }
    // The home screen is the visitor form: wait for it, so the screenshot shows the desk and not its loader.
    await page.getByRole('combobox', { name: '访客姓名' }).waitFor();
    await screenshot(page, 'shell-home-zh');
  });

  it('opens modules with their function keys and shows the shortcut sheet on F1', async () => {
    const { page } = app;
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录' }).waitFor();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: '快捷键' }).waitFor();
    await screenshot(page, 'shell-cheatsheet');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '快捷键' }).waitFor({ state: 'hidden' });
  });

  it('switches to English and remembers it after a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'modules' }).getByText('Phone log').waitFor();
    await screenshot(page, 'shell-home-en');
    await page.reload();
    await page.getByRole('navigation', { name: 'modules' }).getByText('Phone log').waitFor();
    expect(await page.getByText(/On shift since/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('navigation', { name: 'modules' }).getByText('电话记录').waitFor();
  });

  it('locks with Ctrl+L, refuses a wrong PIN, and another clerk takes over the open shift', async () => {
    const { page } = app;
    const shiftText = await page.getByText(/当班自/).textContent();
    await page.keyboard.press('Control+l');
    await page.getByText('屏幕已锁定').waitFor();
    await screenshot(page, 'shell-locked');
    await page.getByLabel('PIN 码').fill('0000');
    await page.keyboard.press('Enter');
    await page.getByText('PIN 码错误，还可尝试 4 次').waitFor();
    // 李娜 (lead) takes over the desk without closing the shift.
    await page.getByRole('combobox', { name: '解锁人' }).click();
    await page.getByRole('option', { name: /K002 李娜/ }).click();
    await page.getByLabel('PIN 码').fill('2222');
    await page.keyboard.press('Enter');
    await page.getByText('屏幕已锁定').waitFor({ state: 'hidden' });
    expect(await page.getByLabel('clerk').textContent()).toContain('李娜');
    expect(await page.getByText(/当班自/).textContent()).toBe(shiftText);
  });
});
