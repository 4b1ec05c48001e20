import { Alert, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditChangeView, AuditEntryView, ShownValue } from '../../../shared/contract/audit';
import { useApiQuery } from '../api/hooks';
import { labelKey } from '../app/labels';
import { formatFen } from '../lib/format';
import { formatDateTime } from '../lib/time';

/** The audit trail of one record: who changed what, when, in the clerk's words. Read-only, oldest first. */
export function AuditHistory({ entity, entityId, timeZone }: { entity: string; entityId: string; timeZone: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('audit:history', { entity, entityId });
  // Checked with the history (the same queries refetch after a change): a record that no longer verifies says so.
  const check = useApiQuery('audit:recordCheck', { entity, entityId });
  const failed = check.data && !check.data.ok ? check.data.reasonKey : null;
  return (
    <Stack gap={4}>
      {failed && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          p="xs"
          title={t('auditHistory.failsCheck', { reason: t(failed) })}
        />
      )}
      <Text fw={600} size="sm">
        {t('auditHistory.title')}
      </Text>
      <Table fz="xs" verticalSpacing={2} aria-label={t('auditHistory.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auditHistory.at')}</Table.Th>
            <Table.Th>{t('auditHistory.clerk')}</Table.Th>
            <Table.Th>{t('auditHistory.action')}</Table.Th>
            <Table.Th>{t('auditHistory.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(history.data ?? []).map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, timeZone)}</Table.Td>
              <Table.Td>{entry.clerkName ?? t('auditHistory.system')}</Table.Td>
              <Table.Td>{t(labelKey('core', 'auditAction', entry.action))}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entryText(t, entry, timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function entryText(t: TFunction, entry: AuditEntryView, timeZone: string): string {
  if (entry.action === 'create') return t('auditHistory.created');
  const lines = entry.changes.map((change) => changeLine(t, change, timeZone));
  const what = [entry.eventKey ? t(entry.eventKey) : '', entry.note ?? ''].filter(Boolean).join('：');
  return [what, ...lines].filter(Boolean).join('\n');
}

function changeLine(t: TFunction, change: AuditChangeView, timeZone: string): string {
  const after = shown(t, change.after, timeZone);
  return change.before
    ? `${t(change.fieldKey)}：${shown(t, change.before, timeZone)} → ${after}`
    : `${t(change.fieldKey)}：${after}`;
}

/** A value as the clerk reads it: times in the site's zone, money in yuan, codes by their labels. */
export function shown(t: TFunction, value: ShownValue, timeZone: string): string {
  switch (value.kind) {
    case 'none':
      return '—';
    case 'hidden':
      return t('auditHistory.hidden');
    case 'text':
      return value.text;
    case 'time':
      return formatDateTime(value.at, timeZone);
    case 'label':
      return t(value.key);
    case 'labelled':
      return `${t(value.key)}：${value.text}`;
    case 'money':
      return formatFen(value.fen);
    case 'yesNo':
      return t(value.yes ? 'common.yes' : 'common.no');
  }
}
