import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

async function searchShows(page: Page, text: string, expected: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: '搜索', exact: true });
  await box.fill(text);
  await page.getByText(expected).first().waitFor();
  await page.keyboard.press('Escape');
  await box.waitFor({ state: 'hidden' });
}

describe('a file tied to its units (房号) as owner, resident or tenant, in Chromium', () => {
  let app: RunningApp;
  let fileId = '';
  let fileNo = '';
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    const file = await app.call('customers:create', { name: '司徒房主', phones: [{ phone: '13966660001' }] });
    expect(file.ok).toBe(true);
    ({ id: fileId, fileNo } = file.data as { id: string; fileNo: string });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a clerk links 5 栋 803 as owner by keyboard, a second link is refused, search finds the file by 房号', async () => {
    const { page } = app;
    await page.evaluate(`window.location.hash = '#/customers/${fileId}'`);
    await page.getByRole('heading', { name: /司徒房主/ }).waitFor();
    const add = page.getByRole('form', { name: '关联房号' });
    const unit = add.getByRole('textbox', { name: '房号' });
    // Empty: refused at the field.
    await unit.focus();
    await page.keyboard.press('Enter');
    await add.getByText('必填').waitFor();
    await unit.fill('5 栋 803');
    await page.keyboard.press('Tab');
    await add.getByRole('combobox', { name: '身份' }).selectOption({ label: '业主' });
    // On to 关联房号 and Enter (a select does not submit its form).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('已关联房号 5 栋 803').waitFor();
    const units = page.getByRole('table', { name: '房号' });
    await units.getByRole('row', { name: /5 栋 803.*业主/ }).waitFor();
    // The same unit again, written without spaces: refused, nothing added.
    await unit.fill('5栋803');
    await add.getByRole('combobox', { name: '身份' }).selectOption({ label: '租户' });
    await unit.press('Enter');
    await add.getByText('这份档案已关联房号 5 栋 803；要改身份请先解除').waitFor();
    expect(await units.getByRole('row').count()).toBe(1);
    await unit.fill('9 栋 101');
    await add.getByRole('combobox', { name: '身份' }).selectOption({ label: '住户' });
    await unit.press('Enter');
    await units.getByRole('row', { name: /9 栋 101.*住户/ }).waitFor();
    await screenshot(page, 'customers-units');
    await expectLabelsOnly(page, 'file units');
    // The file's own log names the links by their labels.
    await page.getByText('关联房号（业主）：5 栋 803').waitFor();
    await searchShows(page, '5栋803', fileNo);
    // Ended: off the file, kept on record.
    await units.getByRole('button', { name: '解除房号 9 栋 101' }).click();
    await page.getByText('已解除房号 9 栋 101').waitFor();
    await units.getByRole('row', { name: /9 栋 101/ }).waitFor({ state: 'detached' });
    await page.getByText('解除房号：9 栋 101').waitFor();
    // The writes put the file in place: it was viewed once, when opened, not again after each link.
    expect(await page.getByText('查看档案').count()).toBe(1);
    await screenshot(page, 'customers-units-ended');
    await expectLabelsOnly(page, 'file units ended');
  });

  it('the owner rule puts the owner of a unit on the call list without the 业主 tag', async () => {
    const { page } = app;
    const owner = await app.call('customers:create', { name: '欧阳业主', phones: [{ phone: '13966660002' }] });
    expect(owner.ok).toBe(true);
    const ownerId = (owner.data as { id: string }).id;
    expect((await app.call('customers:linkUnit', { customerId: ownerId, unit: '3 栋 1202', role: 'owner' })).ok).toBe(
      true,
    );
    const tenant = await app.call('customers:create', { name: '慕容租户', phones: [{ phone: '13966660003' }] });
    const tenantId = (tenant.data as { id: string }).id;
    expect((await app.call('customers:linkUnit', { customerId: tenantId, unit: '3 栋 1203', role: 'tenant' })).ok).toBe(
      true,
    );
    expect((await app.call('customers:saveRule', { kind: 'owner_every', months: 3 })).ok).toBe(true);
    await page.evaluate(`window.location.hash = '#/customers/admin'`);
    await page.getByRole('tab', { name: '电话访谈计划表' }).click();
    await page.getByRole('radiogroup', { name: '状态' }).locator('label', { hasText: '全部待访' }).click();
    const list = page.getByRole('table', { name: '电话访谈计划表' });
    await list.getByRole('row', { name: /欧阳业主/ }).waitFor();
    expect(await list.getByRole('row', { name: /慕容租户/ }).count()).toBe(0);
    await screenshot(page, 'customers-units-call-list');
  });
  it("gives an owner's units in the new-file form: a unit given twice is refused at its row, then both saved", async () => {
    const { page } = app;
    await page.evaluate(`window.location.hash = '#/customers'`);
    await page.getByRole('button', { name: '新建档案' }).click();
    const form = page.getByRole('form', { name: '新建客户档案' });
    await form.getByRole('textbox', { name: '姓名' }).fill('上官业主');
    await form.getByRole('textbox', { name: '电话', exact: true }).fill('13966660009');
    await form.getByRole('button', { name: /添加房号/ }).click();
    await form.getByRole('textbox', { name: '房号 1' }).fill('6 栋 1501');
    await form.getByRole('button', { name: /添加房号/ }).click();
    await form.getByRole('textbox', { name: '房号 2' }).fill('6栋1501');
    await form.getByRole('combobox', { name: '身份 2' }).selectOption({ label: '租户' });
    await form.getByRole('button', { name: '保存档案' }).click();
    await form.getByText('房号 6栋1501 填写了两次').waitFor();
    expect((await app.call('customers:list', { text: '上官业主' })).data).toEqual([]);
    await screenshot(page, 'customers-new-units-refused');
    await form.getByRole('textbox', { name: '房号 2' }).fill('8 栋 202');
    await form.getByRole('button', { name: '保存档案' }).click();
    await page
      .getByText(/已建立客户档案/)
      .first()
      .waitFor();
    const units = page.getByRole('table', { name: '房号' });
    await units.getByRole('row', { name: /6 栋 1501.*业主/ }).waitFor();
    await units.getByRole('row', { name: /8 栋 202.*租户/ }).waitFor();
    await page.getByText('关联房号（业主）：6 栋 1501').waitFor();
    await screenshot(page, 'customers-new-units');
    await expectLabelsOnly(page, 'new file with units');
    await searchShows(page, '6栋1501', '上官业主');
  });
});
