import { afterEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * The first start of a PC with no data, in browser mode: it asks how to start (demo desk, join a desk, new empty
 * desk) instead of filling itself with demo data. Joining over a real site server: sync-new-pc.spec.ts.
 */
describe('first start of a PC with no data', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('starts the demo desk from the keyboard, and its demo clerks log in', async () => {
    app = await startApp({ demo: false });
    const { page } = app;
    await page.getByRole('group', { name: '第一次启动' }).waitFor();
    await screenshot(page, 'first-start-choice');
    // The first choice has the focus: Enter takes it.
    await page.keyboard.press('Enter');
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').getByText('张伟').waitFor();
    await page.getByText('星河广场').first().waitFor();
  });

  it('starts a new empty desk: bad values refused at their field, then its supervisor logs in', async () => {
    app = await startApp({ demo: false });
    const { page } = app;
    await page.getByRole('group', { name: '第一次启动' }).waitFor();
    // Tab to the third choice, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: '新建空白服务台' });
    await form.waitFor();
    await page.keyboard.type('万象城');
    await form.getByLabel('场所代码（2–6 位字母或数字）').fill('w');
    await form.getByLabel('主管姓名').fill('陈静');
    await form.getByLabel('主管工号').fill('S001');
    await form.getByLabel('主管 PIN 码（4–8 位数字）').fill('12');
    await form.getByRole('button', { name: '新建并登录' }).click();
    await form.getByText('PIN 码应为 4 至 8 位数字').waitFor();
    expect(await form.getByText('场所代码应为 2 至 6 位大写字母或数字').count()).toBe(1);
    await screenshot(page, 'first-start-new-refused');
    await form.getByLabel('场所代码（2–6 位字母或数字）').fill('wxc');
    await form.getByLabel('主管 PIN 码（4–8 位数字）').fill('246810');
    await form.getByLabel('主管 PIN 码（4–8 位数字）').press('Enter');
    await loginWithKeyboard(page, 'S001', '246810');
    await page.getByLabel('clerk').getByText('陈静').waitFor();
    await page.getByText('万象城').first().waitFor();
    await screenshot(page, 'first-start-new-desk');
  });
});
