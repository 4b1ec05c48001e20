/** 满意度调查: answering a questionnaire about a record served (or at the counter), and reading the answers back. */
import type { z } from 'zod';
import { clerks, customers, surveyAnswers, surveyResponses } from '../../../db/schema';
import { query, tableRef, textOrNull } from '../../../db/sql';
import type { Satisfaction } from '../../../shared/contract/complaint-fields';
import { SURVEY_SERIAL_PREFIX, type SurveySource } from '../../../shared/contract/customers-fields';
import type {
  answerSurveyInput,
  SurveyAnswerView,
  SurveyQuestion,
  SurveyResponseView,
  SurveySummary,
} from '../../../shared/contract/customers-surveys';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { maskPhoneForSheet } from '../handover/section';
import { newId } from '../ids';
import { write } from '../write';
import { getSurveyForm } from './survey-forms';

interface Served {
  sourceSerial: string;
  unitName: string;
  name: string;
  phone: string;
}

const one = <T>(ctx: ServiceContext, sql: string, ...params: unknown[]) =>
  ctx.sqlite.prepare(sql).get(...params) as T | undefined;

/** Who served a complaint or a repair order: the department it was assigned to, or the repair team. */
function unitOf(ctx: ServiceContext, module: string | null, ref: string | null): string {
  if (!ref) return '';
  if (module === 'complaints')
    return (
      one<{ name: string }>(
        ctx,
        `select d.name from complaints c join departments d on d.id = coalesce(c.assigned_department_id, c.department_id)
         where c.id = ?`,
        ref,
      )?.name ?? ''
    );
  if (module === 'repairs')
    return (
      one<{ name: string }>(
        ctx,
        'select t.name from repair_orders r join repair_teams t on t.id = r.team_id where r.id = ?',
        ref,
      )?.name ?? ''
    );
  return '';
}

/** The record a survey is about, if it may be asked about: a visit made, a closed complaint, a completed repair. */
function servedRecord(ctx: ServiceContext, module: SurveySource, ref: string): Served {
  if (module === 'revisits') {
    const plan = one<{ serial: string; status: string; name: string; phone: string; module: string; ref: string }>(
      ctx,
      `select serial_no serial, status, name, phone, source_module module, source_ref ref from revisit_plans where id = ?`,
      ref,
    );
    if (!plan) throw notFound('errors.revisitMissing');
    if (plan.status !== 'done') throw refuse('errors.surveySourceNotDone', 'sourceRef', { serial: plan.serial });
    return {
      sourceSerial: plan.serial,
      unitName: unitOf(ctx, plan.module, plan.ref),
      name: plan.name,
      phone: plan.phone,
    };
  }
  if (module === 'complaints') {
    const row = one<{ serial: string; status: string; name: string; phone: string }>(
      ctx,
      'select serial_no serial, status, customer_name name, phone from complaints where id = ?',
      ref,
    );
    if (!row) throw notFound('errors.complaintNotFound');
    if (row.status !== 'closed') throw refuse('errors.surveySourceNotDone', 'sourceRef', { serial: row.serial });
    return { sourceSerial: row.serial, unitName: unitOf(ctx, module, ref), name: row.name, phone: row.phone };
  }
  const row = one<{ serial: string; completed: number | null; voided: number | null; name: string; phone: string }>(
    ctx,
    `select serial_no serial, completed_at completed, voided_at voided, reporter_name name, phone
     from repair_orders where id = ?`,
    ref,
  );
  if (!row) throw notFound('errors.repairNotFound');
  if (row.completed === null || row.voided !== null)
    throw refuse('errors.surveySourceNotDone', 'sourceRef', { serial: row.serial });
  return { sourceSerial: row.serial, unitName: unitOf(ctx, module, ref), name: row.name, phone: row.phone };
}

type AnswerInput = z.output<typeof answerSurveyInput>['answers'][number];

/** Each question answered as its kind asks; a required one left out, or an answer to no question, is refused. */
function checkedAnswers(questions: SurveyQuestion[], answers: AnswerInput[]) {
  answers.forEach((answer, index) => {
    if (!questions.some((q) => q.id === answer.questionId))
      throw refuse('errors.surveyQuestionUnknown', `answers.${index}`);
  });
  return questions.flatMap((question, index) => {
    const answer = answers.find((a) => a.questionId === question.id);
    const field = `answers.${index}`;
    const given =
      question.kind === 'satisfaction'
        ? Boolean(answer?.level)
        : question.kind === 'choice'
          ? Boolean(answer?.choice)
          : Boolean(answer?.text);
    if (!given) {
      if (question.required) throw refuse('errors.surveyAnswerMissing', field, { question: question.text });
      return [];
    }
    if (question.kind === 'choice' && !question.options.includes(answer?.choice ?? ''))
      throw refuse('errors.surveyChoiceUnknown', field, { question: question.text });
    return [
      {
        question,
        sortOrder: index,
        level: question.kind === 'satisfaction' ? ((answer?.level ?? null) as Satisfaction | null) : null,
        choice: question.kind === 'choice' ? (answer?.choice ?? '') : '',
        text: question.kind === 'free_text' ? (answer?.text ?? '') : '',
      },
    ];
  });
}

/**
 * One survey answered, in one transaction with its audit entries. A survey is about a return visit made, a closed
 * complaint or a completed repair (not one still open), once per questionnaire; or asked at the counter. The
 * customer's name and number come from the record; the file is the live one of that number.
 */
export function answerSurvey(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof answerSurveyInput>,
): SurveyResponseView {
  const form = getSurveyForm(ctx, input.formId);
  if (!form.active) throw refuse('errors.surveyFormInactive', 'formId');
  const id = write(ctx, actor, (tx) => {
    const served: Served =
      input.sourceModule === 'counter' || input.sourceRef === null
        ? { sourceSerial: '', unitName: '', name: input.name, phone: input.phone ?? '' }
        : servedRecord(ctx, input.sourceModule, input.sourceRef);
    if (
      input.sourceRef !== null &&
      one(
        ctx,
        'select 1 from survey_responses where form_id = ? and source_module = ? and source_ref = ?',
        form.id,
        input.sourceModule,
        input.sourceRef,
      )
    )
      throw refuse('errors.surveyAnsweredAlready', 'formId', { serial: served.sourceSerial });
    const answers = checkedAnswers(form.questions, input.answers);
    const file = served.phone
      ? one<{ id: string }>(
          ctx,
          `select c.id from customer_phones p join customers c on c.id = p.customer_id
           where p.phone = ? and p.active = 1 and c.status = 'active'`,
          served.phone,
        )
      : undefined;
    const response = tx.insert('surveyResponses', {
      id: newId(),
      serialNo: tx.serial(SURVEY_SERIAL_PREFIX),
      formId: form.id,
      formName: form.name,
      sourceModule: input.sourceModule,
      sourceRef: input.sourceRef,
      ...served,
      customerId: file?.id ?? null,
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    for (const answer of answers) {
      tx.insert('surveyAnswers', {
        id: newId(),
        responseId: response.id,
        questionId: answer.question.id,
        questionText: answer.question.text,
        kind: answer.question.kind,
        sortOrder: answer.sortOrder,
        level: answer.level,
        choice: answer.choice,
        comment: answer.text,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
    }
    return response.id;
  });
  return getSurveyResponse(ctx, id);
}

const s = tableRef(surveyResponses, 's');
const c = tableRef(clerks, 'c');
const f = tableRef(customers, 'f');
const responseRow = {
  ...s.pick('id', 'serialNo', 'formName', 'sourceModule', 'sourceRef', 'sourceSerial', 'unitName', 'name', 'phone'),
  ...s.pick('customerId', 'createdAt'),
  clerkName: textOrNull(c.c.name),
  fileNo: textOrNull(f.c.fileNo),
};
const responseById = query(
  responseRow,
  (list) => `select ${list} from ${s.from} left join ${c.from} on ${c.c.id} = ${s.c.clerkId}
     left join ${f.from} on ${f.c.id} = ${s.c.customerId} where ${s.c.id} = ?`,
);
const a = tableRef(surveyAnswers, 'a');
const answersOf = query(
  { ...a.pick('questionId', 'questionText', 'kind', 'level', 'choice'), text: a.col('comment') },
  (list) => `select ${list} from ${a.from} where ${a.c.responseId} = ? order by ${a.c.sortOrder}`,
);

/** One answered survey as its panel shows it: who answered, when, which form, the answers, the record it is about. */
export function getSurveyResponse(ctx: ServiceContext, id: string): SurveyResponseView {
  const row = responseById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.surveyMissing');
  const answers: SurveyAnswerView[] = answersOf.all(ctx.sqlite, id);
  const { phone, clerkName, ...rest } = row;
  return { ...rest, clerkName: clerkName ?? '', phoneMasked: phone ? maskPhoneForSheet(phone) : '', answers };
}

// A file's surveys: those tied to it, and those of its numbers answered before the file existed.
const surveysOfFileQuery = (phones: number) =>
  query(
    { ...s.pick('id', 'serialNo', 'formName', 'sourceModule', 'sourceSerial', 'createdAt') },
    (list) =>
      `select ${list} from ${s.from}
       where ${s.c.customerId} = ?${phones > 0 ? ` or ${s.c.phone} in (${Array(phones).fill('?').join(', ')})` : ''}
       order by ${s.c.createdAt} desc limit 50`,
  );

/** The surveys a customer answered (newest first): the file lists them, each opening its panel. */
export function surveysOfFile(ctx: ServiceContext, customerId: string, phones: string[]): SurveySummary[] {
  return surveysOfFileQuery(phones.length).all(ctx.sqlite, customerId, ...phones);
}

/** The surveys answered about one record (the form shows them instead of asking again). */
export function surveysOfSource(
  ctx: ServiceContext,
  sourceModule: SurveySource,
  sourceRef: string,
): SurveyResponseView[] {
  const ids = ctx.sqlite
    .prepare('select id from survey_responses where source_module = ? and source_ref = ? order by created_at')
    .pluck()
    .all(sourceModule, sourceRef) as string[];
  return ids.map((id) => getSurveyResponse(ctx, id));
}
