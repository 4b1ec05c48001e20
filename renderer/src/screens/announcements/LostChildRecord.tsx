import { useTranslation } from 'react-i18next';
import type { AnnouncementView } from '../../../../shared/contract/announcements';
import { labelKey } from '../../app/labels';
import { type RecordPrintProps, RecordSheet } from '../../components/RecordSheet';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

/** 走失儿童处置记录 on A4: the child, who reported, each step with its time and who, the hand-over, signatures. */
export function LostChildRecord(props: RecordPrintProps<AnnouncementView>) {
  const { job, clerkName, timeZone } = props;
  const { t } = useTranslation();
  const item = job.record;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, timeZone));
  const k = (key: string) => t(`announcements.record.${key}`);
  const child = [
    item.childName,
    item.childGender ? t(labelKey('announcements', 'gender', item.childGender)) : '',
    item.childAge === null ? '' : t('announcements.detail.age', { age: item.childAge }),
  ]
    .filter(Boolean)
    .join(' · ');
  const rows: [string, string][] = [
    [k('child'), child],
    [k('description'), item.childDescription],
    [k('place'), item.lastSeenPlace],
    [k('requester'), `${item.requesterName} ${maskPhone(item.requesterPhone)}`],
    [k('text'), item.text],
    [k('reads'), String(item.timesRead)],
    [
      k('steps'),
      item.steps
        .map((s) => `${at(s.at)} ${t(labelKey('announcements', 'step', s.step))} ${s.who}${s.note ? ` ${s.note}` : ''}`)
        .join('\n'),
    ],
    [k('outcome'), item.outcome ? `${t(labelKey('announcements', 'outcome', item.outcome))} ${at(item.closedAt)}` : ''],
    [
      k('handedTo'),
      item.handedToName
        ? `${t('print.withNote', { value: item.handedToName, note: item.handedToRelation ?? '' })} ${
            item.handedToIdType ? t(labelKey('announcements', 'idType', item.handedToIdType)) : ''
          } ${item.handedToIdMasked ?? ''}`
        : (item.closeNote ?? ''),
    ],
    [k('clerk'), clerkName],
  ];
  return (
    <RecordSheet
      {...props}
      testId="lost-child-record"
      title={k('title')}
      serial={{ label: k('serial'), value: item.serialNo }}
      rows={rows}
      signatures={[k('guardianSignature'), k('securitySignature'), k('clerkSignature')]}
    />
  );
}
