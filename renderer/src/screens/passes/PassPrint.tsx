import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PassView } from '../../../../shared/contract/passes';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import '../../components/a4-sheet.css';
import { maskPhone } from '../../lib/format';
import './passes-print.css';

/** The pass as a card (85 × 60 mm) at the top of an A4 sheet, to cut out and put in a holder; phone and ID masked. */
export function PassPrint({ pass: p, session }: { pass: PassView; session: SessionView }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`passes.fields.${key}`);
  const line = (label: string, value: string) => (
    <div className="ps-line">
      <span>{label}</span>
      <b>{value}</b>
    </div>
  );
  return createPortal(
    <div className="a4-sheet passes-print" data-testid="pass-print">
      <div className="ps-card">
        <div className="ps-site">{session.site.name}</div>
        <div className="ps-title">{t(labelKey('passes', 'kind', p.kind))}</div>
        {line(f('serialNo'), p.serialNo)}
        {line(f('holderName'), p.holderName)}
        {p.idMasked && line(f('idNumber'), p.idMasked)}
        {line(f('company'), p.company)}
        {line(f('unit'), p.unit)}
        {p.vehiclePlate && line(f('vehiclePlate'), p.vehiclePlate)}
        {line(f('period'), t('common.dateRange', { from: p.validFrom, to: p.validTo }))}
        {line(f('phone'), maskPhone(p.phone))}
        <div className="ps-note">{t('passes.print.note')}</div>
      </div>
    </div>,
    document.body,
  );
}
