import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

describe('regular return visits of property owners, in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    for (const [name, phone, tags] of [
      ['业主欧阳', '13988880001', ['业主']],
      ['租户司马', '13988880002', ['租户']],
    ] as const)
      expect((await app.call('customers:create', { name, phones: [{ phone }], company: '5 栋 803', tags })).ok).toBe(
        true,
      );
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a supervisor sets 业主定期回访 every 3 months; owners, and only owners, join the call list', async () => {
    const { page } = app;
    await page.evaluate(`window.location.hash = '#/customers/admin'`);
    const ruleForm = page.getByRole('form', { name: '新增规则' });
    await ruleForm.getByRole('combobox', { name: '规则' }).selectOption({ label: '业主定期回访' });
    // Months, not days, for a regular visit; none is refused at the field.
    expect(await ruleForm.getByRole('textbox', { name: '几天后回访' }).count()).toBe(0);
    await ruleForm.getByRole('textbox', { name: '每几个月' }).fill('0');
    await ruleForm.getByRole('button', { name: '新增规则' }).click();
    await ruleForm.getByText('至少为 1').waitFor();
    await ruleForm.getByRole('textbox', { name: '每几个月' }).fill('3');
    await ruleForm.getByRole('button', { name: '新增规则' }).click();
    await page.getByText('回访规则已保存').waitFor();
    const rules = page.getByRole('table', { name: '回访规则' });
    await rules.getByText('每 3 个月（房号的业主；未关联房号时为标签“业主”的档案）').waitFor();
    await screenshot(page, 'customers-owner-rule');
    await page.getByRole('tab', { name: '电话访谈计划表' }).click();
    await page.getByRole('radiogroup', { name: '状态' }).locator('label', { hasText: '全部待访' }).click();
    const list = page.getByRole('table', { name: '电话访谈计划表' });
    const row = list.getByRole('row', { name: /业主欧阳/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('业主定期回访');
    expect(await list.getByRole('row', { name: /租户司马/ }).count()).toBe(0);
    await screenshot(page, 'customers-owner-call-list');
    await expectLabelsOnly(page, 'owner visits');
  });
});
