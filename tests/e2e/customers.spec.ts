import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeNotifications,
  expectLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  startApp,
} from './harness';

const PHONE = '13912345678';

async function go(page: Page, hash: string) {
  await page.evaluate(`window.location.hash = '${hash}'`);
}

describe('customer files and return visits in Chromium', () => {
  let app: RunningApp;
  let callId = '';
  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    const call = await app.call('calls:log', {
      direction: 'incoming',
      phone: PHONE,
      callerName: '陈先生',
      category: 'repair',
      summary: '厨房水管漏水',
    });
    expect(call.ok).toBe(true);
    callId = (call.data as { id: string }).id;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('creates a customer file from a call only when the clerk chooses it', async () => {
    const { page } = app;
    await go(page, `#/calls/${callId}`);
    await page.getByRole('button', { name: '建立客户档案' }).click();
    const form = page.getByRole('form', { name: '新建客户档案' });
    await form.waitFor();
    expect(await form.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('陈先生');
    expect(await form.getByRole('textbox', { name: '电话', exact: true }).inputValue()).toBe(PHONE);
    await form.getByRole('combobox', { name: '客户等级' }).selectOption({ label: 'VIP' });
    await form.getByRole('textbox', { name: '单位/公司' }).fill('3 栋 1202 业主');
    await form.getByRole('textbox', { name: '方便联系时间' }).fill('工作日 18:00 后');
    // A second number typed wrong is refused at its field, nothing saved.
    await form.getByRole('button', { name: '添加号码' }).click();
    await form.getByRole('textbox', { name: '电话 2' }).fill('1380000');
    await form.getByRole('checkbox', { name: /已告知并取得客户同意/ }).check();
    await form.getByRole('button', { name: '保存档案' }).click();
    await form.getByText(/手机号应为 11 位/).waitFor();
    await form.getByRole('textbox', { name: '电话 2' }).fill('021 5550 1234');
    await form.getByRole('button', { name: '保存档案' }).click();
    await page.getByText(/已建立客户档案 KH-XH-/).waitFor();
    await page.getByRole('heading', { name: /陈先生/ }).waitFor();
    await page.getByText('139****5678').first().waitFor();
    await page.getByText(/当面口头同意/).waitFor();
    // The call it came from is in the file's history.
    await page
      .getByRole('table', { name: /服务记录/ })
      .getByText('陈先生')
      .waitFor();
    await closeNotifications(page);
    await screenshot(page, 'customers-file');
    await expectLabelsOnly(page, 'customer file');
    // The call now offers the file instead of a second one.
    await go(page, `#/calls/${callId}`);
    await page.getByRole('button', { name: /客户档案 KH-XH-/ }).waitFor();
  });

  it('plans a return visit by a supervisor’s rule and works the day’s call list', async () => {
    const { page } = app;
    const teams = await app.call('repairs:teams', {});
    const teamId = (teams.data as { id: string }[])[0]?.id;
    const order = await app.call('repairs:create', {
      locationKind: 'unit',
      location: '3 栋 1202',
      category: 'plumbing_electric',
      urgency: 'normal',
      description: '厨房水管漏水',
      reporterName: '陈先生',
      phone: PHONE,
    });
    const id = (order.data as { id: string }).id;
    for (const [channel, input] of [
      ['repairs:dispatch', { id, teamId, note: '' }],
      ['repairs:arrive', { id }],
      ['repairs:complete', { id, workDone: '更换阀门', materials: '', fee: '', customerConfirmed: true }],
    ] as const)
      expect((await app.call(channel, input)).ok).toBe(true);
    await go(page, '#/customers/admin');
    const ruleForm = page.getByRole('form', { name: '新增规则' });
    await ruleForm.getByRole('combobox', { name: '规则' }).selectOption({ label: '报修完工后' });
    await ruleForm.getByRole('textbox', { name: '几天后回访' }).fill('0');
    await ruleForm.getByRole('textbox', { name: '最多拨打次数' }).fill('0');
    await ruleForm.getByRole('button', { name: '新增规则' }).click();
    await ruleForm.getByText('至少为 1').waitFor();
    await ruleForm.getByRole('textbox', { name: '最多拨打次数' }).fill('3');
    await ruleForm.getByRole('button', { name: '新增规则' }).click();
    await page.getByText('回访规则已保存').waitFor();
    await page.getByRole('table', { name: '回访规则' }).getByText('报修完工后').waitFor();
    await closeNotifications(page);
    await screenshot(page, 'customers-rules');
    await page.getByRole('tab', { name: '电话访谈计划表' }).click();
    const list = page.getByRole('table', { name: '电话访谈计划表' });
    const row = list.getByRole('row', { name: /陈先生/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('工作日 18:00 后');
    await row.click();
    const callForm = page.getByRole('form', { name: /回访 HF-XH-/ });
    expect(await callForm.getByRole('radio', { name: '已接通' }).isChecked()).toBe(true);
    await callForm.getByRole('button', { name: '记录回访电话' }).click();
    await callForm.getByText('接通后须记录客户满意度').waitFor();
    await callForm.getByRole('combobox', { name: '满意度' }).selectOption({ label: '比较满意' });
    await callForm.getByRole('textbox', { name: '记录' }).fill('水管没有再漏，师傅很及时');
    await closeNotifications(page);
    await screenshot(page, 'customers-call-list');
    await callForm.getByRole('button', { name: '记录回访电话' }).click();
    await page.getByText(/已记录，电话记录 DH-XH-/).waitFor();
    await list.getByRole('row', { name: /陈先生/ }).waitFor({ state: 'detached' });
    await page.getByRole('radiogroup', { name: '状态' }).locator('label', { hasText: '已结束' }).click();
    await list
      .getByRole('row', { name: /陈先生/ })
      .getByText('已回访')
      .waitFor();
    await expectLabelsOnly(page, 'call list');
    // The call is in the phone log as an outgoing call.
    const calls = await app.call('calls:list', { direction: 'outgoing' });
    expect(JSON.stringify(calls.data)).toContain('比较满意');
  });

  it('answers a satisfaction survey of the visit made, on a questionnaire the supervisor wrote', async () => {
    const { page } = app;
    await go(page, '#/customers/admin');
    const editor = page.getByRole('form', { name: '编辑问卷' });
    await editor.getByRole('textbox', { name: '问卷名称' }).fill('回访满意度调查');
    await editor.getByRole('textbox', { name: '问题 1' }).fill('对维修服务是否满意');
    await editor.getByRole('button', { name: '添加问题' }).click();
    await editor.getByRole('combobox', { name: '题型' }).nth(1).selectOption({ label: '单选' });
    await editor.getByRole('textbox', { name: '问题 2' }).fill('师傅是否准时');
    // A single choice without two options is refused at its field.
    await editor.getByRole('button', { name: '保存问卷' }).click();
    await editor.getByText('单选题至少要有两个选项').waitFor();
    await editor.getByRole('textbox', { name: '选项' }).fill('准时，迟到');
    await editor.getByRole('button', { name: '添加问题' }).click();
    await editor.getByRole('combobox', { name: '题型' }).nth(2).selectOption({ label: '意见（文字）' });
    await editor.getByRole('textbox', { name: '问题 3' }).fill('意见和建议');
    await editor.getByRole('checkbox', { name: '必答' }).nth(2).uncheck();
    await editor.getByRole('button', { name: '保存问卷' }).click();
    await page.getByText('问卷 回访满意度调查 已保存').waitFor();
    await page.getByRole('table', { name: '满意度问卷' }).getByText('3 个问题').waitFor();
    await closeNotifications(page);
    await screenshot(page, 'customers-questionnaire');
    await page.getByRole('tab', { name: '电话访谈计划表' }).click();
    await page.getByRole('radiogroup', { name: '状态' }).locator('label', { hasText: '已结束' }).click();
    await page
      .getByRole('table', { name: '电话访谈计划表' })
      .getByRole('row', { name: /陈先生/ })
      .click();
    const survey = page.getByRole('form', { name: /回访 HF-XH-.* 的满意度调查/ });
    await survey.getByRole('button', { name: '保存调查' }).click();
    await survey.getByText('请回答「对维修服务是否满意」').waitFor();
    await survey.getByRole('combobox', { name: '对维修服务是否满意' }).selectOption({ label: '不满意' });
    await survey.getByRole('combobox', { name: '师傅是否准时' }).selectOption({ label: '迟到' });
    await survey.getByRole('textbox', { name: '意见和建议（选答）' }).fill('师傅迟到了半小时');
    await survey.getByRole('button', { name: '保存调查' }).click();
    await page.getByText(/满意度调查 DC-XH-\S+ 已保存/).waitFor();
    await survey.getByText(/已调查 DC-XH-/).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'customers-survey');
    await expectLabelsOnly(page, 'survey');
  });

  it('shows the visits, the surveys and their satisfaction in the monthly report', async () => {
    const { page } = app;
    await page.keyboard.press('F10');
    await page.getByRole('heading', { name: '报表' }).waitFor();
    const section = page.getByRole('table', { name: '客户档案' });
    await section
      .getByRole('row', { name: /完成回访/ })
      .getByText('1')
      .waitFor();
    await page.getByText('回访满意度').first().waitFor();
    await page.getByRole('table', { name: '满意度（按调查对象）' }).getByRole('row', { name: /回访/ }).waitFor();
    await page.getByRole('table', { name: '满意度（按部门/班组）' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('table', { name: '不满意客户的意见' }).getByText('师傅迟到了半小时').waitFor();
    await page.getByLabel('满意率走势（近六个月）').waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'customers-report');
  });
});
