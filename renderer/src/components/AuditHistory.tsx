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
                  <Code block fz="xs">
                    {Object.entries(entry.changes)
                      .map(([field, change]) =>
                        Array.isArray(change)
                          ? `${field}: ${show(change[0])} → ${show(change[1])}`
                          : `${field}: ${show(change)}`,
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

function show(value: unknown): string {
  return value === null || value === undefined || value === '' ? '—' : String(value);
}
