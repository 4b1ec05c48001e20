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
  // Two lines a row, nothing wrapped or cut: the list keeps its row height beside the open detail at 1366 px.
  const nowrap = { whiteSpace: 'nowrap' } as const;
  const second = (text: string) => (
    <Text size="xs" c="dimmed" style={nowrap}>
      {text}
    </Text>
  );
  return (
    <Table
      highlightOnHover
      striped={false}
      verticalSpacing={4}
      horizontalSpacing={8}
      fz="sm"
      aria-label={t('complaints.title')}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th style={nowrap}>
            {t('complaints.fields.serialNo')}
            {second(t('complaints.fields.urgency'))}
          </Table.Th>
          <Table.Th style={nowrap}>{t('complaints.fields.customerName')}</Table.Th>
          <Table.Th style={nowrap}>{t('complaints.fields.type')}</Table.Th>
          <Table.Th style={nowrap}>{t('complaints.fields.status')}</Table.Th>
          <Table.Th style={nowrap}>{t('complaints.listHeadings.deadlineAt')}</Table.Th>
          <Table.Th style={nowrap}>
            {t('complaints.fields.owner')}
            {second(t('complaints.fields.assignedClerk'))}
          </Table.Th>
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
            <Table.Td style={nowrap}>
              <Text size="xs" ff="monospace" style={nowrap}>
                {c.serialNo}
              </Text>
              <Badge size="xs" variant="light" color={c.urgency === 'normal' ? 'gray' : 'red'}>
                {t(labelKey('complaints', 'urgency', c.urgency))}
              </Badge>
            </Table.Td>
            <Table.Td style={nowrap}>
              {c.customerName}
              {second(maskPhone(c.phone))}
            </Table.Td>
            <Table.Td style={nowrap}>{t(labelKey('complaints', 'type', c.type))}</Table.Td>
            <Table.Td style={nowrap}>{t(labelKey('complaints', 'status', c.status))}</Table.Td>
            <Table.Td style={nowrap}>
              <Badge size="xs" variant="light" color={deadlineColor[c.deadlineState]}>
                {t(labelKey('complaints', 'deadlineState', c.deadlineState))}
              </Badge>
              {second(formatDateTime(c.effectiveDeadlineAt, timeZone))}
            </Table.Td>
            <Table.Td style={nowrap}>
              <Text size="sm" style={nowrap}>
                {c.firstOwnerClerkName}
              </Text>
              {second(c.assignedClerkName ?? '—')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
