import { Button, Group, NativeSelect, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ListRepairsInput,
  type RepairOrderView,
  repairCategoryValues,
  repairStatusValues,
} from '../../../../shared/contract/repairs';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { RepairStatus } from './RepairStatus';

export type RepairView = 'all' | 'open' | 'overdue' | 'follow-up';

export interface RepairFilters {
  status: string;
  category: string;
  teamId: string;
  text: string;
}

export const defaultRepairFilters: RepairFilters = { status: '', category: '', teamId: '', text: '' };

interface Props {
  view: RepairView;
  timeZone: string;
  filters: RepairFilters;
  selectedId: string | null;
  onFilters(filters: RepairFilters): void;
  onOpen(order: RepairOrderView): void;
}

/** Work orders newest first; open, escalated or due-for-return-visit ones only on their tabs. Phones are masked. */
export function RepairList({ view, timeZone, filters, selectedId, onFilters, onOpen }: Props) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(filters.text, 250);
  const teams = useApiQuery('repairs:teams', { includeInactive: true });
  const input: ListRepairsInput = {
    status: (filters.status || null) as ListRepairsInput['status'],
    category: (filters.category || null) as ListRepairsInput['category'],
    teamId: filters.teamId || null,
    onlyOpen: view === 'open',
    onlyOverdue: view === 'overdue',
    onlyFollowUp: view === 'follow-up',
    text,
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['repairs:list', input],
    queryFn: ({ pageParam }) => invoke('repairs:list', { ...input, cursor: pageParam }),
    initialPageParam: null as ListRepairsInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const set = (patch: Partial<RepairFilters>) => onFilters({ ...filters, ...patch });
  const option = (value: string, label: string) => ({ value, label });
  return (
    <>
      <Group gap={6} mb={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('repairs.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('repairs.list.search') })}
          value={filters.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          aria-label={t('repairs.fields.status')}
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value })}
          data={[
            option('', t('repairs.list.allStatuses')),
            ...repairStatusValues.map((s) => option(s, t(labelKey('repairs', 'status', s)))),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('repairs.fields.category')}
          value={filters.category}
          onChange={(e) => set({ category: e.currentTarget.value })}
          data={[
            option('', t('repairs.list.allCategories')),
            ...repairCategoryValues.map((c) => option(c, t(labelKey('repairs', 'category', c)))),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('repairs.fields.team')}
          value={filters.teamId}
          onChange={(e) => set({ teamId: e.currentTarget.value })}
          data={[option('', t('repairs.list.allTeams')), ...(teams.data ?? []).map((x) => option(x.id, x.name))]}
        />
      </Group>
      <ScrollArea h="calc(100vh - 190px)" type="auto">
        {rows.length === 0 && !pages.isPending ? (
          <Text c="dimmed" size="sm" p="sm">
            {t('repairs.list.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} highlightOnHover stickyHeader aria-label={t('repairs.tabs.orders')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.list.time')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.fields.location')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.fields.category')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.list.reporter')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.fields.team')}</Table.Th>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('repairs.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => (
                <Table.Tr
                  key={o.id}
                  tabIndex={0}
                  aria-selected={o.id === selectedId}
                  bg={o.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => onOpen(o)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') onOpen(o);
                  }}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(o.reportedAt, timeZone)}</Table.Td>
                  <Table.Td maw={110} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {o.location}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(labelKey('repairs', 'category', o.category))}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {o.reporterName} <span>{maskPhone(o.phone)}</span>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.teamName ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <RepairStatus order={o} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pages.hasNextPage && (
          <Button size="xs" variant="subtle" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('repairs.list.more')}
          </Button>
        )}
      </ScrollArea>
    </>
  );
}
