import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ServiceReport } from '../../../../shared/contract/reports';
import { formatDateTime } from '../../lib/time';
import { reportTitle } from './figures';
import { ReportTables } from './ReportTables';
import '../../components/a4-sheet.css';

/**
 * The A4 report: header with site, title, period, generated time and clerk, then the tables (charts do not print
 * well in black and white). Rendered outside the app and shown only when printing.
 */
export function ReportPrint({ report }: { report: ServiceReport }) {
  const { t } = useTranslation();
  const at = (ms: number) => formatDateTime(ms, report.timeZone);
  const lastDay = report.days[report.days.length - 1]?.day ?? report.period;
  return createPortal(
    <div className="a4-sheet report-print">
      <header>
        <div className="a4-sheet-site">{report.siteName}</div>
        <h1>{reportTitle(t, report.kind, report.period)}</h1>
        <div className="report-meta">
          <span>
            {t('reports.period')}：{report.days[0]?.day} – {lastDay}
          </span>
          <span>
            {t('reports.generatedAt')}：{at(report.generatedAt)}
          </span>
          <span>
            {t('reports.generatedBy')}：{report.generatedBy.name}（{report.generatedBy.employeeNo}）
          </span>
        </div>
        <p className="report-note">
          {t('reports.voidedExcluded')}　{t('reports.asOf', { time: at(report.asOf) })}
        </p>
      </header>
      <ReportTables report={report} />
    </div>,
    document.body,
  );
}
