import { describe, expect, it } from 'vitest';
import {
  answerSurvey,
  createFile,
  getSurveyResponse,
  loadFile,
  saveSurveyForm,
} from '../../electron/services/customers';
import { arriveOrder, completeOrder, dispatchOrder } from '../../electron/services/repairs';
import {
  type AnswerSurveyInput,
  answerSurveyInput,
  createCustomerInput,
  customersContract,
  surveyFormInput,
} from '../../shared/contract/customers';
import { completeRepairInput } from '../../shared/contract/repairs';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder } from '../helpers/repairs';
import { refusal } from '../helpers/storage';

// A survey answer has a panel of its own: who answered, when, which form, the answers, the record it is about and
// the customer file, each a link (so the view carries their ids), and the file lists its surveys.

function setUp(desk: TestDesk) {
  const f = saveSurveyForm(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    surveyFormInput.parse({
      name: '报修回访表',
      questions: [
        { kind: 'satisfaction', text: '对本次维修是否满意' },
        { kind: 'free_text', text: '意见和建议', required: false },
      ],
    }),
  );
  const answers = (text: string): AnswerSurveyInput['answers'] => [
    { questionId: f.questions[0]?.id ?? '', level: 'fairly_satisfied' },
    { questionId: f.questions[1]?.id ?? '', text },
  ];
  return { f, answers };
}

function completedRepair(desk: TestDesk, phone: string) {
  const team = addTeam(desk);
  const clerk = desk.clerkByRole('clerk');
  const order = fileOrder(desk, { phone });
  dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
  arriveOrder(desk.ctx, clerk, { id: order.id });
  completeOrder(
    desk.ctx,
    clerk,
    completeRepairInput.parse({ id: order.id, workDone: '换阀门', materials: '', fee: '', customerConfirmed: true }),
  );
  return order;
}

describe('a survey answer on its own panel', () => {
  it('names who answered, when, the form, the clerk, the record it is about and the customer file', async () => {
    const desk = await freshDesk();
    const { f, answers } = setUp(desk);
    const clerk = desk.clerkByRole('clerk');
    const file = createFile(
      desk.ctx,
      clerk,
      createCustomerInput.parse({ name: '陈先生', phones: [{ phone: '13912345678' }] }),
    );
    const order = completedRepair(desk, '13912345678');
    const saved = answerSurvey(
      desk.ctx,
      clerk,
      answerSurveyInput.parse({
        formId: f.id,
        sourceModule: 'repairs',
        sourceRef: order.id,
        answers: answers('师傅很细心'),
      }),
    );
    const clerkName = desk.ctx.sqlite.prepare('select name from clerks where id = ?').pluck().get(clerk.clerkId);
    const view = getSurveyResponse(desk.ctx, saved.id);
    expect(view).toMatchObject({
      serialNo: saved.serialNo,
      formName: '报修回访表',
      sourceModule: 'repairs',
      sourceRef: order.id,
      sourceSerial: order.serialNo,
      phoneMasked: '139****5678',
      customerId: file.id,
      fileNo: file.fileNo,
      clerkName,
      createdAt: desk.clock.now(),
    });
    expect(view.answers.map((a) => [a.questionText, a.level, a.text])).toEqual([
      ['对本次维修是否满意', 'fairly_satisfied', ''],
      ['意见和建议', null, '师傅很细心'],
    ]);
    // The full number never reaches the panel.
    expect(JSON.stringify(view)).not.toContain('13912345678');
  });

  it('lists on a file the surveys of its numbers, also one answered before the file existed, and no one else’s', async () => {
    const desk = await freshDesk();
    const { f, answers } = setUp(desk);
    const clerk = desk.clerkByRole('clerk');
    const counter = (phone: string, text: string) =>
      answerSurvey(
        desk.ctx,
        clerk,
        answerSurveyInput.parse({
          formId: f.id,
          sourceModule: 'counter',
          name: '陈先生',
          phone,
          answers: answers(text),
        }),
      );
    const before = counter('13912345678', '第一次来');
    const other = counter('13700001111', '别人的调查');
    const file = createFile(
      desk.ctx,
      clerk,
      createCustomerInput.parse({ name: '陈先生', phones: [{ phone: '13912345678' }] }),
    );
    desk.clock.advance(60_000);
    const order = completedRepair(desk, '13912345678');
    const after = answerSurvey(
      desk.ctx,
      clerk,
      answerSurveyInput.parse({ formId: f.id, sourceModule: 'repairs', sourceRef: order.id, answers: answers('') }),
    );
    const listed = loadFile(desk.ctx, file.id).surveys;
    expect(listed.map((s) => s.serialNo)).toEqual([after.serialNo, before.serialNo]);
    expect(listed.map((s) => s.id)).not.toContain(other.id);
    expect(listed[0]).toMatchObject({ formName: '报修回访表', sourceModule: 'repairs', sourceSerial: order.serialNo });
    // A counter survey is about no record: nothing to link back to.
    expect(getSurveyResponse(desk.ctx, before.id)).toMatchObject({ sourceModule: 'counter', sourceRef: null });
  });

  it('refuses a survey that does not exist, and an id that is not one before the service runs', async () => {
    const desk = await freshDesk();
    expect(refusal(() => getSurveyResponse(desk.ctx, '00000000-0000-4000-8000-000000000000')).messageKey).toBe(
      'errors.surveyMissing',
    );
    expect(customersContract['customers:survey'].input.safeParse({ id: 'DC-1' }).success).toBe(false);
    expect(customersContract['customers:revisit'].input.safeParse({}).success).toBe(false);
  });
});
