import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type LoanFilter, type LoanView, loanFilterValues } from '../../../../shared/contract/loans';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { type RecordColumn, RecordList } from '../../components/RecordList';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { LoanStateBadge } from './LoanStateBadge';

interface LoanListProps {
  timeZone: string;
  filter: LoanFilter;
  selectedId: string | null;
  height: string;
  onFilter(filter: LoanFilter): void;
  onOpen(id: string): void;
  text: string;
  onText(text: string): void;
}

/** What is out (or was): dense rows, overdue in red with its word. */
export function LoanList({ timeZone, filter, selectedId, height, onFilter, onOpen, text, onText }: LoanListProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const loans = useApiQuery('loans:list', { filter, text: debounced, limit: 200 });
  const columns: RecordColumn<LoanView>[] = [
    { header: t('loans.list.serial'), mono: true, cell: (loan) => loan.serialNo },
    { header: t('loans.list.item'), cell: (loan) => `${loan.kindName} ${loan.itemCode}` },
    { header: t('loans.list.borrower'), cell: (loan) => `${loan.borrowerName} ${maskPhone(loan.phone)}` },
    { header: t('loans.list.due'), cell: (loan) => formatDateTime(loan.dueAt, timeZone) },
    {
      header: t('loans.list.state'),
      nowrap: true,
      minWidth: 76,
      cell: (loan) => <LoanStateBadge state={loan.state} reason={loan.voidReason} />,
    },
  ];
  return (
    <RecordList
      rows={loans.data ?? []}
      loaded={loans.isSuccess}
      columns={columns}
      filter={{
        label: t('loans.list.state'),
        value: filter,
        options: loanFilterValues.map((f) => ({ value: f, label: t(labelKey('loans', 'filter', f)) })),
        onChange: onFilter,
      }}
      search={{ label: t('loans.list.search'), value: text, onChange: onText, initials: true }}
      selectedId={selectedId}
      onOpen={onOpen}
      height={height}
      empty={t('loans.list.empty')}
    />
  );
}
