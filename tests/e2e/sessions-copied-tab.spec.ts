import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * A tab duplicated, or a window opened from a logged-in one, inherits the tab's storage and with it the clerk's
 * session key: it must ask for a login and PIN, not open straight into that clerk's desk.
 */
describe('a copied tab in browser mode', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('asks the second window for a login; each window keeps its own clerk, across reloads', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    const sessionOf = (p: typeof page) => p.evaluate(() => sessionStorage.getItem('frontDesk.session'));
    const hers = await sessionOf(page);

    // A window opened from 王芳's (as a duplicated tab, it starts with a copy of her tab's storage).
    const [copy] = await Promise.all([
      page.context().waitForEvent('page'),
      page.evaluate('void window.open(window.location.href)'),
    ]);
    await copy.getByRole('heading', { name: '登录前台' }).waitFor();
    await copy.getByText('这个窗口是从另一个前台窗口复制或打开的').waitFor();
    expect(await copy.getByLabel('clerk').count()).toBe(0);
    await screenshot(copy, 'sessions-copied-tab');
    expect(await sessionOf(copy)).not.toBe(hers);

    // 李娜 logs in there; 王芳's window is still hers, and a reload of either keeps its own clerk.
    await loginWithKeyboard(copy, 'K002', '2222');
    await expect.poll(async () => (await copy.getByLabel('clerk').textContent()) ?? '').toContain('李娜');
    await page.reload();
    await expect.poll(async () => (await page.getByLabel('clerk').textContent()) ?? '').toContain('王芳');
    expect(await sessionOf(page)).toBe(hers);
    await copy.reload();
    await expect.poll(async () => (await copy.getByLabel('clerk').textContent()) ?? '').toContain('李娜');
    expect(await copy.getByText('这个窗口是从另一个前台窗口复制或打开的').count()).toBe(0);
  });
});
