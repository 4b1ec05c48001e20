import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import type { PrintJob } from '../../lib/usePrintJob';
import '../../components/a4-sheet.css';
import '../lostfound/claim-receipt.css';

export type SlipJob = PrintJob<LoanView>;

/** 便民借用单: the item, the borrower (phone and ID masked), the guarantee, the due time, the terms, a signature. */
export function LoanSlip(props: { job: SlipJob; siteName: string; clerkName: string; timeZone: string }) {
  const { job, siteName, clerkName, timeZone } = props;
  const { t } = useTranslation();
  const loan = job.record;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const guarantee =
    loan.guarantee === 'deposit'
      ? `${t(labelKey('loans', 'guarantee', 'deposit'))} ${formatMoney(loan.depositFen)}`
      : `${loan.idType ? t(labelKey('loans', 'idType', loan.idType)) : ''} ${loan.idMasked}`;
  const rows: [string, string][] = [
    [t('loans.slip.serial'), loan.serialNo],
    [t('loans.slip.item'), `${loan.kindName} ${loan.itemCode}`],
    [t('loans.slip.borrower'), `${loan.borrowerName} ${maskPhone(loan.phone)}`],
    [t('loans.slip.guarantee'), guarantee],
    [t('loans.slip.lentAt'), at(loan.lentAt)],
    [t('loans.slip.dueAt'), at(loan.dueAt)],
    [t('loans.slip.clerk'), clerkName],
  ];
  return createPortal(
    <div className="a4-sheet lostfound-receipt" data-testid="loan-slip">
      <div className="a4-sheet-site">{siteName}</div>
      <h1>{t('loans.slip.title')}</h1>
      <div className="receipt-meta">
        <span>{loan.serialNo}</span>
        <span>{job.reprint ? `${t('lostfound.receipt.reprint')} · ${at(job.printedAt)}` : at(job.printedAt)}</span>
      </div>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="receipt-statement">{t('loans.slip.terms', { fee: formatMoney(loan.overdueFeePerDayFen) })}</p>
      <div className="receipt-signatures">
        <div>{t('loans.slip.signature')}</div>
        <div>{t('lostfound.receipt.date')}</div>
      </div>
    </div>,
    document.body,
  );
}
