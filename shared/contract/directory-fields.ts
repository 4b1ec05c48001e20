/** Value lists of the shop directory and common answers (商户与常见问答), kept apart so the schema, the contract and the labels agree. */

/** What a shop sells or does, as a clerk would send a customer there. */
export const directoryCategoryValues = [
  'fashion',
  'food',
  'jewellery',
  'beauty',
  'electronics',
  'sports',
  'kids',
  'entertainment',
  'supermarket',
  'services',
  'other',
] as const;
/** What a search hit of the directory is: a shop (by its category) or a common answer. */
export const directoryHitValues = [...directoryCategoryValues, 'answer'] as const;
export const directoryKindValues = ['shop', 'answer'] as const;

export const directoryValueLists = {
  category: directoryCategoryValues,
  hit: directoryHitValues,
  kind: directoryKindValues,
};

export type DirectoryCategory = (typeof directoryCategoryValues)[number];
export type DirectoryKind = (typeof directoryKindValues)[number];

/** Minutes after midnight of an `HH:MM`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/**
 * Open at `minute` (minutes after the site's midnight) for hours `opensAt`–`closesAt`: a closing time earlier than
 * the opening time is the next day's (a cinema open 10:00 to 02:00).
 */
export function openAt(opensAt: string, closesAt: string, minute: number): boolean {
  const opens = minutesOf(opensAt);
  const closes = minutesOf(closesAt);
  if (closes > opens) return minute >= opens && minute < closes;
  return minute >= opens || minute < closes;
}

/**
 * A shop's hours in the words the desk's records use (the search line, the handover sheet): a closing time before the
 * opening is the next day's, said so (18:00–次日02:00), as the screen says it through i18n.
 */
export function hoursLine(opensAt: string, closesAt: string): string {
  return minutesOf(closesAt) < minutesOf(opensAt) ? `${opensAt}–次日${closesAt}` : `${opensAt}–${closesAt}`;
}
