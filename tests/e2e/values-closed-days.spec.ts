import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * Tuesday 2026-12-01 at 21:00 in Shanghai, an hour before the weekday closing (22:00). The supervisor makes Wednesday
 * 12-02 a closed day; every deadline the desk offers then skips it and lands on Thursday 12-03. Without the closed
 * day each of them would fall on the Wednesday, so the test fails if any screen ignores the setting.
 */
describe('closed days in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ at: '2026-12-01T21:00:00+08:00' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor adds a closed day; the same day twice is refused at its field and nothing is written', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '营业时间与政策' }).click();
    const form = page.getByRole('form', { name: '闭店日' });
    await form.getByText('尚未设置闭店日').waitFor();
    await form.getByRole('button', { name: '添加闭店日' }).click();
    await form.getByLabel('日期').nth(0).fill('2026-12-02');
    await form.getByLabel('名称').nth(0).fill('设备检修闭店');
    await form.getByRole('button', { name: '添加闭店日' }).click();
    await form.getByLabel('日期').nth(1).fill('2026-12-02');
    await form.getByLabel('名称').nth(1).fill('重复');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('这一天已在闭店日中，请删除重复的一行').waitFor();
    const before = await app.call('settings:closedDays', {});
    expect(before.data).toMatchObject({ version: 0, days: [] });
    await screenshot(page, 'values-closed-days-refused');

    await form.getByRole('button', { name: '删除第 2 个闭店日' }).click();
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').first().waitFor();
    await expect
      .poll(async () => (await app.call('settings:closedDays', {})).data)
      .toMatchObject({ version: 1, days: [{ date: '2026-12-02', name: '设备检修闭店' }] });
    await closeNotifications(page);
    await screenshot(page, 'values-closed-days-saved');
  });

  it("offers a 特急 complaint's 4-hour promise on the next open day: one hour tonight, three on Thursday", async () => {
    const { page } = app;
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('button', { name: '登记投诉' }).click();
    const form = page.getByRole('form', { name: '客户投诉登记表' });
    await form.getByLabel('紧急程度').selectOption({ label: '特急' });
    // 21:00 + 1 h to closing, then 3 h from Thursday's 09:30 opening; Wednesday would have been 12:30 on 12-02.
    await form.getByText('按紧急程度默认：2026-12-03 12:30').waitFor();
    expect(await form.textContent()).not.toContain('2026-12-02 12:30');
    await screenshot(page, 'values-closed-days-complaint');
    // Nothing to keep: close the form, discarding the urgency chosen.
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: '放弃已输入的内容？' });
    await expect.poll(async () => (await discard.isVisible()) || !(await form.isVisible())).toBe(true);
    if (await discard.isVisible()) await discard.getByRole('button', { name: '放弃' }).click();
    await form.waitFor({ state: 'hidden' });
  });

  it('after closing, a deposit left without a pickup time is expected at Thursday closing, not on the closed day', async () => {
    const { page } = app;
    await app.advanceClock(70 * 60_000); // 22:10, the desk has closed
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await page.getByRole('tab', { name: '寄存登记' }).click();
    await page.getByRole('textbox', { name: '寄存人', exact: true }).fill('孙悦');
    await page.getByRole('textbox', { name: '手机号', exact: true }).fill('13900002222');
    await page.getByRole('textbox', { name: '物品描述', exact: true }).fill('行李箱一个');
    await page.getByRole('textbox', { name: '件数', exact: true }).fill('1');
    const select = page.getByRole('combobox', { name: '寄存位置' });
    const value = await select.evaluate(
      (el) =>
        Array.from((el as unknown as { options: ArrayLike<{ text: string; value: string }> }).options).find((o) =>
          o.text.startsWith('G-01'),
        )?.value ?? '',
    );
    await select.selectOption(value);
    expect(await page.getByRole('textbox', { name: '预计取件', exact: true }).inputValue()).toBe('');
    await page.getByRole('textbox', { name: '物品描述', exact: true }).press('Enter');
    const notice = page.getByText(/已寄存，单号 JC-XH-20261201-0001，取件码 \d{6}/);
    await notice.waitFor();
    const row = page.getByRole('row', { name: /JC-XH-20261201-0001/ });
    await row.getByText('2026-12-03 22:00').waitFor();
    expect(await row.textContent()).not.toContain('2026-12-02');
    await closeNotifications(page);
    await screenshot(page, 'values-closed-days-deposit');
  });

  it("a callback's reply-by quick choices after closing fall on Thursday, not the closed day", async () => {
    const { page } = app;
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录', exact: true }).waitFor();
    const form = page.getByRole('form', { name: '登记电话' });
    await form.getByLabel('电话号码').fill('13900003333');
    await form.getByRole('checkbox', { name: '需要回复' }).check();
    const due = form.getByLabel('回复期限');
    // Checking it offers "in 2 hours": from Thursday's 09:30 opening, the desk being shut now and all Wednesday.
    await expect.poll(() => due.inputValue()).toBe('2026-12-03 11:30');
    await form.getByRole('button', { name: '30 分钟' }).click();
    await expect.poll(() => due.inputValue()).toBe('2026-12-03 10:00');
    await form.getByRole('button', { name: '闭店前' }).click();
    await expect.poll(() => due.inputValue()).toBe('2026-12-03 22:00');
    await screenshot(page, 'values-closed-days-callback');
  });
});
