import { Button, Group, ScrollArea, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ListVisitsInput, type VisitView, visitPurposeValues } from '../../../../shared/contract/reception';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { maskPhone } from '../../lib/format';
import { searchTextError } from '../../lib/searchText';
import { formatDateTime } from '../../lib/time';

interface Filters {
  from: string;
  to: string;
  purpose: string | null;
  clerkId: string | null;
  text: string;
}

/** Start of a typed `YYYY-MM-DD` day in the site's zone; a day later for the end of a range. */
function dayStart(text: string, timeZone: string, plusDays = 0): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return null;
  const day = dayjs.tz(`${text.trim()}T00:00:00`, timeZone);
  return day.isValid() ? day.add(plusDays, 'day').valueOf() : null;
}

/** All visits, newest first, filtered; pages on (time in, id) with "load more", so it stays fast on a big file. */
export function VisitList({
  timeZone,
  height,
  onOpen,
}: {
  timeZone: string;
  height: number;
  onOpen(v: VisitView): void;
}) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>({ from: '', to: '', purpose: null, clerkId: null, text: '' });
  const [text] = useDebouncedValue(filters.text, 250);
  const textError = searchTextError(filters.text);
  const clerks = useApiQuery('clerks:list', { includeInactive: true });
  const input: ListVisitsInput = {
    from: dayStart(filters.from, timeZone),
    to: dayStart(filters.to, timeZone, 1),
    purpose: (filters.purpose as ListVisitsInput['purpose']) ?? null,
    clerkId: filters.clerkId,
    text,
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['reception:list', input],
    queryFn: ({ pageParam }) => invoke('reception:list', { ...input, cursor: pageParam }),
    enabled: textError === undefined,
    initialPageParam: null as ListVisitsInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const searchedBackTo = pages.data?.pages.at(-1)?.searchedBackTo ?? null;
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  return (
    <>
      <Group gap="xs" mb={4} wrap="nowrap">
        <TextInput
          size="xs"
          w={110}
          aria-label={t('reception.list.from')}
          placeholder={t('reception.list.from')}
          value={filters.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
        <TextInput
          size="xs"
          w={110}
          aria-label={t('reception.list.to')}
          placeholder={t('reception.list.to')}
          value={filters.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
        <Select
          size="xs"
          w={140}
          aria-label={t('reception.list.purpose')}
          placeholder={t('reception.list.anyPurpose')}
          data={visitPurposeValues.map((v) => ({ value: v, label: t(labelKey('reception', 'purpose', v)) }))}
          clearable
          value={filters.purpose}
          onChange={(purpose) => set({ purpose })}
        />
        <Select
          size="xs"
          w={120}
          aria-label={t('reception.list.clerk')}
          placeholder={t('reception.list.anyClerk')}
          data={(clerks.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          clearable
          value={filters.clerkId}
          onChange={(clerkId) => set({ clerkId })}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('reception.list.text')}
          placeholder={t('common.filterOrInitials', { fields: t('reception.list.text') })}
          value={filters.text}
          error={textError}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
      </Group>
      <ScrollArea h={height - 34}>
        {rows.length === 0 && !pages.isLoading && searchedBackTo === null ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('reception.list.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={2} highlightOnHover stickyHeader aria-label={t('reception.tabs.all')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reception.list.serial')}</Table.Th>
                <Table.Th>{t('reception.list.name')}</Table.Th>
                <Table.Th>{t('reception.list.phone')}</Table.Th>
                <Table.Th>{t('reception.list.purpose')}</Table.Th>
                <Table.Th>{t('reception.list.visiting')}</Table.Th>
                <Table.Th>{t('reception.list.timeIn')}</Table.Th>
                <Table.Th>{t('reception.list.timeOut')}</Table.Th>
                <Table.Th>{t('reception.list.clerk')}</Table.Th>
                <Table.Th>{t('reception.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((v) => (
                <Table.Tr key={v.id} onClick={() => onOpen(v)} style={{ cursor: 'pointer' }}>
                  <Table.Td c="dimmed">{v.serialNo}</Table.Td>
                  <Table.Td>{v.visitorName}</Table.Td>
                  <Table.Td>{maskPhone(v.phone)}</Table.Td>
                  <Table.Td>{t(labelKey('reception', 'purpose', v.purpose))}</Table.Td>
                  <Table.Td>{v.shopName ?? v.visiting}</Table.Td>
                  <Table.Td>{formatDateTime(v.timeIn, timeZone)}</Table.Td>
                  <Table.Td>{v.timeOut ? formatDateTime(v.timeOut, timeZone) : ''}</Table.Td>
                  <Table.Td>{v.clerkName}</Table.Td>
                  <Table.Td>
                    <VisitStatus visit={v} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {searchedBackTo !== null && (
          <Text size="sm" c="dimmed" px="sm" pt={4}>
            {t('reception.list.searchedBackTo', { date: formatDateTime(searchedBackTo, timeZone) })}
          </Text>
        )}
        {pages.hasNextPage && (
          <Button size="xs" variant="subtle" onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t(searchedBackTo !== null ? 'reception.list.searchOlder' : 'reception.list.more')}
          </Button>
        )}
      </ScrollArea>
    </>
  );
}

export function VisitStatus({ visit }: { visit: VisitView }) {
  const { t } = useTranslation();
  if (visit.voidedAt) return <StatusBadge status="voided" reason={visit.voidReason} />;
  if (visit.timeOut) return <StatusBadge status="done" label={t('reception.list.left')} />;
  // A repair report is a work order's business, not a visitor on site.
  if (visit.purpose === 'repair')
    return <StatusBadge status="done" label={t(labelKey('reception', 'purpose', 'repair'))} />;
  return <StatusBadge status="open" label={t('reception.list.onSite')} />;
}
