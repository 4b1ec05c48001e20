import { useTranslation } from 'react-i18next';
import type { ServiceReport } from '../../../../shared/contract/reports';
import type { ModuleName } from '../../../../shared/modules';
import { titleKey } from '../../app/labels';
import { breakdownLabel, formatFigure } from './figures';
import { ReportSectionExtras } from './ReportSectionExtras';

/** The report as tables: the same on screen (below the charts) and on paper. */
export function ReportTables({ report }: { report: ServiceReport }) {
  const { t } = useTranslation();
  const moduleName = (m: ModuleName) => t(titleKey(m));
  const grand = report.totals.reduce((a, b) => a + b, 0);
  return (
    <div className="report-tables">
      <h3>{t('reports.perDay')}</h3>
      <table aria-label={t('reports.perDay')}>
        <thead>
          <tr>
            <th>{t('reports.dayColumn')}</th>
            {/* Full names on screen; on paper the short ones, so every heading fits its column on one line. */}
            {report.modules.map((m) => (
              <th key={m} title={moduleName(m)}>
                <span className="report-full">{moduleName(m)}</span>
                <span className="report-short">{t(`reports.shortModule.${m}`)}</span>
              </th>
            ))}
            <th>{t('reports.total')}</th>
          </tr>
        </thead>
        <tbody>
          {report.days.map((d) => (
            <tr key={d.day}>
              <td className="day">{d.day}</td>
              {d.counts.map((n, i) => (
                <td key={report.modules[i]} className="num">
                  {n}
                </td>
              ))}
              <td className="num">{d.counts.reduce((a, b) => a + b, 0)}</td>
            </tr>
          ))}
          <tr className="report-total">
            <th scope="row">{t('reports.total')}</th>
            {report.totals.map((n, i) => (
              <td key={report.modules[i]} className="num">
                {n}
              </td>
            ))}
            <td className="num">{grand}</td>
          </tr>
        </tbody>
      </table>
      <div className="report-pair">
        <div>
          <h3>{t('reports.handlingTimes')}</h3>
          <table aria-label={t('reports.handlingTimes')}>
            <tbody>
              {report.sections.flatMap((s) =>
                s.handling.map((h) => (
                  <tr key={h.key}>
                    <th scope="row">{t(h.key)}</th>
                    <td className="num">
                      {formatFigure(t, h)}
                      {t('reports.handlingOver', { count: h.count })}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('reports.overdue')}</h3>
          <table aria-label={t('reports.overdue')}>
            <tbody>
              {report.sections.flatMap((s) =>
                s.overdue.map((o) => (
                  <tr key={o.key}>
                    <th scope="row">{t(o.key)}</th>
                    <td className="num">{formatFigure(t, o)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </div>
      {report.sections.map((s) => (
        <section key={s.module} className="report-section">
          <h3>{moduleName(s.module)}</h3>
          <table aria-label={moduleName(s.module)}>
            <tbody>
              {s.figures.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{t(f.key)}</th>
                  <td className="num">{formatFigure(t, f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {s.breakdowns
            .filter((b) => b.rows.length > 0)
            .map((b) => (
              <table key={b.key} className="report-breakdown" aria-label={t(b.key)}>
                <thead>
                  <tr>
                    <th colSpan={2}>{t(b.key)}</th>
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((r) => (
                    <tr key={r.key}>
                      <td>{breakdownLabel(t, b, r.key)}</td>
                      <td className="num">{r.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          <ReportSectionExtras section={s} timeZone={report.timeZone} />
        </section>
      ))}
    </div>
  );
}
