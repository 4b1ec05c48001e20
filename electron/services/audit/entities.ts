import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  calls,
  clerks,
  complaintCalendarDays,
  complaintEvents,
  complaints,
  counters,
  departments,
  handovers,
  invoiceReceipts,
  invoiceRequests,
  returnRequests,
  settings,
  shifts,
  shops,
  site,
  storageLocations,
  storagePickups,
  storageSlips,
  visits,
  watchList,
} from '../../../db/schema';

export interface AuditedEntity {
  table: SQLiteTable;
  key: SQLiteColumn;
  keyName: string;
  /** Columns whose values must not appear in the log in clear (they are replaced by a short hash). */
  redacted?: readonly string[];
  /** Columns that change without a clerk's action and are not part of the record's audited state. */
  unaudited?: readonly string[];
  /** Columns added by a migration after records existed, with their default (see `auditedRow`). */
  addedLater?: Readonly<Record<string, unknown>>;
}

/** Every table whose rows are written through the audited writer; `verify` checks each row against the log. */
export const auditedEntities = {
  site: { table: site, key: site.id, keyName: 'id' },
  counters: { table: counters, key: counters.id, keyName: 'id' },
  departments: { table: departments, key: departments.id, keyName: 'id' },
  shops: { table: shops, key: shops.id, keyName: 'id' },
  settings: { table: settings, key: settings.key, keyName: 'key' },
  clerks: { table: clerks, key: clerks.id, keyName: 'id', redacted: ['pinHash'] },
  shifts: { table: shifts, key: shifts.id, keyName: 'id' },
  // Phones and ID hashes stay out of the log in clear, so that retention can anonymise them for good.
  visits: { table: visits, key: visits.id, keyName: 'id', redacted: ['phone', 'idHash'] },
  watchList: { table: watchList, key: watchList.id, keyName: 'id' },
  calls: { table: calls, key: calls.id, keyName: 'id' },
  storageLocations: { table: storageLocations, key: storageLocations.id, keyName: 'id' },
  storageSlips: { table: storageSlips, key: storageSlips.id, keyName: 'id', redacted: ['claimCodeHash'] },
  storagePickups: { table: storagePickups, key: storagePickups.id, keyName: 'id', redacted: ['collectorIdHash'] },
  invoiceRequests: { table: invoiceRequests, key: invoiceRequests.id, keyName: 'id' },
  invoiceReceipts: { table: invoiceReceipts, key: invoiceReceipts.id, keyName: 'id' },
  returnRequests: {
    table: returnRequests,
    key: returnRequests.id,
    keyName: 'id',
    // Migration 0009 added the approval columns to returns already on record.
    addedLater: { approvalStatus: 'none', decidedBy: null, decidedAt: null, decisionNote: null },
  },
  complaints: { table: complaints, key: complaints.id, keyName: 'id' },
  complaintEvents: { table: complaintEvents, key: complaintEvents.id, keyName: 'id' },
  complaintCalendarDays: { table: complaintCalendarDays, key: complaintCalendarDays.day, keyName: 'day' },
  handovers: { table: handovers, key: handovers.id, keyName: 'id' },
} satisfies Record<string, AuditedEntity>;

export type EntityName = keyof typeof auditedEntities;
