export { compileReport, dailyReport, monthlyReport } from './compile';
export { exportReportPdf, exportReportXlsx, recordReportPrinted, reportTitle } from './export';
export type { ReportPeriod, ReportSection } from './section';
