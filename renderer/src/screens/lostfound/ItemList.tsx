import { Badge, Group, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
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
        <Table striped highlightOnHover verticalSpacing={3} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lostfound.list.serial')}</Table.Th>
              <Table.Th>{t('lostfound.list.item')}</Table.Th>
              <Table.Th>{t('lostfound.list.foundPlace')}</Table.Th>
              <Table.Th>{t('lostfound.list.foundAt')}</Table.Th>
              <Table.Th>{t('lostfound.list.storagePlace')}</Table.Th>
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
                <Table.Td maw={200} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {item.valuable && (
                    <Badge size="xs" color="orange" mr={4}>
                      {t('lostfound.list.valuable')}
                    </Badge>
                  )}
                  {t(labelKey('lostfound', 'category', item.category))} · {item.description}
                </Table.Td>
                <Table.Td>{item.foundPlace}</Table.Td>
                <Table.Td>{formatDateTime(item.foundAt, timeZone)}</Table.Td>
                <Table.Td>{item.storagePlace}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ItemStateBadge state={item.state} reason={item.voidReason} />
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
