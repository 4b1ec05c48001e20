import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { logCall } from '../../electron/services/calls';
import {
  answerSurvey,
  createFile,
  fileByPhone,
  forgetFile,
  loadFile,
  mergeFiles,
  planRevisit,
  saveSurveyForm,
} from '../../electron/services/customers';
import { searchRecords } from '../../electron/services/search/query';
import { logCallInput } from '../../shared/contract/calls';
import {
  answerSurveyInput,
  type CreateCustomerInput,
  createCustomerInput,
  type ForgetCustomerInput,
  forgetCustomerInput,
  mergeCustomersInput,
  planRevisitInput,
  surveyFormInput,
} from '../../shared/contract/customers';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { refusal } from '../helpers/storage';

const DAY = 24 * 3600 * 1000;

const create = (desk: TestDesk, input: Partial<CreateCustomerInput> = {}) =>
  createFile(
    desk.ctx,
    desk.clerkByRole('clerk'),
    createCustomerInput.parse({
      name: '周杰',
      phones: [
        { phone: '13912345678', note: '手机' },
        { phone: '021 5550 1234', note: '单位' },
      ],
      company: '星河物业 3 栋',
      tags: ['业主'],
      notes: '周杰的孩子在 3 栋上学',
      preferredContactTime: '工作日晚上',
      consent: { method: 'in_person', scope: '姓名、电话', purpose: '回访' },
      ...input,
    }),
  );

const forgetArgs = (desk: TestDesk, id: string, extra: Partial<ForgetCustomerInput> = {}) =>
  forgetCustomerInput.parse({
    id,
    version: loadFile(desk.ctx, id).version,
    reason: '客户来电要求删除个人信息',
    approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
    ...extra,
  });

const forget = (desk: TestDesk, id: string, extra: Partial<ForgetCustomerInput> = {}) =>
  forgetFile(desk.ctx, desk.clerkByRole('supervisor'), forgetArgs(desk, id, extra));

const count = (desk: TestDesk, sql: string, ...params: unknown[]) =>
  desk.ctx.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** A file with everything this module keeps about a person: a survey at the counter, a planned visit, a call. */
function personWithRecords(desk: TestDesk) {
  const file = create(desk);
  const clerk = desk.clerkByRole('clerk');
  const form = saveSurveyForm(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    surveyFormInput.parse({ name: '前台满意度', questions: [{ kind: 'satisfaction', text: '对服务是否满意' }] }),
  );
  const survey = answerSurvey(
    desk.ctx,
    clerk,
    answerSurveyInput.parse({
      formId: form.id,
      sourceModule: 'counter',
      name: '周杰',
      phone: '13912345678',
      answers: [{ questionId: form.questions[0]?.id, level: 'dissatisfied' }],
    }),
  );
  const plan = planRevisit(
    desk.ctx,
    clerk,
    planRevisitInput.parse({ customerId: file.id, dueAt: desk.clock.now() + 3 * DAY, reason: '季度回访' }),
  );
  const call = logCall(
    desk.ctx,
    clerk,
    logCallInput.parse({
      direction: 'incoming',
      phone: '13912345678',
      callerName: '周杰',
      category: 'enquiry',
      summary: '问停车',
    }),
  );
  return { file, survey, plan, call };
}

describe('the right to be forgotten (删除个人信息)', () => {
  it('blanks the file, its numbers, its surveys and visits, and search no longer finds the person', async () => {
    const desk = await freshDesk();
    const { file, survey, plan, call } = personWithRecords(desk);
    expect(searchRecords(desk.ctx.sqlite, '周杰', 20).map((h) => h.entityId)).toContain(file.id);
    const answers = count(desk, 'select count(*) from survey_answers');

    const after = forget(desk, file.id);

    expect(after).toMatchObject({
      fileNo: file.fileNo,
      status: 'forgotten',
      name: '',
      company: '',
      tags: [],
      notes: '',
      preferredContactTime: '',
      phones: [],
      history: [],
      open: [],
    });
    // The consent record proves the data was kept lawfully; it names nobody and stays.
    expect(after.consent).toMatchObject({ method: 'in_person', purpose: '回访' });
    const row = desk.ctx.sqlite.prepare('select forgotten_at, forgotten_by from customers where id = ?').get(file.id);
    expect(row).toEqual({ forgotten_at: desk.clock.now(), forgotten_by: desk.clerkByRole('lead').clerkId });
    expect(
      count(desk, "select count(*) from customer_phones where customer_id = ? and (phone <> '' or active)", file.id),
    ).toBe(0);
    expect(
      desk.ctx.sqlite.prepare('select name, phone, customer_id from survey_responses where id = ?').get(survey.id),
    ).toEqual({ name: '', phone: '', customer_id: file.id });
    // Counts stay: the answers are still there for the monthly report.
    expect(count(desk, 'select count(*) from survey_answers')).toBe(answers);
    expect(
      desk.ctx.sqlite.prepare('select name, phone, status, cancel_reason from revisit_plans where id = ?').get(plan.id),
    ).toEqual({ name: '', phone: '', status: 'cancelled', cancel_reason: '客户来电要求删除个人信息' });
    // Search: not by name, pinyin or number any more; the file number still names the record.
    for (const text of ['周杰', 'zj', '5678', '13912345678', '5550', '星河物业'])
      expect(searchRecords(desk.ctx.sqlite, text, 50).map((h) => h.entityId)).not.toContain(file.id);
    expect(searchRecords(desk.ctx.sqlite, file.fileNo, 5).map((h) => h.entityId)).toContain(file.id);
    // The number is free: a later file for it is a new one, and the call stays a call (records of other modules stay).
    expect(fileByPhone(desk.ctx, '13912345678')).toBeNull();
    expect(create(desk, { name: '李雷', phones: [{ phone: '13912345678' }] }).status).toBe('active');
    expect(count(desk, 'select count(*) from calls where id = ?', call.id)).toBe(1);
    // The states kept beside the log for other counters no longer hold the name, notes or numbers either.
    const kept = (text: string) =>
      count(
        desk,
        `select count(*) from sync_event_states s join audit_log a on a.seq = s.seq
         where a.entity in ('customers', 'customerPhones', 'surveyResponses', 'revisitPlans') and a.entity_id in (?, ?, ?)
           and s.state like ?`,
        file.id,
        survey.id,
        plan.id,
        `%${text}%`,
      );
    expect(kept('孩子')).toBe(0);
    expect(kept('13912345678')).toBe(0);
    // Audited: each change carries the reason, and the request itself names the approving lead.
    const history = auditHistory(desk.ctx.sqlite, 'customers', file.id);
    expect(history.some((e) => e.action === 'status' && e.note === '客户来电要求删除个人信息')).toBe(true);
    expect(history.find((e) => e.note === 'forgotten')?.changes).toMatchObject({
      fileNo: file.fileNo,
      approver: desk.clerkByRole('lead').clerkId,
      reason: '客户来电要求删除个人信息',
      // The file, the survey, the planned visit and the call (erased in the calls module too).
      count: 4,
    });
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('keeps the states beside the log holding the person before the erasure (so the blanking above is real)', async () => {
    const desk = await freshDesk();
    const { file } = personWithRecords(desk);
    const states = count(
      desk,
      `select count(*) from sync_event_states s join audit_log a on a.seq = s.seq
       where a.entity = 'customers' and a.entity_id = ? and s.state like '%孩子%'`,
      file.id,
    );
    expect(states).toBeGreaterThan(0);
  });

  it('forgets the files merged into the one forgotten, too', async () => {
    const desk = await freshDesk();
    const keep = create(desk);
    const other = create(desk, { name: '周杰', phones: [{ phone: '13800001111' }], notes: '旧档案', consent: null });
    mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({
        keepId: keep.id,
        mergeId: other.id,
        approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
      }),
    );
    forget(desk, keep.id);
    expect(loadFile(desk.ctx, other.id)).toMatchObject({ status: 'forgotten', name: '', notes: '' });
    expect(count(desk, "select count(*) from customer_phones where phone = '13800001111'")).toBe(0);
    expect(searchRecords(desk.ctx.sqlite, '13800001111', 10).map((h) => h.entityId)).not.toContain(other.id);
  });

  it('refuses without a reason, without a lead’s PIN, twice, and on a file merged away; nothing is written', async () => {
    const desk = await freshDesk();
    const file = create(desk);
    const args = {
      id: file.id,
      version: file.version,
      approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: '2222' },
    };
    expect(forgetCustomerInput.safeParse({ ...args, reason: '  ' }).error?.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'errors.required',
    });
    // A wrong PIN is logged itself (core); the file's records get no entry.
    const ofFile = "select count(*) from audit_log where entity in ('customers', 'customerPhones')";
    const entries = count(desk, ofFile);
    const clerk = { clerkId: desk.clerkByRole('clerk').clerkId, pin: demoPin('clerk') };
    expect(refusal(() => forget(desk, file.id, { approval: clerk }))).toMatchObject({
      messageKey: 'errors.approverRole',
    });
    const wrongPin = { clerkId: desk.clerkByRole('lead').clerkId, pin: '9999' };
    expect(refusal(() => forget(desk, file.id, { approval: wrongPin })).messageKey).toMatch(/pin/i);
    expect(loadFile(desk.ctx, file.id)).toMatchObject({ status: 'active', name: '周杰' });
    expect(count(desk, ofFile)).toBe(entries);

    forget(desk, file.id);
    expect(refusal(() => forget(desk, file.id))).toMatchObject({ messageKey: 'errors.customerForgotten' });

    const keep = create(desk, { name: '王五', phones: [{ phone: '13700001111' }], consent: null });
    const other = create(desk, { name: '王五', phones: [{ phone: '13700002222' }], consent: null });
    mergeFiles(
      desk.ctx,
      desk.clerkByRole('clerk'),
      mergeCustomersInput.parse({
        keepId: keep.id,
        mergeId: other.id,
        approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
      }),
    );
    expect(refusal(() => forget(desk, other.id))).toMatchObject({
      messageKey: 'errors.customerMerged',
      params: { fileNo: keep.fileNo },
    });
    expect(loadFile(desk.ctx, other.id).name).toBe('王五');
  });
});
