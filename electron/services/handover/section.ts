import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import type { HandoverSectionData } from '../../../shared/contract/handover';
import type { ServiceContext } from '../context';

export interface HandoverShiftWindow {
  id: string;
  openedAt: number;
  closedAt: number;
}

/**
 * What a module contributes to the handover sheet. Adding a module means one new section file and one entry in
 * `sections/index.ts`; the handover code itself never changes. Sections only read (prepared statements, no writes).
 */
export interface HandoverSection {
  key: string;
  compile(ctx: ServiceContext, shift: HandoverShiftWindow, now: number): HandoverSectionData;
}

const statements = new WeakMap<Sqlite, Map<string, Statement<unknown[]>>>();

/** One prepared statement per database and query text: the sheet is compiled often (preview) and must be quick. */
export function preparedQuery(sqlite: Sqlite, sql: string): Statement<unknown[]> {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare<unknown[]>(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Phones on the sheet are always masked: 138****1234, landlines keep the area code and last four digits. */
export function maskPhoneForSheet(phone: string): string {
  if (!phone) return '';
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length > 6) return `${phone.slice(0, 4)}****${phone.slice(-4)}`;
  return '****';
}
