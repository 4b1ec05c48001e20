import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ReleasePassDetail } from '../../../../shared/contract/releases';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import '../../components/a4-sheet.css';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './releases-print.css';

interface Props {
  pass: ReleasePassDetail;
  session: SessionView;
  printedAt: number;
}

/**
 * 物品放行条 in two copies on one A4 sheet, cut at the dashed line: the gate copy goes out with the goods and the
 * guard signs it, the file copy stays at the desk. The phone is masked on both.
 */
export function ReleasePrint({ pass: p, session, printedAt }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const f = (key: string) => t(`releases.fields.${key}`);
  const copy = (which: 'gateCopy' | 'keptCopy') => (
    <section className="rl-copy" key={which}>
      <div className="a4-sheet-site">{session.site.name}</div>
      <h1>{t('releases.print.title')}</h1>
      <div className="rl-meta">
        <span>{t('print.labelValue', { label: f('serialNo'), value: p.serialNo })}</span>
        <span>{t(`releases.print.${which}`)}</span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>{f('holderName')}</th>
            <td>{`${t(labelKey('releases', 'holderKind', p.holderKind))} ${p.holderName}`}</td>
            <th>{f('phone')}</th>
            <td>{maskPhone(p.phone)}</td>
          </tr>
          <tr>
            <th>{f('unit')}</th>
            <td>{p.shopName ? `${p.shopName} ${p.unit}` : p.unit}</td>
            <th>{f('validDay')}</th>
            <td>{p.validDay}</td>
          </tr>
          <tr>
            <th>{f('reason')}</th>
            <td>{[t(labelKey('releases', 'reason', p.reason)), p.reasonNote].filter(Boolean).join(' ')}</td>
            <th>{f('vehiclePlate')}</th>
            <td>{p.vehiclePlate}</td>
          </tr>
          <tr>
            <th>{f('approverName')}</th>
            <td>
              {t('print.withNote', {
                value: p.approverName,
                note: t(labelKey('releases', 'approvalMethod', p.approvalMethod)),
              })}
            </td>
            <th>{f('approvedBy')}</th>
            <td>{p.approvedByName}</td>
          </tr>
        </tbody>
      </table>
      <table className="rl-items">
        <thead>
          <tr>
            <th>{t('releases.print.lineNo')}</th>
            <th>{f('itemName')}</th>
            <th>{f('quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((x) => (
            <tr key={x.id}>
              <td>{x.lineNo}</td>
              <td>{x.name}</td>
              <td>{x.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rl-sign">
        <span>{t('print.signLine', { label: t('releases.print.signHolder') })}</span>
        <span>{t('print.signLine', { label: t('releases.print.signGuard') })}</span>
      </div>
      <footer className="rl-foot">
        {`${t('print.labelValue', { label: f('clerk'), value: p.clerkName })}　${t('print.labelValue', {
          label: t('releases.print.printedAt'),
          value: `${formatDateTime(printedAt, tz)} ${session.clerk.name}`,
        })}`}
      </footer>
    </section>
  );
  return createPortal(
    <div className="a4-sheet releases-print" data-testid="release-print">
      {copy('gateCopy')}
      <div className="rl-cut" />
      {copy('keptCopy')}
    </div>,
    document.body,
  );
}
