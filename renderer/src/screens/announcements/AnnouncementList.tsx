import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  type AnnouncementFilter,
  type AnnouncementView,
  announcementFilterValues,
} from '../../../../shared/contract/announcements';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { type RecordColumn, RecordList } from '../../components/RecordList';
import { formatDateTime } from '../../lib/time';
import { AnnouncementStateBadge } from './AnnouncementStateBadge';

interface AnnouncementListProps {
  timeZone: string;
  filter: AnnouncementFilter;
  selectedId: string | null;
  height: string;
  onFilter(filter: AnnouncementFilter): void;
  onOpen(id: string): void;
  text: string;
  onText(text: string): void;
}

/** Today's announcements (open lost children always on top), or every one. */
export function AnnouncementList(props: AnnouncementListProps) {
  const { timeZone, filter, selectedId, height, onFilter, onOpen, text, onText } = props;
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const list = useApiQuery('announcements:list', { filter, text: debounced, limit: 200 });
  // The text takes what room is left; everything else stays on one line so the list stays one row per record.
  const columns: RecordColumn<AnnouncementView>[] = [
    { header: t('announcements.list.serial'), mono: true, nowrap: true, cell: (a) => a.serialNo },
    { header: t('announcements.list.at'), nowrap: true, cell: (a) => formatDateTime(a.createdAt, timeZone).slice(5) },
    { header: t('announcements.list.kind'), nowrap: true, cell: (a) => t(labelKey('announcements', 'kind', a.kind)) },
    { header: t('announcements.list.text'), cell: (a) => (a.text.length > 18 ? `${a.text.slice(0, 18)}…` : a.text) },
    { header: t('announcements.list.requesterName'), nowrap: true, cell: (a) => a.requesterName },
    {
      header: t('announcements.list.state'),
      nowrap: true,
      minWidth: 76,
      cell: (a) => <AnnouncementStateBadge state={a.state} reason={a.voidReason} />,
    },
  ];
  return (
    <RecordList
      rows={list.data ?? []}
      loaded={list.isSuccess}
      columns={columns}
      filter={{
        label: t('announcements.list.state'),
        value: filter,
        options: announcementFilterValues.map((f) => ({ value: f, label: t(labelKey('announcements', 'filter', f)) })),
        onChange: onFilter,
      }}
      search={{ label: t('announcements.list.search'), value: text, onChange: onText, initials: true }}
      selectedId={selectedId}
      onOpen={onOpen}
      height={height}
      empty={t('announcements.list.empty')}
    />
  );
}
