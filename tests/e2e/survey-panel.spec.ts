import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLabelsOnly, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A survey answer has its own panel (who answered, when, which form, the answers, the record it is about as a
// link back), reached from the record's link and from the customer file; a return visit's source is a link too.

async function go(page: Page, hash: string) {
  await page.evaluate(`window.location.hash = '${hash}'`);
}

describe('a survey answer on its own panel, in Chromium', () => {
  let app: RunningApp;
  const made = { repair: '', repairSerial: '', survey: '', surveySerial: '', file: '', fileNo: '' };

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    const file = await call<{ id: string; fileNo: string }>('customers:create', {
      name: '司马女士',
      phones: [{ phone: '13966668801' }],
    });
    made.file = file.id;
    made.fileNo = file.fileNo;
    // A rule plans a return visit after each completed repair: the visit's source is the work order.
    const rules = await call<{ kind: string }[]>('customers:rules', {});
    if (!rules.some((r) => r.kind === 'after_repair'))
      await call('customers:saveRule', { kind: 'after_repair', days: 0 });
    const teams = await call<{ id: string }[]>('repairs:teams', {});
    const order = await call<{ id: string; serialNo: string }>('repairs:create', {
      locationKind: 'unit',
      location: '6 栋 502',
      category: 'plumbing_electric',
      urgency: 'normal',
      description: '阳台地漏堵塞',
      reporterName: '司马女士',
      phone: '13966668801',
    });
    made.repair = order.id;
    made.repairSerial = order.serialNo;
    await call('repairs:dispatch', { id: order.id, teamId: teams[0]?.id, note: '' });
    await call('repairs:arrive', { id: order.id });
    await call('repairs:complete', {
      id: order.id,
      workDone: '疏通地漏',
      materials: '',
      fee: '',
      customerConfirmed: true,
    });
    const form = await call<{ id: string; questions: { id: string }[] }>('customers:saveSurveyForm', {
      name: '报修服务评价表',
      questions: [
        { kind: 'satisfaction', text: '对本次维修是否满意' },
        { kind: 'free_text', text: '意见和建议', required: false },
      ],
    });
    const survey = await call<{ id: string; serialNo: string }>('customers:answerSurvey', {
      formId: form.id,
      sourceModule: 'repairs',
      sourceRef: order.id,
      answers: [
        { questionId: form.questions[0]?.id, level: 'fairly_satisfied' },
        { questionId: form.questions[1]?.id, text: '师傅来得很快' },
      ],
    });
    made.survey = survey.id;
    made.surveySerial = survey.serialNo;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('opens the survey from the work order, shows who, when, the form and the answers, and links back', async () => {
    const { page } = app;
    await go(page, `#/repairs/${made.repair}`);
    await page.getByRole('button', { name: `满意度调查 ${made.surveySerial}（已调查）` }).click();
    const panel = page.getByLabel(`满意度调查 ${made.surveySerial}`, { exact: true });
    await panel.getByRole('heading', { name: `满意度调查 ${made.surveySerial}` }).waitFor();
    await panel.getByText('司马女士 139****8801').waitFor();
    await panel.getByText('报修服务评价表').waitFor();
    await panel.getByText('报修完工').waitFor();
    const answers = panel.getByRole('table', { name: '回答' });
    await answers.getByRole('row', { name: '对本次维修是否满意 比较满意' }).waitFor();
    await answers.getByRole('row', { name: '意见和建议 师傅来得很快' }).waitFor();
    await panel.getByRole('button', { name: `客户档案 ${made.fileNo}` }).waitFor();
    // The full number is not on screen.
    expect(await page.getByText('13966668801').count()).toBe(0);
    await screenshot(page, 'survey-panel-from-repair');
    await expectLabelsOnly(page, 'survey panel');
    await panel.getByRole('button', { name: `报修派工 ${made.repairSerial}` }).click();
    await page.getByRole('button', { name: `满意度调查 ${made.surveySerial}（已调查）` }).waitFor();
  });

  it('lists the survey in the customer file and opens its panel from there', async () => {
    const { page } = app;
    await go(page, `#/customers/${made.file}`);
    const list = page.getByLabel('满意度调查', { exact: true });
    await list.getByText(made.repairSerial).waitFor();
    await screenshot(page, 'survey-panel-in-file');
    await list.getByRole('button', { name: `满意度调查 ${made.surveySerial}` }).click();
    const panel = page.getByLabel(`满意度调查 ${made.surveySerial}`, { exact: true });
    await panel.getByText('师傅来得很快').waitFor();
    await panel.getByRole('button', { name: `客户档案 ${made.fileNo}` }).click();
    await page.getByRole('heading', { name: /司马女士/ }).waitFor();
  });

  it('shows an opened return visit’s source as a link that opens it', async () => {
    const { page } = app;
    await go(page, '#/customers/visits');
    const list = page.getByRole('table', { name: '电话访谈计划表' });
    await list.getByRole('row', { name: /司马女士/ }).click();
    const source = page.getByRole('button', { name: `来源：报修派工 ${made.repairSerial}` });
    await source.waitFor();
    await screenshot(page, 'survey-panel-revisit-source');
    await source.click();
    await page.getByRole('button', { name: `满意度调查 ${made.surveySerial}（已调查）` }).waitFor();
  });
});
