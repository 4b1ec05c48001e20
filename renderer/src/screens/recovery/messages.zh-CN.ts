/** The recovery screen's strings (the database cannot be opened), Simplified Chinese. */
export const recoveryZhCN = {
  missing: '数据文件不见了，但数据文件夹里还有可能保存着前台数据的文件。为免覆盖它们，程序没有新建空的演示前台。',
  found: '找到的文件（都不会被删除或覆盖）：',
  title: '数据库无法打开',
  not_a_database: '数据文件不是有效的数据库。',
  corrupt: '数据文件已损坏。',
  cannot_open: '无法打开数据文件。',
  notOpened: '数据库尚未打开。',
  file: '数据文件：{{file}}',
  newest: '最新备份：{{file}}（{{time}}）',
  noBackup: '没有找到备份。请联系主管或技术支持，切勿删除数据文件。',
  restore: '用最新备份恢复',
  backups: '备份（最新的在前）：',
  backupAt: '备份时间',
  backupKind: '类型',
  backupSize: '大小',
  backupHolds: '内容',
  backupFolder: '所在文件夹',
  holds: '审计条目 {{count}} 条，链头 {{head}}，最后一笔 {{last}}',
  holdsEmpty: '没有审计条目',
  unreadable: '无法读取',
  restoreChosen: '用所选备份恢复',
  chosen: '将恢复：{{time}} 的备份',
  restored: '已恢复。损坏的文件已另存为 {{file}}',
  keptNote: '恢复时原文件不会被删除，而是改名保留。',
};

export type RecoveryMessages = typeof recoveryZhCN;
