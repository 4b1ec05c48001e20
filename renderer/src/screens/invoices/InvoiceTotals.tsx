import { Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { formatFen } from '../../lib/format';

/** Daily totals by shop and invoice kind for the chosen range (voided requests excluded). */
export function InvoiceTotals({
  range,
  label,
  onClose,
}: {
  range: { from: number; to: number };
  label: { from: string; to: string };
  onClose(): void;
}) {
  const { t } = useTranslation();
  const totals = useApiQuery('invoices:dailyTotals', range);
  const data = totals.data;
  return (
    <Modal opened onClose={onClose} size="xl" title={t('invoices.totalsTitle', label)}>
      <Table striped fz="sm" verticalSpacing={2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.fields.day')}</Table.Th>
            <Table.Th>{t('invoices.fields.shop')}</Table.Th>
            <Table.Th>{t('invoices.fields.kind')}</Table.Th>
            <Table.Th ta="right">{t('invoices.fields.count')}</Table.Th>
            <Table.Th ta="right">{t('invoices.fields.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data?.rows.map((r) => (
            <Table.Tr key={`${r.day}${r.shopId}${r.kind}${r.medium}`}>
              <Table.Td>{r.day}</Table.Td>
              <Table.Td>{r.shopName}</Table.Td>
              <Table.Td>{`${t(labelKey('invoices', 'kind', r.kind))} · ${t(labelKey('invoices', 'medium', r.medium))}`}</Table.Td>
              <Table.Td ta="right">{r.count}</Table.Td>
              <Table.Td ta="right">{formatFen(r.amountFen)}</Table.Td>
            </Table.Tr>
          ))}
          {data && (
            <Table.Tr fw={700}>
              <Table.Td colSpan={3}>{t('invoices.grandTotal')}</Table.Td>
              <Table.Td ta="right">{data.count}</Table.Td>
              <Table.Td ta="right">{formatFen(data.amountFen)}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
