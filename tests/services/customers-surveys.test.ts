import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { closeComplaint, resolveComplaint } from '../../electron/services/complaints';
import {
  answerSurvey,
  createFile,
  getSurveyForm,
  listSurveyForms,
  saveSurveyForm,
  surveysOfSource,
} from '../../electron/services/customers';
import { customersReport } from '../../electron/services/customers/report-section';
import { TREND_MONTHS } from '../../electron/services/customers/survey-report';
import { arriveOrder, completeOrder, dispatchOrder } from '../../electron/services/repairs';
import type { Satisfaction } from '../../shared/contract/complaint-fields';
import {
  type AnswerSurveyInput,
  answerSurveyInput,
  createCustomerInput,
  type SurveyFormInput,
  surveyFormInput,
} from '../../shared/contract/customers';
import { completeRepairInput } from '../../shared/contract/repairs';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder } from '../helpers/repairs';
import { refusal } from '../helpers/storage';
import { firstDepartment, resolveArgs, toInProgress } from './complaints-helpers';

const questions: SurveyFormInput['questions'] = [
  { kind: 'satisfaction', text: '对本次服务是否满意' },
  { kind: 'choice', text: '服务人员是否准时', options: ['准时', '迟到'] },
  { kind: 'free_text', text: '意见和建议', required: false },
];

const form = (desk: TestDesk, input: Partial<SurveyFormInput> = {}) =>
  saveSurveyForm(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    surveyFormInput.parse({ name: '售后服务评价表', questions, ...input }),
  );

const answer = (desk: TestDesk, input: AnswerSurveyInput) =>
  answerSurvey(desk.ctx, desk.clerkByRole('clerk'), answerSurveyInput.parse(input));

const answersFor = (
  f: ReturnType<typeof form>,
  level: Satisfaction = 'satisfied',
  choice = '准时',
  text = '',
): AnswerSurveyInput['answers'] => [
  { questionId: f.questions[0]?.id ?? '', level },
  { questionId: f.questions[1]?.id ?? '', choice },
  { questionId: f.questions[2]?.id ?? '', text },
];

function completedRepair(desk: TestDesk, complete = true) {
  const team = addTeam(desk);
  const clerk = desk.clerkByRole('clerk');
  const order = fileOrder(desk, { phone: '13912345678' });
  dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
  arriveOrder(desk.ctx, clerk, { id: order.id });
  if (complete)
    completeOrder(
      desk.ctx,
      clerk,
      completeRepairInput.parse({ id: order.id, workDone: '换阀门', materials: '', fee: '', customerConfirmed: true }),
    );
  return order;
}

const rows = (desk: TestDesk, table: string) =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe('satisfaction questionnaires', () => {
  it('keeps a question id when its text is edited, and refuses a choice without options or a duplicate name', async () => {
    const desk = await freshDesk();
    const saved = form(desk);
    expect(saved.questions.map((q) => q.kind)).toEqual(['satisfaction', 'choice', 'free_text']);
    const [first, second] = saved.questions;
    const edited = form(desk, {
      id: saved.id,
      version: saved.version,
      questions: [{ ...first, text: '对维修服务是否满意' }, second].map((q) => ({
        ...q,
      })) as SurveyFormInput['questions'],
    });
    expect(edited.questions.map((q) => q.id)).toEqual([first?.id, second?.id]);
    expect(getSurveyForm(desk.ctx, saved.id).questions[0]?.text).toBe('对维修服务是否满意');
    expect(
      surveyFormInput.safeParse({ name: 'x', questions: [{ kind: 'choice', text: '?', options: ['只有一个'] }] }).error
        ?.issues[0]?.message,
    ).toBe('errors.surveyOptionsTooFew');
    expect(surveyFormInput.safeParse({ name: 'x', questions: [] }).error?.issues[0]?.message).toBe(
      'errors.surveyNoQuestions',
    );
    expect(refusal(() => form(desk)).messageKey).toBe('errors.surveyFormTaken');
    // A question id the form never had (a stale screen) is refused, not silently added.
    expect(
      refusal(() =>
        form(desk, {
          id: saved.id,
          version: edited.version,
          questions: [{ id: '00000000-0000-4000-8000-000000000000', kind: 'free_text', text: '?' }],
        }),
      ).messageKey,
    ).toBe('errors.surveyQuestionUnknown');
    form(desk, { id: saved.id, version: edited.version, active: false });
    expect(listSurveyForms(desk.ctx, false)).toEqual([]);
    expect(listSurveyForms(desk.ctx, true)).toHaveLength(1);
  });
});

describe('answering a survey', () => {
  it('records a survey of a completed repair with the team that served it and the customer file of that number', async () => {
    const desk = await freshDesk();
    const customer = createFile(
      desk.ctx,
      desk.clerkByRole('clerk'),
      createCustomerInput.parse({ name: '陈先生', phones: [{ phone: '13912345678' }] }),
    );
    const f = form(desk);
    const order = completedRepair(desk);
    const before = rows(desk, 'audit_log');
    const done = answer(desk, {
      formId: f.id,
      sourceModule: 'repairs',
      sourceRef: order.id,
      answers: answersFor(f, 'dissatisfied', '迟到', '等了两个小时'),
    });
    expect(done).toMatchObject({
      sourceModule: 'repairs',
      sourceSerial: order.serialNo,
      unitName: '工程部水电班',
      phoneMasked: '139****5678',
    });
    expect(done.serialNo).toMatch(/^DC/);
    expect(done.answers.map((a) => [a.kind, a.level, a.choice, a.text])).toEqual([
      ['satisfaction', 'dissatisfied', '', ''],
      ['choice', null, '迟到', ''],
      ['free_text', null, '', '等了两个小时'],
    ]);
    expect(desk.ctx.sqlite.prepare('select customer_id from survey_responses').pluck().get()).toBe(customer.id);
    // One response and three answers, each with its audit entry, in one transaction.
    expect(rows(desk, 'audit_log') - before).toBe(4);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    expect(surveysOfSource(desk.ctx, 'repairs', order.id).map((s) => s.id)).toEqual([done.id]);
    // Once per questionnaire and record.
    expect(
      refusal(() =>
        answer(desk, { formId: f.id, sourceModule: 'repairs', sourceRef: order.id, answers: answersFor(f) }),
      ).messageKey,
    ).toBe('errors.surveyAnsweredAlready');
  });

  it('refuses a survey of a repair not completed or a complaint not closed, and writes nothing', async () => {
    const desk = await freshDesk();
    const f = form(desk);
    const open = completedRepair(desk, false);
    const complaint = toInProgress(desk);
    const before = rows(desk, 'audit_log');
    expect(
      refusal(() => answer(desk, { formId: f.id, sourceModule: 'repairs', sourceRef: open.id, answers: answersFor(f) }))
        .messageKey,
    ).toBe('errors.surveySourceNotDone');
    expect(
      refusal(() =>
        answer(desk, { formId: f.id, sourceModule: 'complaints', sourceRef: complaint.id, answers: answersFor(f) }),
      ).messageKey,
    ).toBe('errors.surveySourceNotDone');
    expect(rows(desk, 'survey_responses') + rows(desk, 'survey_answers')).toBe(0);
    expect(rows(desk, 'audit_log')).toBe(before);
    // Closed, it may be surveyed, with the department it was assigned to.
    const clerk = desk.clerkByRole('clerk');
    resolveComplaint(desk.ctx, clerk, resolveArgs(complaint.id, desk));
    closeComplaint(desk.ctx, clerk, { id: complaint.id, noReturnVisitReason: '现场已确认' });
    const department = desk.ctx.sqlite
      .prepare('select name from departments where id = ?')
      .pluck()
      .get(firstDepartment(desk));
    expect(
      answer(desk, { formId: f.id, sourceModule: 'complaints', sourceRef: complaint.id, answers: answersFor(f) }),
    ).toMatchObject({ sourceSerial: complaint.serialNo, unitName: department });
  });

  it('refuses a required question left out, an option not on the form, an unknown question and an inactive form', async () => {
    const desk = await freshDesk();
    const f = form(desk);
    const counter = (answers: AnswerSurveyInput['answers']) =>
      refusal(() => answer(desk, { formId: f.id, sourceModule: 'counter', name: '路过的顾客', answers }));
    const [level, choice] = answersFor(f);
    if (!level || !choice) throw new Error('no answers');
    expect(counter([choice])).toMatchObject({ messageKey: 'errors.surveyAnswerMissing', field: 'answers.0' });
    expect(counter([level, { questionId: f.questions[1]?.id ?? '', choice: '很快' }])).toMatchObject({
      messageKey: 'errors.surveyChoiceUnknown',
      field: 'answers.1',
    });
    expect(
      counter([...answersFor(f), { questionId: '00000000-0000-4000-8000-000000000000', text: '?' }]).messageKey,
    ).toBe('errors.surveyQuestionUnknown');
    expect(
      answerSurveyInput.safeParse({ formId: f.id, sourceModule: 'repairs', answers: [] }).error?.issues[0]?.message,
    ).toBe('errors.surveySourceRequired');
    expect(rows(desk, 'survey_responses')).toBe(0);
    // The free text is optional: at the counter, without it, the survey is kept.
    const kept = answer(desk, {
      formId: f.id,
      sourceModule: 'counter',
      name: '路过的顾客',
      answers: [level, choice],
    });
    expect(kept.answers).toHaveLength(2);
    form(desk, { id: f.id, version: f.version, active: false });
    expect(counter(answersFor(f)).messageKey).toBe('errors.surveyFormInactive');
  });
});

describe('survey results in the reports', () => {
  it('reports satisfaction per source, team and question, the trend by month and the comments of the unhappy', async () => {
    const desk = await freshDesk();
    const f = form(desk);
    const order = completedRepair(desk);
    answer(desk, {
      formId: f.id,
      sourceModule: 'repairs',
      sourceRef: order.id,
      answers: answersFor(f, 'very_dissatisfied', '迟到', '等了两个小时'),
    });
    answer(desk, { formId: f.id, sourceModule: 'counter', answers: answersFor(f, 'satisfied', '准时', '很好') });
    answer(desk, { formId: f.id, sourceModule: 'counter', answers: answersFor(f, 'fairly_satisfied') });
    const now = desk.clock.now();
    // November 2026 in Shanghai, the month of the test clock.
    const period = {
      from: Date.UTC(2026, 9, 31, 16),
      to: Date.UTC(2026, 10, 30, 16),
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    };
    const report = customersReport.compile(desk.ctx, period);
    const figure = (key: string) => report.figures.find((x) => x.key === `reports.customers.${key}`)?.value;
    expect(figure('surveys')).toBe(3);
    expect(figure('surveyRate')).toBeCloseTo(2 / 3);
    expect(report.breakdowns.find((b) => b.key === 'reports.customers.surveyLevels')?.rows).toEqual([
      { key: 'fairly_satisfied', count: 1 },
      { key: 'satisfied', count: 1 },
      { key: 'very_dissatisfied', count: 1 },
    ]);
    const table = (key: string) => report.tables?.find((x) => x.key === `reports.customers.${key}`)?.rows;
    expect(table('surveyBySource')).toEqual([
      { key: 'counter', values: [2, 2, 0, 1] },
      { key: 'repairs', values: [1, 0, 1, 0] },
    ]);
    // The counter has no team: only the repair team is a row.
    expect(table('surveyByUnit')).toEqual([{ key: '工程部水电班', values: [1, 0, 1, 0] }]);
    expect(table('surveyByQuestion')?.map((r) => [r.label, r.values[0]])).toEqual([['对本次服务是否满意', 3]]);
    const trend = report.trends?.[0]?.points ?? [];
    expect(trend.map((p) => p.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(trend).toHaveLength(TREND_MONTHS);
    expect(trend.at(-1)).toMatchObject({ count: 3 });
    expect(trend.slice(0, -1).every((p) => p.count === 0)).toBe(true);
    // Only the free text of the survey rated 非常不满意, not the happy customer's 很好.
    expect(report.notes?.[0]?.rows.map((r) => [r.tag, r.text, r.ref.startsWith('DC')])).toEqual([
      ['very_dissatisfied', '等了两个小时', true],
    ]);
    // The month before has none of it.
    const before = customersReport.compile(desk.ctx, {
      ...period,
      from: Date.UTC(2026, 8, 30, 16),
      to: Date.UTC(2026, 9, 31, 16),
    });
    expect(before.figures.find((x) => x.key === 'reports.customers.surveys')?.value).toBe(0);
    expect(before.notes?.[0]?.rows).toEqual([]);
  });
});
