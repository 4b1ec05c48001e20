import { Group, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { storageFilterValues } from '../../../../shared/contract/storage';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { formatDateTime } from '../../lib/time';
import { SlipStateBadge } from './SlipStateBadge';

export type SlipFilter = (typeof storageFilterValues)[number];

interface SlipListProps {
  timeZone: string;
  filter: SlipFilter;
  text: string;
  selectedId: string | null;
  height: number | string;
  onFilter(filter: SlipFilter): void;
  onText(text: string): void;
  onOpen(id: string): void;
}

/** What is in storage now (or was): dense rows, overdue marked in red with its word. */
export function SlipList({ timeZone, filter, text, selectedId, height, onFilter, onText, onOpen }: SlipListProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const slips = useApiQuery('storage:list', { filter, text: debounced, limit: 200 });
  const rows = slips.data ?? [];
  return (
    <>
      <Group gap="xs" mb={6} wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('storage.list.state')}
          value={filter}
          onChange={(v) => onFilter(v as SlipFilter)}
          data={storageFilterValues.map((f) => ({ value: f, label: t(labelKey('storage', 'filter', f)) }))}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('storage.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('storage.list.search') })}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
        />
      </Group>
      <ScrollArea h={height}>
        <Table striped highlightOnHover verticalSpacing={3} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('storage.list.serial')}</Table.Th>
              <Table.Th>{t('storage.list.depositor')}</Table.Th>
              <Table.Th>{t('storage.list.items')}</Table.Th>
              <Table.Th>{t('storage.list.location')}</Table.Th>
              <Table.Th>{t('storage.list.expected')}</Table.Th>
              <Table.Th>{t('storage.list.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr
                key={s.id}
                onClick={() => onOpen(s.id)}
                style={{ cursor: 'pointer' }}
                bg={s.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td ff="monospace" fz="xs">
                  {s.serialNo}
                </Table.Td>
                <Table.Td>{s.depositorName}</Table.Td>
                <Table.Td maw={180} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {t('storage.list.piecesLeft', { left: s.pieces - s.piecesOut, total: s.pieces })} · {s.description}
                </Table.Td>
                <Table.Td>{s.locationCode}</Table.Td>
                <Table.Td>{formatDateTime(s.expectedPickupAt, timeZone)}</Table.Td>
                <Table.Td>
                  <SlipStateBadge state={s.state} reason={s.voidReason} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {slips.isSuccess && rows.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            {t('storage.list.empty')}
          </Text>
        )}
      </ScrollArea>
    </>
  );
}
