import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { maskNumbersInText } from '../../../../shared/contract/mask-text';
import type { RepairOrderView } from '../../../../shared/contract/repairs';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import '../../components/a4-sheet.css';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './repairs-print.css';

interface Props {
  order: RepairOrderView;
  session: SessionView;
  printedAt: number;
}

/** 报修派工单 on half an A4 sheet for the team: where, what, by when; blanks for the work done and both signatures. */
export function RepairPrint({ order: o, session, printedAt }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, tz));
  const row = (a: string, av: string, b: string, bv: string) => (
    <tr>
      <th>{a}</th>
      <td>{av}</td>
      <th>{b}</th>
      <td>{bv}</td>
    </tr>
  );
  return createPortal(
    <div className="a4-sheet repairs-print" data-testid="repair-print">
      <div className="a4-sheet-site">{session.site.name}</div>
      <h1>{t('repairs.print.title')}</h1>
      <div className="rp-meta">
        <span>{t('print.labelValue', { label: t('repairs.fields.serialNo'), value: o.serialNo })}</span>
        <span>
          {t('print.labelValue', {
            label: t('repairs.print.printedAt'),
            value: `${formatDateTime(printedAt, tz)} ${session.clerk.name}`,
          })}
        </span>
      </div>
      <table>
        <tbody>
          {row(
            t('repairs.fields.reportedAt'),
            at(o.reportedAt),
            t('repairs.fields.urgency'),
            t(labelKey('repairs', 'urgency', o.urgency)),
          )}
          {row(t('repairs.fields.reporterName'), o.reporterName, t('repairs.fields.phone'), maskPhone(o.phone))}
          {row(
            t('repairs.fields.location'),
            `${t(labelKey('repairs', 'locationKind', o.locationKind))} ${o.shopName ?? ''} ${o.location}`.replace(
              /\s+/g,
              ' ',
            ),
            t('repairs.fields.category'),
            t(labelKey('repairs', 'category', o.category)),
          )}
          <tr>
            <th>{t('repairs.fields.description')}</th>
            <td colSpan={3}>{maskNumbersInText(o.description)}</td>
          </tr>
          {row(t('repairs.fields.team'), o.teamName ?? '', t('repairs.fields.targetArrivalAt'), at(o.targetArrivalAt))}
          {row(t('repairs.fields.arrivedAt'), at(o.arrivedAt), t('repairs.fields.completedAt'), at(o.completedAt))}
          <tr className="rp-tall">
            <th>{t('repairs.fields.workDone')}</th>
            <td colSpan={3}>{maskNumbersInText(o.workDone ?? '')}</td>
          </tr>
          {row(
            t('repairs.fields.materials'),
            o.materials,
            t('repairs.fields.fee'),
            o.completedAt ? formatFen(o.feeFen) : '',
          )}
        </tbody>
      </table>
      <div className="rp-sign">
        <span>{t('print.signLine', { label: t('repairs.print.signTeam') })}</span>
        <span>{t('print.signLine', { label: t('repairs.print.signCustomer') })}</span>
      </div>
      <footer className="rp-copy">
        {t('print.labelValue', { label: t('repairs.fields.clerk'), value: o.clerkName })}　{t('repairs.print.copy')}
      </footer>
    </div>,
    document.body,
  );
}
