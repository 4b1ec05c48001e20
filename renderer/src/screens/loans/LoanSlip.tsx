import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/** 便民借用单: the item, the borrower (phone and ID masked), the guarantee, the due time, the terms, a signature. */
export function LoanSlip(props: RecordPrintProps<LoanView>) {
  const { job, clerkName, timeZone } = props;
  const { t } = useTranslation();
  const loan = job.record;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const guarantee =
    loan.guarantee === 'deposit'
      ? `${t(labelKey('loans', 'guarantee', 'deposit'))} ${formatMoney(loan.depositFen)}`
      : `${loan.idType ? t(labelKey('loans', 'idType', loan.idType)) : ''} ${loan.idMasked}`;
  const rows: [string, string][] = [
    [t('loans.slip.item'), `${loan.kindName} ${loan.itemCode}`],
    [t('loans.slip.borrower'), `${loan.borrowerName} ${maskPhone(loan.phone)}`],
    [t('loans.slip.guarantee'), guarantee],
    [t('loans.slip.lentAt'), at(loan.lentAt)],
    [t('loans.slip.dueAt'), at(loan.dueAt)],
    [t('loans.slip.clerk'), clerkName],
  ];
  return (
    <RecordSheet
      {...props}
      testId="loan-slip"
      title={t('loans.slip.title')}
      serial={{ label: t('loans.slip.serial'), value: loan.serialNo }}
      rows={rows}
      statement={t('loans.slip.terms', { fee: formatMoney(loan.overdueFeePerDayFen) })}
      signatures={[t('loans.slip.signature'), t('lostfound.receipt.date')]}
    />
  );
}
