import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PendingComplaintCall } from '../../../../shared/contract/complaints';
import { useApiQuery } from '../../api/hooks';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/** Calls or visits marked as complaints, waiting to become complaint records (转为投诉). */
export function PendingCalls({
  kind,
  timeZone,
  onConvert,
}: {
  kind: 'calls' | 'visits';
  timeZone: string;
  onConvert(call: PendingComplaintCall): void;
}) {
  const { t } = useTranslation();
  const calls = useApiQuery(kind === 'calls' ? 'complaints:pendingCalls' : 'complaints:pendingVisits', {});
  const rows = calls.data ?? [];
  return (
    <>
      <Text size="sm" c="dimmed" mb={4}>
        {t(`complaints.${kind}.hint`)}
      </Text>
      {rows.length === 0 ? (
        <Text c="dimmed">{t(`complaints.${kind}.empty`)}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td ff="monospace">{c.serialNo}</Table.Td>
                <Table.Td>{formatDateTime(c.startedAt, timeZone)}</Table.Td>
                <Table.Td>{`${c.callerName} ${maskPhone(c.phone)}`}</Table.Td>
                <Table.Td>{c.summary.slice(0, 40)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" onClick={() => onConvert(c)}>
                    {t('complaints.calls.convert')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
