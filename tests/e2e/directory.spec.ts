import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** Ctrl+K, the words a clerk types, and the hit picked from the list (the search's own spotlight). */
async function searchAndOpen(page: Page, text: string, hit: RegExp) {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: '搜索', exact: true });
  await box.fill(text);
  await page.getByRole('button', { name: hit }).first().click();
  await box.waitFor({ state: 'hidden' });
}

describe('shop directory and common answers in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a clerk finds a shop by its pinyin initials with Ctrl+K and reads where it is and until when it is open', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByText('王芳').first().waitFor();
    // 10:00 at the desk: the cinema (09:30 to 01:00) is open, its hit says so.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('wdyc');
    const hit = page.getByRole('button', { name: /万达影城/ }).first();
    await hit.waitFor();
    expect(await hit.textContent()).toContain('休闲娱乐');
    expect(await hit.textContent()).toContain('营业中');
    await screenshot(page, 'directory-search');
    await hit.click();
    await box.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '商户与问答', exact: true }).waitFor();
    const detail = page.getByRole('region', { name: '万达影城' });
    await detail.getByText('5F L5-01').waitFor();
    await detail.getByText('09:30–次日 01:00').waitFor();
    await detail.getByText('021-66082501').waitFor();
    await page.getByRole('row', { name: /万达影城/, selected: true }).waitFor();
    // A clerk reads; only a supervisor edits (no button for a clerk).
    expect(await detail.getByRole('button', { name: '修改' }).count()).toBe(0);
    await screenshot(page, 'directory-shop');
  });

  it('a clerk finds a common answer by its words and copies the canned text', async () => {
    const { page } = app;
    await searchAndOpen(page, '停车', /停车收费/);
    const detail = page.getByRole('region', { name: '停车收费' });
    await detail.getByText(/首小时免费，之后每小时 5 元/).waitFor();
    await page.getByRole('tab', { name: '常见问答', selected: true }).waitFor();
    // The page may write the clipboard (as the desktop app's window may); what it wrote is the answer's text.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await detail.getByRole('button', { name: '复制话术' }).click();
    await page.getByText('已复制话术').first().waitFor();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    expect(copied).toMatch(/^地下停车场在 B2、B3。首小时免费.*15 分钟内离场。$/);
    await screenshot(page, 'directory-answer');
    await closeNotifications(page);
  });

  it('a supervisor adds a shop, refusing a wrong phone and the same opening and closing time, then edits its hours', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '退出登录' }).click();
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByText('张伟').first().waitFor();
    await page.keyboard.press('Alt+0');
    await page.getByRole('textbox', { name: '打开模块' }).fill('商户');
    await page
      .getByRole('button', { name: /商户与问答/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '商户与问答', exact: true }).waitFor();
    await page.getByRole('button', { name: '新增商户' }).click();
    const form = page.getByRole('form', { name: '新增商户' });
    await form.getByRole('textbox', { name: '商户名称' }).fill('喜茶');
    await form.getByRole('combobox', { name: '业态' }).selectOption({ label: '餐饮美食' });
    await form.getByRole('textbox', { name: '楼层' }).fill('3f');
    await form.getByRole('textbox', { name: '铺位号' }).fill('l3-08');
    await form.getByRole('textbox', { name: '联系电话' }).fill('138001380000');
    await form.getByRole('textbox', { name: '开门时间' }).fill('10:00');
    await form.getByRole('textbox', { name: '关门时间' }).fill('10:00');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('关门时间不能与开门时间相同').waitFor();
    const phoneError = await form.getByRole('textbox', { name: '联系电话' }).getAttribute('aria-invalid');
    expect(phoneError).toBe('true');
    await screenshot(page, 'directory-add-refused');
    await form.getByRole('textbox', { name: '联系电话' }).fill('(021) 6608 2308');
    await form.getByRole('textbox', { name: '关门时间' }).fill('22:00');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存商户 喜茶').waitFor();
    const detail = page.getByRole('region', { name: '喜茶' });
    await detail.getByText('3F L3-08').waitFor();
    await detail.getByText('021-66082308').waitFor();
    await closeNotifications(page);
    // The evening hours change: the supervisor edits them.
    await detail.getByRole('button', { name: '修改' }).click();
    const edit = page.getByRole('form', { name: '修改商户 喜茶' });
    await edit.getByRole('textbox', { name: '关门时间' }).fill('22:30');
    await edit.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存商户 喜茶').waitFor();
    await detail.getByText('10:00–22:30').waitFor();
    await page.getByRole('row', { name: /喜茶 3F L3-08 餐饮美食 10:00–22:30/ }).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'directory-edited');
    // The edit is in the search at once: found by its unit.
    await searchAndOpen(page, 'L3-08', /喜茶/);
    await page.getByRole('region', { name: '喜茶' }).getByText('10:00–22:30').waitFor();
  });
});
