import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ListRenovationsInput, RenovationView } from '../../../../shared/contract/renovations';
import { invoke } from '../../api/client';
import { type RecordColumn, RecordTable } from '../../components/RecordTable';
import { maskPhone } from '../../lib/format';
import { RenovationStatus } from './RenovationStatus';

export type RenovationTab = 'all' | 'pending' | 'works';

interface Props {
  tab: RenovationTab;
  text: string;
  selectedId: string | null;
  onText(text: string): void;
  onOpen(permit: RenovationView): void;
}

/** Applications newest first; those awaiting approval or with works under way on their tabs. Phones are masked. */
export function RenovationList({ tab, text: typed, selectedId, onText, onOpen }: Props) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(typed, 250);
  const input: ListRenovationsInput = { onlyPending: tab === 'pending', onlyWorks: tab === 'works', text, limit: 50 };
  const pages = useInfiniteQuery({
    queryKey: ['renovations:list', input],
    queryFn: ({ pageParam }) => invoke('renovations:list', { ...input, cursor: pageParam }),
    initialPageParam: null as ListRenovationsInput['cursor'],
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 30_000,
  });
  const rows = pages.data?.pages.flatMap((p) => p.rows) ?? [];
  const f = (key: string) => t(`renovations.fields.${key}`);
  const columns: RecordColumn<RenovationView>[] = [
    { key: 'serial', header: f('serialNo'), cell: (r) => r.serialNo },
    { key: 'unit', header: f('unit'), cell: (r) => r.unit },
    {
      key: 'owner',
      header: t('renovations.list.owner'),
      cell: (r) => (
        <>
          {r.ownerName} <span>{maskPhone(r.ownerPhone)}</span>
        </>
      ),
    },
    { key: 'end', header: f('endDate'), cell: (r) => r.endDate },
    { key: 'status', header: f('status'), cell: (r) => <RenovationStatus permit={r} /> },
  ];
  return (
    <>
      <TextInput
        size="xs"
        mb={4}
        aria-label={t('renovations.list.search')}
        placeholder={t('common.filterOrInitials', { fields: t('renovations.list.search') })}
        value={typed}
        onChange={(e) => onText(e.currentTarget.value)}
      />
      <RecordTable
        label={t('renovations.tabs.all')}
        rows={rows}
        columns={columns}
        selectedId={selectedId}
        onOpen={onOpen}
        empty={t('renovations.list.empty')}
        loading={pages.isPending}
        more={{
          label: t('renovations.list.more'),
          hasMore: pages.hasNextPage,
          loading: pages.isFetchingNextPage,
          onMore: () => void pages.fetchNextPage(),
        }}
      />
    </>
  );
}
