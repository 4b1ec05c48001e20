import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApiQuery } from '../../api/hooks';
import { titleKey } from '../../app/labels';
import { recordPath } from '../../app/modules';
import { hitSubtitle } from '../../frame/searchHits';
import { formatDateTime } from '../../lib/time';
import { CustomerFileButton } from '../customers/CustomerFileButton';

/** One customer's history by phone: visits, calls, slips, returns, complaints on one timeline, newest first. */
export function CustomerHistory({ phone, timeZone }: { phone: string; timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const history = useApiQuery('search:history', { phone });
  const rows = history.data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('history.title', { phone })}</Title>
        <CustomerFileButton phone={phone} name={rows.find((r) => r.module !== 'customers')?.title ?? ''} />
      </Group>
      {!history.isPending && rows.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('history.title', { phone })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.at')}</Table.Th>
              <Table.Th>{t('history.module')}</Table.Th>
              <Table.Th>{t('history.record')}</Table.Th>
              <Table.Th>{t('history.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((hit) => (
              <Table.Tr
                key={hit.entityId}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(recordPath(hit.module, hit.entityId))}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(recordPath(hit.module, hit.entityId));
                }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(hit.at, timeZone)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(titleKey(hit.module))}</Badge>
                </Table.Td>
                <Table.Td style={hit.voided ? { textDecoration: 'line-through' } : undefined}>{hit.title}</Table.Td>
                <Table.Td>{hitSubtitle(t, hit)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
