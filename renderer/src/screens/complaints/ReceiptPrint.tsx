import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from '../../../../shared/contract/complaints';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './complaints-print.css';

interface Props {
  complaint: ComplaintView;
  session: SessionView;
  printedAt: number;
}

/** 受理回执 on A4 for the customer: number, promised deadline, what was accepted. Phone masked: it leaves the desk. */
export function ReceiptPrint({ complaint: c, session, printedAt }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  return createPortal(
    <div className="complaints-print" data-testid="complaint-receipt">
      <div className="cp-site">{session.site.name}</div>
      <h1>{t('complaints.receipt.title')}</h1>
      <div className="cp-meta">
        <span>
          {t('complaints.fields.serialNo')}：<span className="cp-number">{c.serialNo}</span>
        </span>
        <span>
          {t('complaints.receipt.printedAt')}：{formatDateTime(printedAt, tz)}
        </span>
      </div>
      <p>{t('complaints.receipt.intro')}</p>
      <table>
        <tbody>
          <tr>
            <th>{t('complaints.fields.customerName')}</th>
            <td>{c.customerName}</td>
            <th>{t('complaints.fields.phone')}</th>
            <td>{maskPhone(c.phone)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.receivedAt')}</th>
            <td>{formatDateTime(c.receivedAt, tz)}</td>
            <th>{t('complaints.fields.type')}</th>
            <td>{t(labelKey('complaints', 'type', c.type))}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.reason')}</th>
            <td colSpan={3}>{maskNumbersInText(c.reason)}</td>
          </tr>
          <tr>
            <th>{t('complaints.fields.demand')}</th>
            <td colSpan={3}>{maskNumbersInText(c.demand)}</td>
          </tr>
          <tr>
            <th>{t('complaints.receipt.deadline')}</th>
            <td colSpan={3} className="cp-number">
              {formatDateTime(c.deadlineAt, tz)}（{t(labelKey('complaints', 'urgency', c.urgency))}）
            </td>
          </tr>
          <tr>
            <th>{t('complaints.fields.owner')}</th>
            <td>{c.firstOwnerClerkName}</td>
            <th>{t('complaints.fields.assignedClerk')}</th>
            <td>
              {c.assignedClerkName
                ? [c.assignedClerkName, c.assignedDepartmentName].filter(Boolean).join(' · ')
                : t('complaints.fields.notAssigned')}
            </td>
          </tr>
        </tbody>
      </table>
      <div className="cp-sign">
        <span>
          {t('complaints.receipt.clerk')}：{c.clerkName}
        </span>
        <span>{t('complaints.receipt.signature')}：________________</span>
      </div>
      <footer>{t('complaints.receipt.keep')}</footer>
    </div>,
    document.body,
  );
}
