import { useTranslation } from 'react-i18next';
import type { RenovationView } from '../../../../shared/contract/renovations';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/**
 * 装修申请及许可表 on A4: the unit, owner and contractor (phones masked), the works and period, deposit and fee, the
 * documents seen, and what has happened since (approval, inspection, refund), with signature lines.
 */
export function RenovationPrint(props: RecordPrintProps<RenovationView>) {
  const { job, timeZone } = props;
  const { t } = useTranslation();
  const r = job.record;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, timeZone));
  const f = (key: string) => t(`renovations.fields.${key}`);
  const rows: [string, string][] = [
    [f('unit'), r.unit],
    [f('ownerName'), `${r.ownerName} ${maskPhone(r.ownerPhone)}`],
    [f('contractor'), r.contractor],
    [f('foreman'), `${r.foreman} ${maskPhone(r.foremanPhone)}`],
    [f('work'), r.work],
    [f('period'), t('common.dateRange', { from: r.startDate, to: r.endDate })],
    [f('deposit'), formatFen(r.depositFen)],
    [f('fee'), formatFen(r.feeFen)],
    [f('documents'), r.documents.map((d) => `☑ ${d}`).join('\n')],
    [f('status'), t(labelKey('renovations', 'status', r.status))],
    [f('approved'), r.approvedAt === null ? '' : `${at(r.approvedAt)} ${r.approvedByName ?? ''} ${r.approvalNote}`],
    [
      f('inspected'),
      r.lastResult
        ? `${at(r.inspectedAt)} ${r.inspectedByName ?? ''} ${t(labelKey('renovations', 'result', r.lastResult))} ${r.defects}`
        : '',
    ],
    [f('refunded'), r.refundedAt === null ? '' : `${at(r.refundedAt)} ${formatFen(r.refundFen)} ${r.deductionReason}`],
    [f('clerk'), `${r.clerkName} ${at(r.appliedAt)}`],
  ];
  return (
    <RecordSheet
      {...props}
      testId="renovation-print"
      title={t('renovations.print.title')}
      serial={{ label: f('serialNo'), value: r.serialNo }}
      rows={rows}
      signatures={[
        t('renovations.print.signOwner'),
        t('renovations.print.signContractor'),
        t('renovations.print.signDesk'),
      ]}
    />
  );
}
