import { Radio, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RecoveryBackup } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import { formatDateTime } from '../../lib/time';

/** A copy's size as a clerk reads it: KB under a megabyte, else MB with one decimal. */
function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What a row's radio stands for: a copy's name is unique within its folder only. */
export const backupKey = (b: Pick<RecoveryBackup, 'folder' | 'name'>) => JSON.stringify([b.folder, b.name]);

/** To the second: a shift's copy and the day's can be made within a minute of each other. */
export const atSecond = (ms: number, timeZone: string) => dayjs(ms).tz(timeZone).format('YYYY-MM-DD HH:mm:ss');

/**
 * The backups as radio rows, newest first (arrow keys move the choice): when each was made in the site's time zone,
 * its kind, size, and what its audit chain says it holds; the folder too when copies sit in more than one (the default
 * one and a USB drive chosen in the settings). An unreadable copy is shown but cannot be chosen.
 */
export function BackupChoice({
  backups,
  chosen,
  onChoose,
  timeZone,
}: {
  backups: RecoveryBackup[];
  chosen: string | null;
  onChoose: (key: string) => void;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const severalFolders = new Set(backups.map((b) => b.folder)).size > 1;
  const holds = (b: RecoveryBackup) => {
    if (!b.readable) return t('recovery.unreadable');
    if (!b.auditCount || !b.auditHead) return t('recovery.holdsEmpty');
    return t('recovery.holds', {
      count: b.auditCount,
      head: b.auditHead.slice(0, 12),
      last: b.lastEntryAt ? formatDateTime(b.lastEntryAt, timeZone) : '',
    });
  };
  return (
    <Radio.Group value={chosen} onChange={onChoose} label={t('recovery.backups')}>
      <Table fz="sm" mt="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recovery.backupAt')}</Table.Th>
            <Table.Th>{t('recovery.backupKind')}</Table.Th>
            <Table.Th ta="right">{t('recovery.backupSize')}</Table.Th>
            <Table.Th>{t('recovery.backupHolds')}</Table.Th>
            {severalFolders && <Table.Th>{t('recovery.backupFolder')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((b) => (
            <Table.Tr key={backupKey(b)}>
              <Table.Td>
                <Radio value={backupKey(b)} disabled={!b.readable} label={atSecond(b.at, timeZone)} />
              </Table.Td>
              <Table.Td>{t(labelKey('core', 'backupKind', b.kind))}</Table.Td>
              <Table.Td ta="right">{formatSize(b.bytes)}</Table.Td>
              <Table.Td>
                <Text size="sm" c={b.readable ? undefined : 'red'}>
                  {holds(b)}
                </Text>
              </Table.Td>
              {severalFolders && (
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {b.folder}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Radio.Group>
  );
}
