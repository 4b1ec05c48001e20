import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Two clerks edit one call in two tabs: the second save is refused, says who changed what, shows the call now. */
describe('a stale edit in Chromium', () => {
  let app: RunningApp;
  let second: Page;
  beforeAll(async () => {
    app = await startApp();
    second = await app.page.context().newPage();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const openEdit = async (page: Page) => {
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录', exact: true }).waitFor();
    await page
      .getByRole('cell', { name: /询问停车收费/ })
      .first()
      .click();
    await page.getByRole('button', { name: '修改' }).click();
    return page.getByRole('form', { name: /修改电话记录|DH-XH/ });
  };

  it('refuses 王芳’s save after 李娜 changed the summary, names 李娜 and the field, and shows the current text', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    const logged = await app.call('calls:log', {
      direction: 'incoming',
      phone: '13812345678',
      category: 'enquiry',
      summary: '询问停车收费',
    });
    expect(logged.ok).toBe(true);
    await second.goto(app.url);
    await loginWithKeyboard(second, 'K002', '2222');
    await second.getByLabel('clerk').waitFor();

    // Both open the edit form; 李娜 saves first.
    const mine = await openEdit(page);
    const hers = await openEdit(second);
    await hers.getByRole('textbox', { name: '通话内容' }).fill('询问停车收费和会员积分');
    await hers.getByRole('textbox', { name: '通话内容' }).press('Control+Enter');
    await second.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();

    // 王芳 changes the caller's name on the form she opened before: refused, in the form.
    await mine.getByRole('textbox', { name: '来电人' }).fill('刘先生');
    await mine.getByRole('textbox', { name: '通话内容' }).press('Control+Enter');
    const refusal = mine.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('李娜');
    expect(text).toContain('通话内容');
    await expect
      .poll(() => mine.getByRole('textbox', { name: '通话内容' }).inputValue())
      .toBe('询问停车收费和会员积分');
    await screenshot(page, 'calls-stale-edit');

    // Redone on the current call, it is saved, and 李娜's change stays.
    await mine.getByRole('textbox', { name: '来电人' }).fill('刘先生');
    await mine.getByRole('textbox', { name: '通话内容' }).press('Control+Enter');
    await page.getByText(/已保存 DH-XH-\d{8}-0001/).waitFor();
    const stored = (await app.call('calls:list', {})) as { data?: { rows: { callerName: string; summary: string }[] } };
    expect(stored.data?.rows[0]).toMatchObject({ callerName: '刘先生', summary: '询问停车收费和会员积分' });
  });
});
