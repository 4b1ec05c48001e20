import { useTranslation } from 'react-i18next';
import type { LostfoundItemView } from '../../../../shared/contract/lostfound';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/** 失物认领回执 on A4: the item, the claimant with the ID masked, and signature lines for claimant and clerk. */
export function ClaimReceipt(props: RecordPrintProps<LostfoundItemView>) {
  const { job, clerkName, timeZone } = props;
  const { t } = useTranslation();
  const item = job.record;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, timeZone));
  const rows: [string, string][] = [
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
  return (
    <RecordSheet
      {...props}
      testId="lostfound-receipt"
      title={t('lostfound.receipt.title')}
      serial={{ label: t('lostfound.receipt.serial'), value: item.serialNo }}
      rows={rows}
      statement={t('lostfound.receipt.statement')}
      signatures={[
        t('lostfound.receipt.signature'),
        t('lostfound.receipt.clerkSignature'),
        t('lostfound.receipt.date'),
      ]}
    />
  );
}
