import { afterEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

describe('a complaint call becomes a complaint from the phone log', () => {
  // Each test starts its own desk and makes its own call, so one failure stays one failure.
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  /** A fresh desk with 王芳 (K001) logged in. */
  const deskWithClerk = async (): Promise<RunningApp> => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K001', '1111');
    await app.page.getByLabel('clerk').waitFor();
    return app;
  };

  it('offers 转为投诉 on a complaint call and opens the intake form linked to it', async () => {
    const { page } = await deskWithClerk();
    await page.keyboard.press('F3');
    const form = page.getByRole('form', { name: '登记电话' });
    await form.getByLabel('电话号码').fill('13912345678');
    await form.getByLabel('来电人').fill('孙女士');
    await form.getByLabel('类别').selectOption('complaint');
    await form.getByLabel('通话内容').fill('在二楼餐厅用餐后身体不适，要求商场协调处理');
    await form.getByLabel('通话内容').press('Control+Enter');
    const saved = await page.getByText(/已保存 DH-XH-\d{8}-\d{4}/).textContent();
    const serial = saved?.match(/DH-XH-\d{8}-\d{4}/)?.[0] as string;
    await page
      .getByRole('row', { name: /孙女士/ })
      .first()
      .click();
    await page.getByRole('button', { name: '转为投诉' }).click();
    await page.getByText(`电话 ${serial} 转为投诉`).waitFor();
    await screenshot(page, 'complaints-from-call');
    expect(await page.getByRole('heading', { name: '客户投诉', exact: true }).isVisible()).toBe(true);
  });

  it('finds the customer by phone with Ctrl+K and shows their history across modules', async () => {
    const desk = await deskWithClerk();
    const { page } = desk;
    // The complaint call the first test logs on the phone screen, logged through its channel.
    const logged = await desk.call('calls:log', {
      direction: 'incoming',
      phone: '13912345678',
      callerName: '孙女士',
      category: 'complaint',
      summary: '在二楼餐厅用餐后身体不适，要求商场协调处理',
    });
    expect(logged.ok).toBe(true);
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: '搜索', exact: true }).fill('13912345678');
    await page.getByText('查看 13912345678 的客户历史').click();
    const table = page.getByRole('table', { name: '客户历史：13912345678' });
    await table.getByText('电话记录').waitFor();
    // One record row (the call); the timeline also has its header and a group row (已办结与记录).
    expect(
      await table
        .getByRole('row')
        .filter({ hasText: /DH-XH-\d{8}-\d{4}/ })
        .count(),
    ).toBe(1);
    expect(await table.getByRole('row').count()).toBe(3);
    await page.getByRole('textbox', { name: '搜索', exact: true }).waitFor({ state: 'hidden' });
    await screenshot(page, 'search-customer-history');
  });
});
