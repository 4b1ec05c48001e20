import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ListReleasesInput,
  type ReleasePassView,
  releaseReasonValues,
  releaseStatusValues,
} from '../../../../shared/contract/releases';
import { invoke } from '../../api/client';
import { labelOptions } from '../../app/labels';
import { type RecordColumn, RecordTable } from '../../components/RecordTable';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { ReleaseStatus } from './ReleaseStatus';

export interface ReleaseFilters {
  status: string;
  reason: string;
  text: string;
}

export const defaultReleaseFilters: ReleaseFilters = { status: '', reason: '', text: '' };

interface Props {
  onlyWaiting: boolean;
  timeZone: string;
  filters: ReleaseFilters;
  selectedId: string | null;
  onFilters(filters: ReleaseFilters): void;
  onOpen(pass: ReleasePassView): void;
}

/** Passes newest first; the gate tab shows only those still waiting. Phones are masked. */
export function ReleaseList({ onlyWaiting, timeZone, filters, selectedId, onFilters, onOpen }: Props) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(filters.text, 250);
  const input: ListReleasesInput = {
    status: (filters.status || null) as ListReleasesInput['status'],
    reason: (filters.reason || null) as ListReleasesInput['reason'],
    onlyWaiting,
    text,
    limit: 50,
  };
  const pages = useInfiniteQuery({
    queryKey: ['releases:list', input],
    queryFn: ({ pageParam }) => invoke('releases:list', { ...input, cursor: pageParam }),
    initialPageParam: null as ListReleasesInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const set = (patch: Partial<ReleaseFilters>) => onFilters({ ...filters, ...patch });
  const columns: RecordColumn<ReleasePassView>[] = [
    { key: 'time', header: t('releases.list.time'), cell: (p) => formatDateTime(p.issuedAt, timeZone) },
    { key: 'unit', header: t('releases.fields.unit'), cell: (p) => p.unit, maxWidth: 90 },
    {
      key: 'holder',
      header: t('releases.list.holder'),
      cell: (p) => (
        <>
          {p.holderName} <span>{maskPhone(p.phone)}</span>
        </>
      ),
    },
    {
      key: 'items',
      header: t('releases.fields.plateAndItems'),
      cell: (p) => [p.vehiclePlate, p.itemsText].filter(Boolean).join(' · '),
      maxWidth: 150,
    },
    { key: 'status', header: t('releases.fields.status'), cell: (p) => <ReleaseStatus pass={p} /> },
  ];
  return (
    <>
      <Group gap={6} mb={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('releases.list.search')}
          placeholder={t('common.filterOrInitials', { fields: t('releases.list.search') })}
          value={filters.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
        {!onlyWaiting && (
          <NativeSelect
            size="xs"
            aria-label={t('releases.fields.status')}
            value={filters.status}
            onChange={(e) => set({ status: e.currentTarget.value })}
            data={[
              { value: '', label: t('releases.list.allStatuses') },
              ...labelOptions(t, 'releases', 'status', releaseStatusValues),
            ]}
          />
        )}
        <NativeSelect
          size="xs"
          aria-label={t('releases.fields.reason')}
          value={filters.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          data={[
            { value: '', label: t('releases.list.allReasons') },
            ...labelOptions(t, 'releases', 'reason', releaseReasonValues),
          ]}
        />
      </Group>
      <RecordTable
        label={t('releases.tabs.passes')}
        rows={rows}
        columns={columns}
        selectedId={selectedId}
        onOpen={onOpen}
        empty={t('releases.list.empty')}
        loading={pages.isPending}
        more={{
          label: t('releases.list.more'),
          hasMore: pages.hasNextPage,
          loading: pages.isFetchingNextPage,
          onMore: () => void pages.fetchNextPage(),
        }}
      />
    </>
  );
}
