import { z } from 'zod';
import { messageWithParams } from '../errors';
import type { Satisfaction } from './complaint-fields';
import { satisfactionValues } from './complaint-fields';
import {
  MAX_SURVEY_OPTIONS,
  MAX_SURVEY_QUESTIONS,
  type SurveyQuestionKind,
  type SurveySource,
  surveyQuestionKindValues,
  surveySourceValues,
} from './customers-fields';
import { editVersionSchema, idSchema, optionalText, phoneSchema, requiredText, versionOnEdit } from './fields';

/** One question of a questionnaire; `id` stays when the text is edited, so its answers stay together in reports. */
export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  text: string;
  options: string[];
  required: boolean;
}

export interface SurveyFormView {
  id: string;
  version: number;
  name: string;
  questions: SurveyQuestion[];
  active: boolean;
}

export interface SurveyAnswerView {
  questionId: string;
  questionText: string;
  kind: SurveyQuestionKind;
  level: Satisfaction | null;
  choice: string;
  text: string;
}

export interface SurveyResponseView {
  id: string;
  serialNo: string;
  formName: string;
  sourceModule: SurveySource;
  /** The record the survey is about (a return visit, a complaint, a repair); null at the counter. */
  sourceRef: string | null;
  sourceSerial: string;
  unitName: string;
  name: string;
  phoneMasked: string;
  /** The customer file of the number, when there was one; its number (DA-…) names the link to it. */
  customerId: string | null;
  fileNo: string | null;
  /** The clerk who asked the questions and wrote the answers down. */
  clerkName: string;
  createdAt: number;
  answers: SurveyAnswerView[];
}

/** A survey as a customer file lists it: its serial, form and the record it was about. */
export interface SurveySummary {
  id: string;
  serialNo: string;
  formName: string;
  sourceModule: SurveySource;
  sourceSerial: string;
  createdAt: number;
}

const questionInput = z
  .object({
    id: idSchema.nullable().default(null),
    kind: z.enum(surveyQuestionKindValues, { error: 'errors.required' }),
    text: requiredText(100),
    options: z
      .array(requiredText(30))
      .max(MAX_SURVEY_OPTIONS, messageWithParams('errors.tooMany', { max: MAX_SURVEY_OPTIONS }))
      .default([]),
    required: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'choice' && q.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.surveyOptionsTooFew' });
    if (new Set(q.options).size !== q.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.surveyOptionTwice' });
  });

/** 问卷: a supervisor's questionnaire of five-level, single-choice and free-text questions. */
export const surveyFormInput = z
  .object({
    id: idSchema.nullable().default(null),
    version: editVersionSchema,
    name: requiredText(40),
    questions: z
      .array(questionInput)
      .min(1, 'errors.surveyNoQuestions')
      .max(MAX_SURVEY_QUESTIONS, messageWithParams('errors.tooMany', { max: MAX_SURVEY_QUESTIONS })),
    active: z.boolean().default(true),
  })
  .superRefine(versionOnEdit);
export type SurveyFormInput = z.input<typeof surveyFormInput>;

/** The answers to one questionnaire, about a visit made, a closed complaint, a completed repair or at the counter. */
export const answerSurveyInput = z
  .object({
    formId: idSchema,
    sourceModule: z.enum(surveySourceValues, { error: 'errors.required' }),
    sourceRef: idSchema.nullable().default(null),
    name: optionalText(40),
    phone: phoneSchema.nullable().default(null),
    answers: z
      .array(
        z.object({
          questionId: idSchema,
          level: z.enum(satisfactionValues).nullable().default(null),
          choice: optionalText(30),
          text: optionalText(500),
        }),
      )
      .max(MAX_SURVEY_QUESTIONS),
  })
  .superRefine((v, ctx) => {
    if ((v.sourceModule === 'counter') !== (v.sourceRef === null))
      ctx.addIssue({ code: 'custom', path: ['sourceRef'], message: 'errors.surveySourceRequired' });
  });
export type AnswerSurveyInput = z.input<typeof answerSurveyInput>;
