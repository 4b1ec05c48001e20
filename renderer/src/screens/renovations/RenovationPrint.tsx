import { useTranslation } from 'react-i18next';
import type { RenovationView } from '../../../../shared/contract/renovations';
import { labelKey } from '../../app/labels';
import { RecordSheet } from '../../components/RecordSheet';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import type { PrintJob } from '../../lib/usePrintJob';

interface Props {
  job: PrintJob<RenovationView>;
  siteName: string;
  clerkName: string;
  timeZone: string;
}

/**
 * 装修申请及许可表 on A4: the unit, owner and contractor (phones masked), the works and period, deposit and fee, the
 * documents seen, and what has happened since (approval, inspection, refund), with signature lines.
 */
export function RenovationPrint({ job, siteName, clerkName, timeZone }: Props) {
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
  const printed = { time: at(job.printedAt), clerk: clerkName };
  return (
    <RecordSheet
      testId="renovation-print"
      siteName={siteName}
      title={t('renovations.print.title')}
      serialLine={t('renovations.print.serial', { serial: r.serialNo })}
      printedLine={t(job.reprint ? 'renovations.print.reprinted' : 'renovations.print.printed', printed)}
      rows={rows}
      signatures={[
        t('renovations.print.signOwner'),
        t('renovations.print.signContractor'),
        t('renovations.print.signDesk'),
      ]}
    />
  );
}
