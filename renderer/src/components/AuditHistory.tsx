import { Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { formatDateTime } from './format';

/** The audit trail of one record: who changed what, when. Read-only, oldest first. */
export function AuditHistory({ entity, entityId, timeZone }: { entity: string; entityId: string; timeZone: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('audit:history', { entity, entityId });
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('auditHistory.title')}
      </Text>
      <Table fz="xs" verticalSpacing={2}>
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
              <Table.Td>{t(`auditHistory.actions.${entry.action}`, { defaultValue: entry.action })}</Table.Td>
              <Table.Td>
                {entry.action === 'create' ? (
                  t('auditHistory.created')
                ) : (
                  <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {Object.entries(entry.changes)
                      .map(([field, change]) =>
                        Array.isArray(change)
                          ? `${field}: ${show(change[0], timeZone)} → ${show(change[1], timeZone)}`
                          : `${field}: ${show(change, timeZone)}`,
                      )
                      .join('\n') || entry.note}
                  </Code>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Times as site time, ids shortened: the history is read by people, not machines. */
function show(value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && value > 1e12 && value < 1e13) return formatDateTime(value, timeZone);
  if (typeof value === 'string' && UUID.test(value)) return `${value.slice(0, 8)}…`;
  return String(value);
}
