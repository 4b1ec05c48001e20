import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * 00:30 on Thu 2026-10-08, the first working day after 国庆 (still Oct 7, a holiday, in UTC): a 普通 complaint's
 * 3 working days are Oct 9, the 调休 Saturday Oct 10 and Monday Oct 12 (Sunday rests), due at Monday's opening.
 */
describe('a complaint filed just after midnight on the day after a holiday, in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ at: '2026-10-08T00:30:00+08:00' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('offers and stores the deadline counted from the site day, and numbers it on that day', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('button', { name: '登记投诉' }).click();
    const form = page.getByRole('form', { name: '客户投诉登记表' });
    await form.getByText('按紧急程度默认：2026-10-12 09:30').waitFor();
    await form.getByLabel('顾客姓名').fill('赵女士');
    await form.getByLabel('联系电话').fill('13900001111');
    await form.getByLabel('投诉缘由').fill('国庆期间买的电饭煲不能加热');
    await form.getByLabel('客户要求').fill('退货');
    await screenshot(page, 'complaints-holiday-form');
    await form.getByLabel('顾客姓名').focus();
    await page.keyboard.press('Enter');
    await page.getByText('投诉已登记：TS-XH-20261008-0001').waitFor();
    const detail = page.getByLabel('TS-XH-20261008-0001');
    await detail.getByText('2026-10-12 09:30').first().waitFor();
    expect(await detail.textContent()).toContain('承诺办理期限');
  });
});
