/** 满意度调查问卷: the questionnaires a supervisor keeps. */
import type { z } from 'zod';
import { surveyForms } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import { surveyQuestionKindValues } from '../../../shared/contract/customers-fields';
import type { SurveyFormView, SurveyQuestion, surveyFormInput } from '../../../shared/contract/customers-surveys';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';

const s = tableRef(surveyForms, 's');
const formRow = s.pick('id', 'version', 'name', 'questions', 'active');
const allForms = query(formRow, (list) => `select ${list} from ${s.from} order by ${s.c.createdAt}, ${s.c.id}`);
const formById = query(formRow, (list) => `select ${list} from ${s.from} where ${s.c.id} = ?`);
const nameTaken = query(
  { id: s.col('id') },
  (list) => `select ${list} from ${s.from} where ${s.c.name} = ? and ${s.c.id} <> ?`,
);

const kinds: ReadonlySet<string> = new Set(surveyQuestionKindValues);

function parseQuestions(json: string): SurveyQuestion[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((q: Record<string, unknown>) =>
      typeof q.id === 'string' && typeof q.text === 'string' && typeof q.kind === 'string' && kinds.has(q.kind)
        ? [
            {
              id: q.id,
              kind: q.kind as SurveyQuestion['kind'],
              text: q.text,
              options: Array.isArray(q.options) ? q.options.filter((o): o is string => typeof o === 'string') : [],
              required: q.required !== false,
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}

type FormRow = ReturnType<typeof formById.all>[number];
const formView = (row: FormRow): SurveyFormView => ({ ...row, questions: parseQuestions(row.questions) });

export function listSurveyForms(ctx: ServiceContext, includeInactive: boolean): SurveyFormView[] {
  return allForms
    .all(ctx.sqlite)
    .filter((row) => includeInactive || row.active)
    .map(formView);
}

export function getSurveyForm(ctx: ServiceContext, id: string): SurveyFormView {
  const row = formById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.surveyFormMissing');
  return formView(row);
}

/**
 * Saves a questionnaire. A question keeps its id when its text changes (its answers stay one row in the report); a
 * question removed is gone from the form only, its old answers keep the text they were given under.
 */
export function saveSurveyForm(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.output<typeof surveyFormInput>,
): SurveyFormView {
  if (nameTaken.get(ctx.sqlite, input.name, input.id ?? '')) throw refuse('errors.surveyFormTaken', 'name');
  const known = input.id ? new Set(getSurveyForm(ctx, input.id).questions.map((q) => q.id)) : new Set<string>();
  const questions: SurveyQuestion[] = input.questions.map((q, index) => {
    if (q.id && !known.has(q.id)) throw refuse('errors.surveyQuestionUnknown', `questions.${index}`);
    return {
      id: q.id ?? newId(),
      kind: q.kind,
      text: q.text,
      options: q.kind === 'choice' ? q.options : [],
      required: q.required,
    };
  });
  const values = { name: input.name, questions: JSON.stringify(questions), active: input.active };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('surveyForms', input.id, values).after.id;
    return tx.insert('surveyForms', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getSurveyForm(ctx, id);
}
