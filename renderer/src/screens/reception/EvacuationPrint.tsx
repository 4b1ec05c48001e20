import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../../shared/contract/reception';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './evacuation-print.css';

interface EvacuationPrintProps {
  visits: VisitView[];
  siteName: string;
  clerkName: string;
  printedAt: number;
  timeZone: string;
}

/**
 * The A4 evacuation list: a layout of its own, rendered outside the app and shown only when printing
 * (print CSS hides the app). Phones are masked: the sheet leaves the desk.
 */
export function EvacuationPrint({ visits, siteName, clerkName, printedAt, timeZone }: EvacuationPrintProps) {
  const { t } = useTranslation();
  const people = visits.reduce((sum, v) => sum + v.partySize, 0);
  return createPortal(
    <div className="evacuation-print">
      <header>
        <div className="evacuation-site">{siteName}</div>
        <h1>{t('reception.evacuation.title')}</h1>
        <div className="evacuation-meta">
          <span>{t('reception.evacuation.printedAt', { at: formatDateTime(printedAt, timeZone) })}</span>
          <span>{t('reception.evacuation.clerk', { name: clerkName })}</span>
          <span>{t('reception.evacuation.total', { count: visits.length, people })}</span>
        </div>
      </header>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('reception.list.name')}</th>
            <th>{t('reception.form.partySize')}</th>
            <th>{t('reception.list.phone')}</th>
            <th>{t('reception.form.organisation')}</th>
            <th>{t('reception.list.visiting')}</th>
            <th>{t('reception.list.badge')}</th>
            <th>{t('reception.list.timeIn')}</th>
            <th>✓</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v, i) => (
            <tr key={v.id}>
              <td>{i + 1}</td>
              <td>{v.visitorName}</td>
              <td>{v.partySize}</td>
              <td>{maskPhone(v.phone)}</td>
              <td>{v.organisation}</td>
              <td>{v.shopName ?? v.visiting}</td>
              <td>{v.badgeNo}</td>
              <td>{formatDateTime(v.timeIn, timeZone)}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <footer>{t('reception.evacuation.footer', { site: siteName })}</footer>
    </div>,
    document.body,
  );
}
