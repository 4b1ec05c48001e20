import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplaintView, DeadlineState } from '../../../../shared/contract/complaints';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

export const deadlineColor: Record<DeadlineState, string> = {
  ok: 'gray',
  dueSoon: 'orange',
  overdue: 'red',
  paused: 'blue',
  done: 'green',
};

interface Props {
  rows: ComplaintView[];
  timeZone: string;
  selectedId: string | null;
  onOpen(id: string): void;
}

/** Open complaints come sorted by urgency then deadline; due and overdue rows are tinted. */
export function ComplaintList({ rows, timeZone, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('complaints.empty')}</Text>;
  return (
    <Table highlightOnHover striped={false} verticalSpacing={4} fz="sm" aria-label={t('complaints.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('complaints.fields.serialNo')}</Table.Th>
          <Table.Th>{t('complaints.fields.urgency')}</Table.Th>
          <Table.Th>{t('complaints.fields.customerName')}</Table.Th>
          <Table.Th>{t('complaints.fields.type')}</Table.Th>
          <Table.Th>{t('complaints.fields.status')}</Table.Th>
          <Table.Th>{t('complaints.fields.deadlineAt')}</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('complaints.fields.owner')}</Table.Th>
          <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('complaints.fields.assignedClerk')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr
            key={c.id}
            onClick={() => onOpen(c.id)}
            style={{ cursor: 'pointer' }}
            bg={
              c.id === selectedId
                ? 'var(--mantine-color-blue-light)'
                : c.deadlineState === 'overdue'
                  ? 'var(--mantine-color-red-light)'
                  : c.deadlineState === 'dueSoon'
                    ? 'var(--mantine-color-orange-light)'
                    : undefined
            }
          >
            <Table.Td>
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {c.serialNo}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={c.urgency === 'normal' ? 'gray' : 'red'}>
                {t(labelKey('complaints', 'urgency', c.urgency))}
              </Badge>
            </Table.Td>
            <Table.Td>
              {c.customerName}{' '}
              <Text span size="xs" c="dimmed">
                {maskPhone(c.phone)}
              </Text>
            </Table.Td>
            <Table.Td>{t(labelKey('complaints', 'type', c.type))}</Table.Td>
            <Table.Td>{t(labelKey('complaints', 'status', c.status))}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={deadlineColor[c.deadlineState]} mr={4}>
                {t(labelKey('complaints', 'deadlineState', c.deadlineState))}
              </Badge>
              {formatDateTime(c.effectiveDeadlineAt, timeZone)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.firstOwnerClerkName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.assignedClerkName ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
