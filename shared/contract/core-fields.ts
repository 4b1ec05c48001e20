import { roles } from './roles';

/** Value lists of the foundation (clerks, audit, backup, settings), written once for the schema, contract and labels. */
export const auditActionValues = ['create', 'update', 'void', 'status', 'login', 'event'] as const;
export type AuditAction = (typeof auditActionValues)[number];

export const backupKinds = ['daily', 'shift', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];
/** A backup file's kind as listed: one of ours, or a file someone else put in the folder. */
export const backupFileKinds = [...backupKinds, 'other'] as const;

export const listKinds = ['counters', 'departments', 'shops'] as const;
export type ListKind = (typeof listKinds)[number];

/** The states every module shows in one colour and one word (UX.md). */
export const statusWordValues = ['open', 'dueSoon', 'overdue', 'done', 'voided'] as const;

export const coreValueLists = {
  role: roles,
  auditAction: auditActionValues,
  backupKind: backupFileKinds,
  listKind: listKinds,
  status: statusWordValues,
};
