import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ListPassesInput, type PassView, passKindValues } from '../../../../shared/contract/passes';
import { invoke } from '../../api/client';
import { labelKey, labelOptions } from '../../app/labels';
import { type RecordColumn, RecordTable } from '../../components/RecordTable';
import { maskPhone } from '../../lib/format';
import { PassStatus } from './PassStatus';

export type PassTab = 'all' | 'out' | 'expired';

interface Props {
  tab: PassTab;
  filters: { kind: string; text: string };
  selectedId: string | null;
  onFilters(filters: { kind: string; text: string }): void;
  onOpen(pass: PassView): void;
}

/** Passes newest first; out or expired ones on their tabs. Phones are masked. */
export function PassList({ tab, filters, selectedId, onFilters, onOpen }: Props) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(filters.text, 250);
  const input: ListPassesInput = {
    kind: (filters.kind || null) as ListPassesInput['kind'],
    onlyOut: tab === 'out',
    onlyExpired: tab === 'expired',
    text,
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['passes:list', input],
    queryFn: ({ pageParam }) => invoke('passes:list', { ...input, cursor: pageParam }),
    initialPageParam: null as ListPassesInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const columns: RecordColumn<PassView>[] = [
    { key: 'serial', header: t('passes.fields.serialNo'), cell: (p) => p.serialNo },
    { key: 'kind', header: t('passes.fields.kind'), cell: (p) => t(labelKey('passes', 'kind', p.kind)) },
    {
      key: 'holder',
      header: t('passes.list.holder'),
      cell: (p) => (
        <>
          {p.holderName} <span>{maskPhone(p.phone)}</span>
        </>
      ),
    },
    { key: 'company', header: t('passes.fields.company'), cell: (p) => p.vehiclePlate || p.company, maxWidth: 110 },
    { key: 'period', header: t('passes.fields.validTo'), cell: (p) => p.validTo },
    { key: 'status', header: t('passes.fields.status'), cell: (p) => <PassStatus pass={p} /> },
  ];
  return (
    <>
      <Group gap={6} mb={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('passes.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('passes.list.search') })}
          value={filters.text}
          onChange={(e) => onFilters({ ...filters, text: e.currentTarget.value })}
        />
        <NativeSelect
          size="xs"
          aria-label={t('passes.fields.kind')}
          value={filters.kind}
          onChange={(e) => onFilters({ ...filters, kind: e.currentTarget.value })}
          data={[{ value: '', label: t('passes.list.allKinds') }, ...labelOptions(t, 'passes', 'kind', passKindValues)]}
        />
      </Group>
      <RecordTable
        label={t('passes.tabs.all')}
        rows={rows}
        columns={columns}
        selectedId={selectedId}
        onOpen={onOpen}
        empty={t('passes.list.empty')}
        loading={pages.isPending}
        more={{
          label: t('passes.list.more'),
          hasMore: pages.hasNextPage,
          loading: pages.isFetchingNextPage,
          onMore: () => void pages.fetchNextPage(),
        }}
      />
    </>
  );
}
