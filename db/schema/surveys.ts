import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  customerSatisfactionValues,
  surveyQuestionKindValues,
  surveySourceValues,
} from '../../shared/contract/customers-fields';
import { clerks } from './clerks';
import { customers } from './customers';
import { shifts } from './shifts';

/**
 * 满意度调查问卷: a questionnaire a supervisor keeps. Its questions are JSON ([{id, kind, text, options, required}]);
 * an answer keeps the question's text as it was asked, so editing a questionnaire never changes old answers.
 */
export const surveyForms = sqliteTable(
  'survey_forms',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull().unique(),
    questions: text('questions').notNull().default('[]'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('survey_forms_name', sql`length(${t.name}) > 0`)],
);

/** One survey answered: about which record (or at the counter), by whom, and who served them (department or team). */
export const surveyResponses = sqliteTable(
  'survey_responses',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    formId: text('form_id')
      .notNull()
      .references(() => surveyForms.id),
    formName: text('form_name').notNull(),
    sourceModule: text('source_module', { enum: surveySourceValues }).notNull(),
    sourceRef: text('source_ref'),
    sourceSerial: text('source_serial').notNull().default(''),
    /** The department or repair team that served the record, by name as it was then ('' at the counter). */
    unitName: text('unit_name').notNull().default(''),
    customerId: text('customer_id').references(() => customers.id),
    name: text('name').notNull().default(''),
    phone: text('phone').notNull().default(''),
    clerkId: text('clerk_id').references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('survey_responses_created').on(t.createdAt),
    index('survey_responses_phone').on(t.phone),
    uniqueIndex('survey_responses_source')
      .on(t.formId, t.sourceModule, t.sourceRef)
      .where(sql`${t.sourceRef} is not null`),
    check('survey_responses_counter', sql`(${t.sourceModule} = 'counter') = (${t.sourceRef} is null)`),
  ],
);

/** One answer of a survey: a level of the five-level scale, the option chosen, or free text. */
export const surveyAnswers = sqliteTable(
  'survey_answers',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    responseId: text('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    questionId: text('question_id').notNull(),
    questionText: text('question_text').notNull(),
    kind: text('kind', { enum: surveyQuestionKindValues }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    level: text('level', { enum: customerSatisfactionValues }),
    choice: text('choice').notNull().default(''),
    comment: text('comment').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('survey_answers_response').on(t.responseId),
    check('survey_answers_level', sql`${t.kind} <> 'satisfaction' or ${t.level} is not null`),
  ],
);
