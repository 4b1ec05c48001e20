import { useTranslation } from 'react-i18next';
import type { ReturnView } from '../../../../shared/contract/returns';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/**
 * 退换货单 on A4 for the customer's signature: the purchase (shop, 小票号, date), the goods, what the clerk checked,
 * the money (refund and 退款方式, or the difference and who pays it) and the policy verdict, with signature lines.
 */
export function ReturnPrint(props: RecordPrintProps<ReturnView>) {
  const { job, timeZone } = props;
  const { t } = useTranslation();
  const r = job.record;
  const f = (key: string) => t(`returns.fields.${key}`);
  const yes = (v: boolean) => (v ? '☑' : '☐');
  const checks = (['hasReceipt', 'receiptMatches', 'packagingUnopened', 'qualityProblem', 'pastShelfLife'] as const)
    .map((k) => `${yes(r[k])} ${f(k)}`)
    .join('　');
  const refund = r.refundMethod ? t(labelKey('returns', 'refundMethod', r.refundMethod)) : '';
  const difference = r.differencePayer
    ? `${t(labelKey('returns', 'differencePayer', r.differencePayer))} ${formatFen(Math.abs(r.priceDifferenceFen))}`
    : '';
  const rows: [string, string][] = [
    [f('kind'), t(labelKey('returns', 'kind', r.kind))],
    [f('customerName'), `${r.customerName} ${maskPhone(r.phone)}`.trim()],
    [f('shop'), r.shopName],
    [f('receiptNo'), r.receiptNo],
    [f('purchaseDate'), r.purchaseDate],
    [f('product'), [r.product, r.specification, `× ${r.quantity}`].filter(Boolean).join('　')],
    [f('amount'), formatFen(r.amountFen)],
    [t('returns.print.checks'), checks],
    [f('reason'), r.reason],
  ];
  if (r.newProduct)
    rows.push([
      f('newProduct'),
      [r.newProduct, r.newSpecification, r.newAmountFen === null ? '' : formatFen(r.newAmountFen)]
        .filter(Boolean)
        .join('　'),
    ]);
  if (difference) rows.push([f('differencePayer'), difference]);
  if (refund) rows.push([f('refundMethod'), refund]);
  rows.push(
    [
      f('verdict'),
      r.meetsPolicy
        ? t('returns.policy.meets')
        : [t('returns.policy.fails'), ...r.policyReasons.map((k) => t(k)), r.exceptionReason ?? '']
            .filter(Boolean)
            .join('；'),
    ],
    [f('clerk'), `${r.clerkName} ${formatDateTime(r.createdAt, timeZone)}`],
  );
  return (
    <RecordSheet
      {...props}
      testId="return-print"
      title={t('returns.print.title')}
      serial={{ label: f('serialNo'), value: r.serialNo }}
      rows={rows}
      signatures={[t('returns.print.signCustomer'), t('returns.print.signShop'), t('returns.print.signDesk')]}
    />
  );
}
