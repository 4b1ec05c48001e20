import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type GiftFilter, type GiftRecordView, giftFilterValues } from '../../../../shared/contract/gifts';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { type RecordColumn, RecordList } from '../../components/RecordList';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { GiftStateBadge } from './GiftStateBadge';

interface GiftListProps {
  timeZone: string;
  filter: GiftFilter;
  onFilter(filter: GiftFilter): void;
  text: string;
  onText(text: string): void;
  selectedId: string | null;
  onOpen(id: string): void;
  height: string;
}

/** Gifts handed out (redemptions and prizes), newest first. */
export function GiftList({ timeZone, filter, onFilter, text, onText, selectedId, onOpen, height }: GiftListProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const records = useApiQuery('gifts:list', { filter, text: debounced, limit: 200 });
  const columns: RecordColumn<GiftRecordView>[] = [
    { header: t('gifts.list.serial'), mono: true, nowrap: true, cell: (g) => g.serialNo },
    { header: t('gifts.list.kind'), nowrap: true, cell: (g) => t(labelKey('gifts', 'recordKind', g.recordKind)) },
    { header: t('gifts.list.person'), cell: (g) => `${g.personName} ${maskPhone(g.phone)}` },
    { header: t('gifts.list.gift'), cell: (g) => `${g.campaignName} · ${g.itemName}` },
    { header: t('gifts.list.at'), nowrap: true, cell: (g) => formatDateTime(g.createdAt, timeZone) },
    {
      header: t('gifts.list.state'),
      nowrap: true,
      minWidth: 76,
      cell: (g) => <GiftStateBadge state={g.state} reason={g.voidReason} />,
    },
  ];
  return (
    <RecordList
      rows={records.data ?? []}
      loaded={records.isSuccess}
      columns={columns}
      filter={{
        label: t('gifts.list.filter'),
        value: filter,
        options: giftFilterValues.map((f) => ({ value: f, label: t(labelKey('gifts', 'filter', f)) })),
        onChange: onFilter,
      }}
      search={{ label: t('gifts.list.search'), value: text, onChange: onText, initials: true }}
      selectedId={selectedId}
      onOpen={onOpen}
      height={height}
      empty={t('gifts.list.empty')}
    />
  );
}
