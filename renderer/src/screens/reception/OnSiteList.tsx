import { Button, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../../shared/contract/reception';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatTime } from '../../lib/time';
import { onSiteFor } from './duration';

interface OnSiteListProps {
  visits: VisitView[];
  selectedId: string | null;
  timeZone: string;
  now: number;
  height: number;
  onSelect(id: string): void;
  onOpen(visit: VisitView): void;
  onSignOut(visit: VisitView): void;
}

/** Everyone in and not out, longest on site first; ↑/↓ select, Ctrl+O signs the selected one out. */
export function OnSiteList({
  visits,
  selectedId,
  timeZone,
  now,
  height,
  onSelect,
  onOpen,
  onSignOut,
}: OnSiteListProps) {
  const { t } = useTranslation();
  if (visits.length === 0)
    return (
      <Text size="sm" c="dimmed" p="sm">
        {t('reception.list.emptyOnSite')}
      </Text>
    );
  const move = (step: number) => {
    const index = visits.findIndex((v) => v.id === selectedId);
    const next = visits[Math.min(visits.length - 1, Math.max(0, index + step))];
    if (next) onSelect(next.id);
  };
  return (
    <ScrollArea h={height}>
      <Table
        fz="sm"
        verticalSpacing={2}
        highlightOnHover
        stickyHeader
        tabIndex={0}
        aria-label={t('reception.tabs.onSite', { count: visits.length })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            move(e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reception.list.name')}</Table.Th>
            <Table.Th>{t('reception.list.phone')}</Table.Th>
            <Table.Th>{t('reception.list.purpose')}</Table.Th>
            <Table.Th>{t('reception.list.visiting')}</Table.Th>
            <Table.Th>{t('reception.list.badge')}</Table.Th>
            <Table.Th>{t('reception.list.timeIn')}</Table.Th>
            <Table.Th>{t('reception.list.onSiteFor')}</Table.Th>
            <Table.Th>{t('reception.list.serial')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((v) => (
            <Table.Tr
              key={v.id}
              aria-selected={v.id === selectedId}
              bg={v.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={() => onSelect(v.id)}
              onDoubleClick={() => onOpen(v)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                {v.visitorName}
                {v.partySize > 1 ? ` ×${v.partySize}` : ''}
              </Table.Td>
              <Table.Td>{maskPhone(v.phone)}</Table.Td>
              <Table.Td>{t(labelKey('reception', 'purpose', v.purpose))}</Table.Td>
              <Table.Td>{v.shopName ?? v.visiting}</Table.Td>
              <Table.Td>{v.badgeNo}</Table.Td>
              <Table.Td>{formatTime(v.timeIn, timeZone)}</Table.Td>
              <Table.Td>{onSiteFor(t, v.timeIn, now)}</Table.Td>
              <Table.Td c="dimmed">{v.serialNo}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="light" onClick={() => onSignOut(v)}>
                  {t('reception.list.signOut')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
