import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract/search';
import { useApiQuery } from '../api/hooks';
import { titleKey } from '../app/labels';
import { hitSubtitle } from '../frame/searchHits';
import { formatDateTime } from '../lib/time';
import { HitStatusBadge } from './HitStatusBadge';

interface CustomerTimelineProps {
  /** The phone in its canonical form (as the history is filed). */
  phone: string;
  timeZone: string;
  /** A row picked (click or Enter): the caller opens the record. */
  onOpen(hit: SearchHit): void;
  /** The table's accessible name. */
  label: string;
}

/**
 * Everything the desk did with one phone number, across modules, as a clerk reads it: what is still open first
 * (a callback due, goods stored, an invoice not issued, a complaint not closed), then the rest, newest first; each row
 * with its time, module, serial, state and what happened. Reused by the customer history screen and customer files.
 */
export function CustomerTimeline({ phone, timeZone, onOpen, label }: CustomerTimelineProps) {
  const { t } = useTranslation();
  const history = useApiQuery('search:history', { phone });
  const rows = history.data ?? [];
  const openCount = rows.filter((h) => h.status?.open && !h.voided).length;
  if (history.isPending) return null;
  if (rows.length === 0) return <Text c="dimmed">{t('history.empty')}</Text>;
  const row = (hit: SearchHit) => (
    <Table.Tr
      key={hit.entityId}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      onClick={() => onOpen(hit)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen(hit);
      }}
    >
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(hit.at, timeZone)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge variant="light" color="gray">
          {t(titleKey(hit.module))}
        </Badge>
      </Table.Td>
      <Table.Td ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
        {hit.serialNo ?? ''}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <HitStatusBadge
          status={
            hit.voided ? { tone: 'voided', labelKey: 'labels.core.values.status.voided', open: false } : hit.status
          }
        />
      </Table.Td>
      <Table.Td style={hit.voided ? { textDecoration: 'line-through' } : undefined}>
        <Text size="sm" span fw={500}>
          {hit.title}
        </Text>{' '}
        <Text size="sm" span c="dimmed">
          {hitSubtitle(t, hit)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
  const part = (text: string, count: number) => (
    <Table.Tr>
      <Table.Td colSpan={5} bg="var(--mantine-color-default-hover)">
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {text}
          </Text>
          <Badge size="sm" variant="light">
            {count}
          </Badge>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Table highlightOnHover verticalSpacing={4} aria-label={label} style={{ fontVariantNumeric: 'tabular-nums' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.at')}</Table.Th>
          <Table.Th>{t('history.module')}</Table.Th>
          <Table.Th>{t('history.serial')}</Table.Th>
          <Table.Th>{t('history.status')}</Table.Th>
          <Table.Th>{t('history.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {openCount > 0 && part(t('history.openPart'), openCount)}
        {rows.slice(0, openCount).map(row)}
        {rows.length > openCount && part(t('history.donePart'), rows.length - openCount)}
        {rows.slice(openCount).map(row)}
      </Table.Tbody>
    </Table>
  );
}
