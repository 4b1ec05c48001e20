import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// Every screenshot and printout of the suite is checked for codes, field names and ids (harness.ts); this spec opens
// the places that show codes of every module at once: search results, customer history, the shortcuts, English.

describe('labels and shortcuts in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
    const phone = '13700001111';
    const call = await app.call('calls:log', {
      direction: 'incoming',
      phone,
      callerName: '赵先生',
      category: 'repair',
      summary: '电梯异响需要检修',
    });
    const visit = await app.call('reception:register', {
      visitorName: '赵六',
      phone,
      purpose: 'repair',
      repairLocation: 'B1 停车场',
    });
    expect([call.ok, visit.ok]).toEqual([true, true]);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('names categories and purposes by their labels in Ctrl+K results and the customer history', async () => {
    const { page } = app;
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: '搜索' }).fill('13700001111');
    await page.getByText('电梯异响需要检修').first().waitFor();
    // The call's category and the visit's purpose, both 报修, never `repair`.
    expect(await page.getByText(/报修 · 电梯异响需要检修/).count()).toBeGreaterThan(0);
    await expectLabelsOnly(page, 'search results');
    await screenshot(page, 'labels-search');
    await page.getByText('查看 13700001111 的客户历史').click();
    const history = page.getByRole('table', { name: '客户历史：13700001111' });
    await history.getByRole('cell', { name: '电话记录' }).waitFor();
    expect(await history.getByRole('cell', { name: '来访登记' }).count()).toBe(1);
    // The summary cell reads name, then the label and what happened.
    expect(await history.getByRole('cell', { name: /^赵.*报修/ }).count()).toBe(2);
    await screenshot(page, 'labels-customer-history');
  });

  it('opens every module by Alt+number and by name through the picker (Alt+0), as F1 lists', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: '开票申请' }).waitFor();
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: '来访登记' }).first().waitFor();
    await page.keyboard.press('Alt+0');
    await page.getByRole('textbox', { name: '打开模块' }).fill('退换');
    await page.getByRole('button', { name: /退换货/ }).click();
    await page.getByRole('heading', { name: '退换货汇总表' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'modules' });
    expect(await nav.getByText('Alt+5').isVisible()).toBe(true);
    await page.keyboard.press('F1');
    const sheet = page.getByRole('dialog', { name: '快捷键' });
    await sheet.getByText('按名称打开模块').waitFor();
    expect(await sheet.getByText('Alt+0').isVisible()).toBe(true);
    await screenshot(page, 'labels-shortcuts');
    await page.keyboard.press('Escape');
  });

  it('shows the English labels on the English desk, never a code or a field name', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: 'Phone log' }).waitFor();
    await page.getByRole('cell', { name: 'Repair', exact: true }).first().waitFor();
    await screenshot(page, 'labels-calls-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('navigation', { name: 'modules' }).getByText('电话记录').waitFor();
  });
});
