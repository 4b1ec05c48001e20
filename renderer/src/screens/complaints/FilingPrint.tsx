import type { TFunction } from 'i18next';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  type ComplaintDetail,
  complaintTypeValues,
  complaintUrgencyValues,
  timelineWords,
} from '../../../../shared/contract/complaints';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './complaints-print.css';

interface Props {
  complaint: ComplaintDetail;
  session: SessionView;
  printedAt: number;
}

/** A choice printed the way the paper form has it: every option, the one that applies ticked. */
function Choices({ options, picked }: { options: { key: string; label: string }[]; picked: string | null }) {
  return (
    <span className="cp-choices">
      {options.map((o) => (
        <span key={o.key} className="cp-nowrap">
          {o.key === picked ? '☑' : '☐'}
          {o.label}
        </span>
      ))}
    </span>
  );
}

const names = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');

function Header({
  title,
  serialNo,
  session,
  printedAt,
}: { title: string; serialNo: string } & Omit<Props, 'complaint'>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="cp-site">{session.site.name}</div>
      <h1>{title}</h1>
      <div className="cp-meta">
        <span className="cp-number cp-nowrap">{serialNo}</span>
        <span className="cp-nowrap">
          {t('complaints.receipt.printedAt')}：{formatDateTime(printedAt, session.site.timeZone)}
        </span>
      </div>
    </>
  );
}

function Signatures({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  return (
    <div className="cp-sign">
      <span>
        {t('complaints.filing.preparedBy')}：{session.clerk.name}
      </span>
      <span>{t('complaints.filing.reviewedBy')}：________________</span>
    </div>
  );
}

/**
 * 客户投诉登记表 on A4 for the office's file, laid out as the paper form: 受理编号, 受理日期, the customer, 投诉类型,
 * 投诉缘由, 客户要求, 受理 or 不予受理 with its reason, 承诺办理期限, 备注, 制表 / 审核. It leaves the desk: the phone and
 * numbers in the text are masked.
 */
export function RegistrationPrint({ complaint: c, session, printedAt }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const accepted = c.status !== 'received' && c.status !== 'not_accepted';
  const decided = c.status === 'received' ? null : accepted ? 'accept' : 'notAccept';
  return createPortal(
    <div className="complaints-print cp-form" data-testid="complaint-registration">
      <Header
        title={t('complaints.filing.registrationTitle')}
        serialNo={c.serialNo}
        session={session}
        printedAt={printedAt}
      />
      <table>
        <tbody>
          <tr>
            <th>{t('complaints.fields.serialNo')}</th>
            <td className="cp-nowrap">{c.serialNo}</td>
            <th>{t('complaints.filing.receivedDate')}</th>
            <td className="cp-nowrap">{formatDateTime(c.receivedAt, tz)}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.customerName')}</th>
            <td className="cp-nowrap">{c.customerName}</td>
            <th>{t('complaints.fields.phone')}</th>
            <td className="cp-nowrap">{maskPhone(c.phone)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.address')}</th>
            <td colSpan={3}>{maskNumbersInText(c.address)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.type')}</th>
            <td colSpan={3}>
              <Choices
                options={complaintTypeValues.map((k) => ({ key: k, label: t(labelKey('complaints', 'type', k)) }))}
                picked={c.type}
              />
            </td>
          </tr>
          <tr>
            <th>{t('complaints.fields.channel')}</th>
            <td className="cp-nowrap">{t(labelKey('complaints', 'channel', c.channel))}</td>
            <th>{t('complaints.fields.urgency')}</th>
            <td>
              <Choices
                options={complaintUrgencyValues.map((k) => ({
                  key: k,
                  label: t(labelKey('complaints', 'urgency', k)),
                }))}
                picked={c.urgency}
              />
            </td>
          </tr>
          <tr>
            <th>{t('complaints.fields.reason')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.reason)}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.fields.demand')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.demand)}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.decision')}</th>
            <td>
              <Choices
                options={[
                  { key: 'accept', label: t('complaints.fields.accept') },
                  { key: 'notAccept', label: t('complaints.fields.notAccept') },
                ]}
                picked={decided}
              />
            </td>
            <th>{t('complaints.fields.deadlineAt')}</th>
            <td className="cp-nowrap">{accepted ? formatDateTime(c.deadlineAt, tz) : ''}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.notAcceptedReason')}</th>
            <td colSpan={3}>{c.notAcceptedReason ? maskNumbersInText(c.notAcceptedReason) : ''}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.involved')}</th>
            <td colSpan={3}>{names(c.shopName, c.departmentName, c.complainedClerkName)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.owner')}</th>
            <td className="cp-nowrap">{c.firstOwnerClerkName}</td>
            <th>{t('complaints.fields.assignedClerk')}</th>
            <td>
              {c.assignedClerkName
                ? names(c.assignedClerkName, c.assignedDepartmentName)
                : t('complaints.fields.notAssigned')}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.fields.notes')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.notes)}
            </td>
          </tr>
        </tbody>
      </table>
      <Signatures session={session} />
    </div>,
    document.body,
  );
}

/** A timeline entry on paper: its new status and satisfaction by their labels, then what was said (numbers masked). */
function eventLine(t: TFunction, e: ComplaintDetail['events'][number]): string {
  const words = timelineWords(e);
  const head = [
    t(labelKey('complaints', 'eventKind', e.kind)),
    e.toStatus ? t(labelKey('complaints', 'status', e.toStatus)) : '',
    words.satisfaction ? t(labelKey('complaints', 'satisfaction', words.satisfaction)) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return words.text ? `${head}：${maskNumbersInText(words.text)}` : head;
}

/**
 * 投诉处理记录表 of a closed complaint on A4, for the office's file: 投诉编号, 投诉类型, dates, 承办人 and 承办主管, the
 * complainant, 投诉标的, both sides' views, the course of handling (the timeline), 产生原因, 最后对策 with the
 * compensation and who approved it, how the customer was told, the return visit, 制表 / 审核.
 */
export function RecordPrint({ complaint: c, session, printedAt }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  // 承办主管: the lead who gave it to the 承办人 (the last assignment on the timeline).
  const assignedBy = [...c.events].reverse().find((e) => e.toStatus === 'assigned')?.clerkName ?? '';
  const visit = c.satisfaction
    ? `${formatDateTime(c.returnVisitedAt ?? 0, tz)} · ${t(labelKey('complaints', 'satisfaction', c.satisfaction))}：${maskNumbersInText(c.returnVisitResult)}`
    : c.noReturnVisitReason
      ? `${t('complaints.dialog.noVisitReason')}：${maskNumbersInText(c.noReturnVisitReason)}`
      : '';
  return createPortal(
    <div className="complaints-print cp-form" data-testid="complaint-record">
      <Header
        title={t('complaints.filing.recordTitle')}
        serialNo={c.serialNo}
        session={session}
        printedAt={printedAt}
      />
      <table>
        <tbody>
          <tr>
            <th>{t('complaints.filing.recordSerial')}</th>
            <td className="cp-nowrap">{c.serialNo}</td>
            <th>{t('complaints.fields.type')}</th>
            <td className="cp-nowrap">{t(labelKey('complaints', 'type', c.type))}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.receivedDate')}</th>
            <td className="cp-nowrap">{formatDateTime(c.receivedAt, tz)}</td>
            <th>{t('complaints.filing.closedDate')}</th>
            <td className="cp-nowrap">{c.closedAt !== null ? formatDateTime(c.closedAt, tz) : ''}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.handler')}</th>
            <td>{names(c.assignedClerkName ?? c.firstOwnerClerkName, c.assignedDepartmentName)}</td>
            <th>{t('complaints.filing.handlerLead')}</th>
            <td className="cp-nowrap">{assignedBy}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.owner')}</th>
            <td className="cp-nowrap">{c.firstOwnerClerkName}</td>
            <th>{t('complaints.fields.urgency')}</th>
            <td className="cp-nowrap">{t(labelKey('complaints', 'urgency', c.urgency))}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.complainant')}</th>
            <td className="cp-nowrap">{c.customerName}</td>
            <th>{t('complaints.fields.phone')}</th>
            <td className="cp-nowrap">{maskPhone(c.phone)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.address')}</th>
            <td colSpan={3}>{maskNumbersInText(c.address)}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.target')}</th>
            <td colSpan={3}>{names(c.shopName, c.departmentName, c.complainedClerkName)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.reason')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.reason)}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.theirView')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.demand)}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.ourView')}</th>
            <td colSpan={3} className="cp-text">
              {maskNumbersInText(c.resolution)}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.course')}</th>
            <td colSpan={3} className="cp-events">
              <table>
                <tbody>
                  {c.events.map((e) => (
                    <tr key={e.id}>
                      <td className="cp-nowrap">{formatDateTime(e.at, tz)}</td>
                      <td className="cp-nowrap">{e.clerkName}</td>
                      <td>{eventLine(t, e)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.cause')}</th>
            <td colSpan={3}>{c.cause ? t(labelKey('complaints', 'cause', c.cause)) : ''}</td>
          </tr>
          <tr>
            <th>{t('complaints.filing.outcome')}</th>
            <td>{c.outcome ? t(labelKey('complaints', 'outcome', c.outcome)) : ''}</td>
            <th>{t('complaints.filing.compensation')}</th>
            <td className="cp-nowrap">
              {formatFen(c.compensationFen)}
              {c.compensationApprovedByName
                ? `（${t('complaints.filing.approvedBy', { name: c.compensationApprovedByName })}）`
                : ''}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.filing.informed')}</th>
            <td colSpan={3}>
              {[
                c.informedAt !== null ? formatDateTime(c.informedAt, tz) : '',
                c.informedHow,
                maskNumbersInText(c.customerReaction),
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
          </tr>
          <tr>
            <th>{t('complaints.detail.returnVisit')}</th>
            <td colSpan={3}>{visit}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.notes')}</th>
            <td colSpan={3} className="cp-text">
              {[
                maskNumbersInText(c.notes),
                c.reopenCount > 0 ? t('complaints.filing.reopened', { count: c.reopenCount }) : '',
              ]
                .filter(Boolean)
                .join('\n')}
            </td>
          </tr>
        </tbody>
      </table>
      <Signatures session={session} />
    </div>,
    document.body,
  );
}
