import { Button, Group, NativeSelect, ScrollArea, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type CallView,
  callCategoryValues,
  callDirectionValues,
  formatDuration,
  type ListCallsInput,
} from '../../../../shared/contract/calls';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { maskPhone } from '../../lib/format';
import { searchTextError } from '../../lib/searchText';
import { formatDateTime } from '../../lib/time';

export type DateRange = 'today' | 'week' | 'month' | 'all';

export interface CallFilters {
  range: DateRange;
  category: string;
  direction: string;
  clerkId: string;
  text: string;
}

export const defaultCallFilters: CallFilters = { range: 'week', category: '', direction: '', clerkId: '', text: '' };

const rangeDays: Record<DateRange, number | null> = { today: 0, week: 6, month: 29, all: null };

/** Start of the range's first day in the site's zone. */
function rangeStart(range: DateRange, timeZone: string): number | null {
  const days = rangeDays[range];
  return days === null ? null : dayjs().tz(timeZone).startOf('day').subtract(days, 'day').valueOf();
}

interface CallListProps {
  timeZone: string;
  filters: CallFilters;
  selectedId: string | null;
  onFilters(filters: CallFilters): void;
  onOpen(call: CallView): void;
}

/** Every call, newest first, filtered; keyset pages on (started at, id) with "load more". Numbers are masked. */
export function CallList({ timeZone, filters, selectedId, onFilters, onOpen }: CallListProps) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(filters.text, 250);
  const textError = searchTextError(filters.text);
  const clerks = useApiQuery('clerks:list', { includeInactive: true });
  const input: ListCallsInput = {
    from: rangeStart(filters.range, timeZone),
    category: (filters.category || null) as ListCallsInput['category'],
    direction: (filters.direction || null) as ListCallsInput['direction'],
    clerkId: filters.clerkId || null,
    text,
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['calls:list', input],
    queryFn: ({ pageParam }) => invoke('calls:list', { ...input, cursor: pageParam }),
    enabled: textError === undefined,
    initialPageParam: null as ListCallsInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const set = (patch: Partial<CallFilters>) => onFilters({ ...filters, ...patch });
  const option = (value: string, label: string) => ({ value, label });
  return (
    <>
      <Group gap={6} mb={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('calls.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('calls.list.search') })}
          value={filters.text}
          error={textError}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          aria-label={t('calls.list.range')}
          value={filters.range}
          onChange={(e) => set({ range: e.currentTarget.value as DateRange })}
          data={(['today', 'week', 'month', 'all'] as const).map((r) => option(r, t(`calls.list.ranges.${r}`)))}
        />
        <NativeSelect
          size="xs"
          aria-label={t('calls.fields.category')}
          value={filters.category}
          onChange={(e) => set({ category: e.currentTarget.value })}
          data={[
            option('', t('calls.list.allCategories')),
            ...callCategoryValues.map((c) => option(c, t(labelKey('calls', 'category', c)))),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('calls.fields.direction')}
          value={filters.direction}
          onChange={(e) => set({ direction: e.currentTarget.value })}
          data={[
            option('', t('calls.list.allDirections')),
            ...callDirectionValues.map((d) => option(d, t(labelKey('calls', 'direction', d)))),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('calls.fields.clerk')}
          value={filters.clerkId}
          onChange={(e) => set({ clerkId: e.currentTarget.value })}
          data={[option('', t('calls.list.allClerks')), ...(clerks.data ?? []).map((c) => option(c.id, c.name))]}
        />
      </Group>
      <ScrollArea h="calc(100vh - 190px)" type="auto">
        {rows.length === 0 && !pages.isPending ? (
          <Text c="dimmed" size="sm" p="sm">
            {t('calls.list.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} highlightOnHover stickyHeader aria-label={t('calls.tabs.log')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calls.list.time')}</Table.Th>
                <Table.Th>{t('calls.fields.direction')}</Table.Th>
                <Table.Th>{t('calls.list.caller')}</Table.Th>
                <Table.Th>{t('calls.fields.category')}</Table.Th>
                <Table.Th>{t('calls.fields.summary')}</Table.Th>
                <Table.Th>{t('calls.fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr
                  key={c.id}
                  tabIndex={0}
                  aria-selected={c.id === selectedId}
                  bg={c.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => onOpen(c)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') onOpen(c);
                  }}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.startedAt, timeZone)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t(labelKey('calls', 'direction', c.direction))} {formatDuration(c.durationSec)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.callerName} <span>{maskPhone(c.phone)}</span>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(labelKey('calls', 'category', c.category))}</Table.Td>
                  <Table.Td maw={140} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {c.summary}
                  </Table.Td>
                  <Table.Td>
                    <CallStatus call={c} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {pages.hasNextPage && (
          <Button size="xs" variant="subtle" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('calls.list.more')}
          </Button>
        )}
      </ScrollArea>
    </>
  );
}

/** Voided wins; otherwise the callback's state, if the call promised one. */
export function CallStatus({ call }: { call: CallView }) {
  if (call.voidedAt !== null) return <StatusBadge status="voided" reason={call.voidReason} />;
  if (call.callbackStatus) return <StatusBadge status={call.callbackStatus} />;
  return null;
}
