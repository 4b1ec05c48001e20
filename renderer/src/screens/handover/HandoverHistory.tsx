import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/** Past handovers, newest first; any can be reprinted from its stored snapshot. */
export function HandoverHistory({
  timeZone,
  onReprint,
  onSavePdf,
}: {
  timeZone: string;
  onReprint(id: string): void;
  onSavePdf(id: string): void;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('handover:list', { limit: 100 });
  if (list.data?.length === 0) return <Text c="dimmed">{t('handover.history.empty')}</Text>;
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('handover.print.number')}</Table.Th>
          <Table.Th>{t('handover.history.closedAt')}</Table.Th>
          <Table.Th>{t('handover.print.counter')}</Table.Th>
          <Table.Th>{t('handover.print.outgoing')}</Table.Th>
          <Table.Th>{t('handover.print.incoming')}</Table.Th>
          <Table.Th>{t('handover.history.difference')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(list.data ?? []).map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{h.serialNo}</Table.Td>
            <Table.Td>{formatDateTime(h.closedAt, timeZone)}</Table.Td>
            <Table.Td>{h.counterName}</Table.Td>
            <Table.Td>{h.outgoingName}</Table.Td>
            <Table.Td>{h.incomingName ?? t('handover.close.noSuccessor')}</Table.Td>
            <Table.Td c={h.cashDifferenceFen === 0 ? undefined : 'red'}>{formatFen(h.cashDifferenceFen)}</Table.Td>
            <Table.Td>
              <Button size="compact-xs" variant="light" onClick={() => onReprint(h.id)}>
                {t('handover.print.reprint')}
              </Button>
              <Button size="compact-xs" variant="subtle" ml={4} onClick={() => onSavePdf(h.id)}>
                {t('handoverPdf.save')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
