import { Badge, Box, Group, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type LostfoundFilter, lostfoundFilterValues } from '../../../../shared/contract/lostfound';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { formatDateTime } from '../../lib/time';
import { ItemStateBadge } from './ItemStateBadge';

interface ItemListProps {
  timeZone: string;
  filter: LostfoundFilter;
  text: string;
  selectedId: string | null;
  height: string;
  onFilter(filter: LostfoundFilter): void;
  onText(text: string): void;
  onOpen(id: string): void;
}

/** What the desk holds (or held): dense rows, valuables marked, items past the keeping period in red. */
export function ItemList({ timeZone, filter, text, selectedId, height, onFilter, onText, onOpen }: ItemListProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const items = useApiQuery('lostfound:list', { filter, text: debounced, limit: 200 });
  const rows = items.data ?? [];
  return (
    <>
      <Group gap="xs" mb={6} wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('lostfound.list.state')}
          value={filter}
          onChange={(v) => onFilter(lostfoundFilterValues.find((f) => f === v) ?? 'held')}
          data={lostfoundFilterValues.map((f) => ({ value: f, label: t(labelKey('lostfound', 'filter', f)) }))}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('lostfound.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('lostfound.list.search') })}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
        />
      </Group>
      <ScrollArea h={height}>
        <Table
          striped
          highlightOnHover
          verticalSpacing={3}
          fz="sm"
          stickyHeader
          aria-label={t('lostfound.tabs.items')}
          style={{ whiteSpace: 'nowrap' }}
        >
          {/* At 1366 px beside the form: one line per row, where and where kept in one column, so the status shows. */}
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lostfound.list.serial')}</Table.Th>
              <Table.Th>{t('lostfound.list.item')}</Table.Th>
              <Table.Th>{t('lostfound.list.foundPlace')}</Table.Th>
              <Table.Th>{t('lostfound.list.foundAt')}</Table.Th>
              <Table.Th>{t('lostfound.list.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr
                key={item.id}
                aria-selected={item.id === selectedId}
                onClick={() => onOpen(item.id)}
                style={{ cursor: 'pointer' }}
                bg={item.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td ff="monospace" fz="xs">
                  {item.serialNo}
                </Table.Td>
                {/* Boxes of a set width that cut with …: a cell's own max-width does not hold a column back. */}
                <Table.Td>
                  <Group gap={4} wrap="nowrap" w={110}>
                    {item.valuable && (
                      <Badge size="xs" color="orange" style={{ flexShrink: 0 }}>
                        {t('lostfound.list.valuable')}
                      </Badge>
                    )}
                    <Text size="sm" truncate title={item.description}>
                      {t(labelKey('lostfound', 'category', item.category))} · {item.description}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate w={90} title={item.foundPlace}>
                    {item.foundPlace}
                  </Text>
                  {item.storagePlace && (
                    <Text size="xs" c="dimmed" truncate w={90}>
                      {t('lostfound.list.keptAt', { place: item.storagePlace })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td fz="xs">{formatDateTime(item.foundAt, timeZone)}</Table.Td>
                <Table.Td>
                  {/* A badge's label cuts with … and asks for no width: this box holds the column to the word. */}
                  <Box w="max-content">
                    <ItemStateBadge state={item.state} reason={item.voidReason} />
                  </Box>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {items.isSuccess && rows.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            {t('lostfound.list.empty')}
          </Text>
        )}
      </ScrollArea>
    </>
  );
}
