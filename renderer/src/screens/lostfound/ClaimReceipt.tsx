import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { LostfoundItemView } from '../../../../shared/contract/lostfound';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import { labelKey } from '../../app/labels';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import '../../components/a4-sheet.css';
import './claim-receipt.css';

export interface ReceiptJob {
  item: LostfoundItemView;
  reprint: boolean;
  printedAt: number;
  key: number;
}

interface ClaimReceiptProps {
  job: ReceiptJob;
  siteName: string;
  clerkName: string;
  timeZone: string;
}

/** 失物认领回执 on A4: the item, the claimant with the ID masked, and signature lines for claimant and clerk. */
export function ClaimReceipt({ job, siteName, clerkName, timeZone }: ClaimReceiptProps) {
  const { t } = useTranslation();
  const { item } = job;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, timeZone));
  const rows: [string, string][] = [
    [t('lostfound.receipt.serial'), item.serialNo],
    [
      t('lostfound.receipt.item'),
      `${t(labelKey('lostfound', 'category', item.category))} · ${maskNumbersInText(item.description)}${
        item.cashFen > 0 ? ` · ${formatFen(item.cashFen)}` : ''
      }`,
    ],
    [t('lostfound.receipt.foundPlace'), item.foundPlace],
    [t('lostfound.receipt.foundAt'), at(item.foundAt)],
    [t('lostfound.receipt.claimant'), item.claimantName ?? ''],
    [t('lostfound.receipt.phone'), maskPhone(item.claimantPhone ?? '')],
    [
      t('lostfound.receipt.id'),
      `${item.claimantIdType ? t(labelKey('lostfound', 'idType', item.claimantIdType)) : ''} ${item.claimantIdMasked ?? ''}`,
    ],
    [t('lostfound.receipt.description'), maskNumbersInText(item.claimDescription ?? '')],
    [t('lostfound.receipt.claimedAt'), at(item.closedAt)],
    [t('lostfound.receipt.approvedBy'), item.claimApprovedByName ?? '—'],
    [t('lostfound.receipt.clerk'), clerkName],
  ];
  return createPortal(
    <div className="a4-sheet lostfound-receipt" data-testid="lostfound-receipt">
      <div className="a4-sheet-site">{siteName}</div>
      <h1>{t('lostfound.receipt.title')}</h1>
      <div className="receipt-meta">
        <span>
          {t('lostfound.receipt.serial')}：{item.serialNo}
        </span>
        <span>
          {job.reprint ? `${t('lostfound.receipt.reprint')} · ` : ''}
          {t('lostfound.receipt.printedAt')}：{at(job.printedAt)}
        </span>
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
      <p className="receipt-statement">{t('lostfound.receipt.statement')}</p>
      <div className="receipt-signatures">
        <div>{t('lostfound.receipt.signature')}</div>
        <div>{t('lostfound.receipt.clerkSignature')}</div>
        <div>{t('lostfound.receipt.date')}</div>
      </div>
    </div>,
    document.body,
  );
}
