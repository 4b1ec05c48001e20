import { idDocumentTypeValues } from './id-documents';

/** Value lists of announcements (广播), kept apart so the schema, the contract and the labels agree. */
export const ANNOUNCEMENTS_SERIAL_PREFIX = 'GB';
/** 寻人, 寻物, 通知, and 儿童走失 (urgent: a checklist that stays open until the child is handed over). */
export const announcementKindValues = ['person', 'item', 'notice', 'lost_child'] as const;
/** A plain announcement is logged once read; a lost child is open until closed. */
export const announcementStatusValues = ['logged', 'open', 'closed'] as const;
export const announcementStateValues = ['logged', 'open', 'closed', 'voided'] as const;
export const announcementFilterValues = ['open', 'today', 'all'] as const;
/** The lost-child procedure (走失儿童处置): each step with its time, who did it and a note. */
export const lostChildStepValues = ['broadcast', 'security', 'exits', 'found', 'handed'] as const;
/** How a lost-child case ends. */
export const lostChildOutcomeValues = ['guardian', 'police', 'other'] as const;
export const childGenderValues = ['boy', 'girl', 'unknown'] as const;
export const announcementIdTypeValues = idDocumentTypeValues;

export const announcementsValueLists = {
  kind: announcementKindValues,
  status: announcementStatusValues,
  state: announcementStateValues,
  filter: announcementFilterValues,
  step: lostChildStepValues,
  outcome: lostChildOutcomeValues,
  gender: childGenderValues,
  idType: announcementIdTypeValues,
};

export type AnnouncementKind = (typeof announcementKindValues)[number];
export type AnnouncementStatus = (typeof announcementStatusValues)[number];
export type AnnouncementState = (typeof announcementStateValues)[number];
export type AnnouncementFilter = (typeof announcementFilterValues)[number];
export type LostChildStep = (typeof lostChildStepValues)[number];
export type LostChildOutcome = (typeof lostChildOutcomeValues)[number];
export type ChildGender = (typeof childGenderValues)[number];

/** The blanks of a template: `{名称}` marks one; the clerk fills each before the text can be logged. */
export function templateBlanks(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\{([^{}\s]{1,12})\}/g)) {
    const name = match[1] ?? '';
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The template's text with each blank replaced by what the clerk typed for it. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{([^{}\s]{1,12})\}/g, (whole, name: string) => values[name]?.trim() || whole);
}
