import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

const NAME = '上官遗忘';
const PHONE = '13977770001';

async function searchShows(page: Page, text: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: '搜索', exact: true });
  await box.fill(text);
  await page.getByText(expected).first().waitFor();
  await page.keyboard.press('Escape');
  await box.waitFor({ state: 'hidden' });
}

describe('erasing a customer’s personal data at their request, in Chromium', () => {
  let app: RunningApp;
  let fileId = '';
  let fileNo = '';
  let callId = '';
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    const file = await app.call('customers:create', {
      name: NAME,
      phones: [{ phone: PHONE, note: '手机' }],
      company: '星河花园 5 栋',
      notes: '常来问停车',
    });
    expect(file.ok).toBe(true);
    ({ id: fileId, fileNo } = file.data as { id: string; fileNo: string });
    // The person in another module: a call with their name and number, and both again in its summary.
    const call = await app.call('calls:log', {
      direction: 'incoming',
      phone: PHONE,
      callerName: NAME,
      category: 'enquiry',
      summary: `${NAME}问停车，回电 ${PHONE}`,
    });
    expect(call.ok).toBe(true);
    callId = (call.data as { id: string }).id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor erases the file with a reason and a lead’s PIN; search no longer finds the person', async () => {
    const { page } = app;
    await searchShows(page, NAME, fileNo);
    await page.evaluate(`window.location.hash = '#/customers/${fileId}'`);
    await page.getByRole('heading', { name: new RegExp(NAME) }).waitFor();
    await page.getByRole('button', { name: '删除个人信息' }).click();
    const form = page.getByRole('form', { name: `删除 ${fileNo} 的个人信息` });
    await form.waitFor();
    // No reason: refused at the field.
    await form.getByRole('button', { name: '删除个人信息' }).click();
    await form.getByText('必填').first().waitFor();
    await form.getByRole('textbox', { name: /删除原因/ }).fill('客户 12 月 2 日到前台书面申请删除');
    await form.getByRole('combobox', { name: '审批人' }).selectOption({ label: '李娜 K002 · 领班' });
    // A wrong PIN: refused at the PIN, nothing erased.
    await form.getByLabel('审批人 PIN').fill('9999');
    await form.getByRole('button', { name: '删除个人信息' }).click();
    await form.getByText(/PIN 码错误，还可尝试/).waitFor();
    await screenshot(page, 'customers-forget-dialog');
    const still = await app.call('customers:byPhone', { phone: PHONE });
    expect((still.data as { name: string } | null)?.name).toBe(NAME);
    const stillCall = await app.call('calls:get', { id: callId });
    expect(stillCall.data).toMatchObject({ callerName: NAME, phone: PHONE });
    await form.getByLabel('审批人 PIN').fill('2222');
    await form.getByRole('button', { name: '删除个人信息' }).click();
    await page.getByText(`已删除 ${fileNo} 的个人信息`).waitFor();
    await form.waitFor({ state: 'hidden' });
    await page.getByText(/本档案的个人信息已删除/).waitFor();
    await page.getByText('已匿名化').first().waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    expect(await page.getByText('139****0001').count()).toBe(0);
    expect(await page.getByText('常来问停车').count()).toBe(0);
    expect(await page.getByRole('button', { name: '删除个人信息' }).count()).toBe(0);
    await screenshot(page, 'customers-forgotten');
    await expectLabelsOnly(page, 'forgotten file');
    // Audited on the file: who erased it, the approving lead and the reason.
    const log = page.getByRole('table', { name: '修改记录' });
    const erased = log.getByRole('row', { name: /删除个人信息（客户申请）/ });
    await erased.waitFor();
    const row = (await erased.textContent()) ?? '';
    expect(row).toContain('张伟');
    expect(row).toContain('李娜');
    expect(row).toContain('客户 12 月 2 日到前台书面申请删除');
    expect(await page.getByText(/未通过审计校验/).count()).toBe(0);
    await screenshot(page, 'customers-forgotten-log');
    // The call stays a call, without the person, and its own history verifies and shows only the mask.
    expect((await app.call('calls:get', { id: callId })).data).toMatchObject({ callerName: '***', phone: '' });
    await page.evaluate(`window.location.hash = '#/calls/${callId}'`);
    await page.getByRole('table', { name: '修改记录' }).waitFor();
    await page.getByText('***问停车，回电 ***').first().waitFor();
    expect(await page.getByText(NAME).count()).toBe(0);
    expect(await page.getByText(/13977770001|139\*{4}0001/).count()).toBe(0);
    expect(await page.getByText(/未通过审计校验/).count()).toBe(0);
    await screenshot(page, 'customers-forgotten-call');
    await expectLabelsOnly(page, 'erased call');
    expect((await app.call('audit:verify', {})).data).toMatchObject({ ok: true });
    await searchShows(page, NAME, '没有找到');
    // The number has no file any more: a form would offer 建立客户档案 again.
    expect((await app.call('customers:byPhone', { phone: PHONE })).data).toBeNull();
  });
});
