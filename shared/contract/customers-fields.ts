import { satisfactionValues } from './complaint-fields';

/** Value lists of customer files (客户档案) and return-visit plans (回访计划), kept apart so schema, contract and labels agree. */
export const CUSTOMER_SERIAL_PREFIX = 'KH';
export const REVISIT_SERIAL_PREFIX = 'HF';

/** A file in use, merged into another (its phones and plans moved there), or anonymised at the customer's request. */
export const customerStatusValues = ['active', 'merged', 'forgotten'] as const;
/** How a person on file is tied to a unit (房号): 业主 owns it, 住户 lives in it, 租户 rents it. */
export const unitRoleValues = ['owner', 'resident', 'tenant'] as const;
/** How the customer gave consent to keeping their data (PIPL 个人信息处理同意). */
export const consentMethodValues = ['in_person', 'in_writing', 'by_phone', 'online_form'] as const;
/**
 * What a supervisor's return-visit rule plans a call after: a closed complaint, a completed repair, a settled return;
 * or regularly, every N months, for the files of a grade or for property owners (a live 业主 link to a unit; a file
 * with no unit linked counts as an owner's when tagged 业主).
 */
export const revisitRuleKindValues = [
  'after_complaint',
  'after_repair',
  'after_return',
  'grade_every',
  'owner_every',
] as const;
/** The tag that marks a file without a unit linked as a property owner's (业主), whom an owner rule revisits. */
export const OWNER_TAG = '业主';
/** A planned return visit: to call, done (reached), given up (not reached within the limit, wrong number), cancelled. */
export const revisitStatusValues = ['planned', 'done', 'failed', 'cancelled'] as const;
/** What a call of the day's list came to. */
export const revisitResultValues = ['reached', 'not_reached', 'refused', 'wrong_number'] as const;
export const revisitFilterValues = ['due', 'planned', 'closed', 'all'] as const;
/** The module whose record a plan follows up (shown by the module's title, so not a labelled value list). */
export const revisitSourceValues = ['complaints', 'repairs', 'returns', 'customers'] as const;
export const customerSatisfactionValues = satisfactionValues;

/** 满意度调查: a question asks for the five-level satisfaction, one choice of a list, or free text. */
export const surveyQuestionKindValues = ['satisfaction', 'choice', 'free_text'] as const;
/** What a survey was asked about: a return visit made, a closed complaint, a completed repair, or at the counter. */
export const surveySourceValues = ['revisits', 'complaints', 'repairs', 'counter'] as const;
export const SURVEY_SERIAL_PREFIX = 'DC';
export const MAX_SURVEY_QUESTIONS = 20;
export const MAX_SURVEY_OPTIONS = 8;
export type SurveyQuestionKind = (typeof surveyQuestionKindValues)[number];
export type SurveySource = (typeof surveySourceValues)[number];

export const customersValueLists = {
  status: customerStatusValues,
  consentMethod: consentMethodValues,
  unitRole: unitRoleValues,
  ruleKind: revisitRuleKindValues,
  revisitStatus: revisitStatusValues,
  result: revisitResultValues,
  revisitFilter: revisitFilterValues,
  satisfaction: customerSatisfactionValues,
  questionKind: surveyQuestionKindValues,
  surveySource: surveySourceValues,
};

export type CustomerStatus = (typeof customerStatusValues)[number];
export type ConsentMethod = (typeof consentMethodValues)[number];
export type UnitRole = (typeof unitRoleValues)[number];
export type RevisitRuleKind = (typeof revisitRuleKindValues)[number];
export type RevisitStatus = (typeof revisitStatusValues)[number];
export type RevisitResult = (typeof revisitResultValues)[number];
export type RevisitFilter = (typeof revisitFilterValues)[number];
export type RevisitSource = (typeof revisitSourceValues)[number];

/** How many phones one file keeps, and tags. */
export const MAX_PHONES = 5;
export const MAX_TAGS = 10;
/** How many units one file is tied to at once. */
export const MAX_UNITS = 10;
