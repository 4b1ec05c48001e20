import type { RecoveryMessages } from './messages.zh-CN';

/** The recovery screen's strings, English. Keys mirror messages.zh-CN.ts (checked by its type). */
export const recoveryEn: RecoveryMessages = {
  missing:
    "The data file is missing, but the data folder holds files that may contain the desk's data. So that they are not overwritten, no new empty demo desk was made.",
  found: 'Files found (none is deleted or overwritten):',
  title: 'The database cannot be opened',
  not_a_database: 'The data file is not a database.',
  corrupt: 'The data file is damaged.',
  cannot_open: 'The data file cannot be opened.',
  notOpened: 'The database has not been opened.',
  file: 'Data file: {{file}}',
  newest: 'Newest backup: {{file}} ({{time}})',
  noBackup: 'No backup was found. Call your supervisor or support; do not delete the data file.',
  restore: 'Restore the newest backup',
  backups: 'Backups (newest first):',
  backupAt: 'Backed up at',
  backupKind: 'Kind',
  backupSize: 'Size',
  backupHolds: 'Holds',
  backupFolder: 'Folder',
  holds: '{{count}} audit entries, head {{head}}, last entry {{last}}',
  holdsEmpty: 'No audit entries',
  unreadable: 'Cannot be read',
  restoreChosen: 'Restore the chosen backup',
  chosen: 'Will restore: the backup of {{time}}',
  restored: 'Restored. The damaged file was kept as {{file}}',
  keptNote: 'Restoring never deletes the current file; it is renamed and kept.',
};
