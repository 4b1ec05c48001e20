import ExcelJS from 'exceljs';
import type { ReportFigure, ReportKind, ReportSectionData, ServiceReport } from '../../../shared/contract/reports';
import { reportLabel } from '../../../shared/contract/reports-messages';
import type { Actor, ServiceContext } from '../context';
import { formatSiteTime } from '../time';
import { write } from '../write';
import { compileReport, yieldToEventLoop } from './compile';

const HOUR_MS = 3600_000;
const YUAN_FORMAT = '#,##0.00';

/** The report's title as printed: 日报 2026-11-24, 月报 2026年11月. */
export function reportTitle(kind: ReportKind, period: string): string {
  if (kind === 'daily') return reportLabel('reports.titleDaily').replace('{{day}}', period);
  return reportLabel('reports.titleMonthly')
    .replace('{{year}}', period.slice(0, 4))
    .replace('{{month}}', String(Number(period.slice(5, 7))));
}

/** A figure as a number cell: money in yuan, durations in hours, rates as percentages; the label says the unit. */
function addFigure(sheet: ExcelJS.Worksheet, figure: ReportFigure, suffix = ''): void {
  const label = `${reportLabel(figure.key)}${suffix}`;
  if (figure.format === 'fen') {
    sheet.addRow([`${label}（元）`, figure.value / 100]).getCell(2).numFmt = YUAN_FORMAT;
  } else if (figure.format === 'duration') {
    sheet.addRow([`${label}（小时）`, Number((figure.value / HOUR_MS).toFixed(2))]).getCell(2).numFmt = '0.00';
  } else if (figure.format === 'rate') {
    sheet.addRow([label, Number(figure.value.toFixed(4))]).getCell(2).numFmt = '0.00%';
  } else {
    sheet.addRow([label, Number.isInteger(figure.value) ? figure.value : Number(figure.value.toFixed(2))]);
  }
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([]);
  sheet.addRow([text]).font = { bold: true };
}

function summarySheet(workbook: ExcelJS.Workbook, report: ServiceReport, title: string): void {
  const sheet = workbook.addWorksheet(reportLabel('reports.summary'));
  sheet.columns = [{ width: 30 }, { width: 16 }];
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([reportLabel('reports.site'), report.siteName]);
  sheet.addRow([
    reportLabel('reports.period'),
    `${formatSiteTime(report.from, report.timeZone)} – ${formatSiteTime(report.to, report.timeZone)}`,
  ]);
  sheet.addRow([reportLabel('reports.generatedAt'), formatSiteTime(report.generatedAt, report.timeZone)]);
  sheet.addRow([reportLabel('reports.generatedBy'), report.generatedBy.name]);
  sheet.addRow([reportLabel('reports.asOf').replace('{{time}}', formatSiteTime(report.asOf, report.timeZone))]);
  sheet.addRow([reportLabel('reports.voidedExcluded')]);
  heading(sheet, reportLabel('reports.summary'));
  report.modules.forEach((m, i) => {
    sheet.addRow([reportLabel(`labels.${m}.title`), report.totals[i] ?? 0]);
  });
  heading(sheet, reportLabel('reports.handlingTimes'));
  for (const s of report.sections) for (const h of s.handling) addFigure(sheet, h);
  heading(sheet, reportLabel('reports.overdue'));
  for (const s of report.sections) for (const o of s.overdue) addFigure(sheet, o);
  heading(sheet, reportLabel('reports.satisfactionTitle'));
  for (const r of report.satisfaction)
    sheet.addRow([reportLabel(`labels.complaints.values.satisfaction.${r.key}`), r.count]);
}

function perDaySheet(workbook: ExcelJS.Workbook, report: ServiceReport): void {
  const sheet = workbook.addWorksheet(reportLabel('reports.perDay'));
  sheet.columns = [{ width: 12 }, ...report.modules.map(() => ({ width: 12 })), { width: 10 }];
  const header = sheet.addRow([
    reportLabel('reports.dayColumn'),
    ...report.modules.map((m) => reportLabel(`labels.${m}.title`)),
    reportLabel('reports.total'),
  ]);
  header.font = { bold: true };
  for (const d of report.days) sheet.addRow([d.day, ...d.counts, d.counts.reduce((a, b) => a + b, 0)]);
  sheet.addRow([reportLabel('reports.total'), ...report.totals, report.totals.reduce((a, b) => a + b, 0)]).font = {
    bold: true,
  };
}

function sectionSheets(workbook: ExcelJS.Workbook, report: ServiceReport): void {
  for (const section of report.sections) {
    const sheet = workbook.addWorksheet(reportLabel(`labels.${section.module}.title`));
    sheet.columns = [{ width: 30 }, { width: 16 }];
    sheet.addRow([reportLabel('reports.item'), reportLabel('reports.value')]).font = { bold: true };
    for (const f of section.figures) addFigure(sheet, f);
    for (const h of section.handling) addFigure(sheet, h);
    for (const o of section.overdue) addFigure(sheet, o);
    for (const b of section.breakdowns) {
      heading(sheet, reportLabel(b.key));
      for (const r of b.rows) sheet.addRow([b.labelPrefix ? reportLabel(`${b.labelPrefix}.${r.key}`) : r.key, r.count]);
    }
    sectionExtras(sheet, section, report.timeZone);
  }
}

/** A section's own tables, trends and free-text lines, below its figures (rates as numbers 0..1, shown as %). */
function sectionExtras(sheet: ExcelJS.Worksheet, section: ReportSectionData, timeZone: string): void {
  for (const table of section.tables ?? []) {
    if (table.rows.length === 0) continue;
    heading(sheet, reportLabel(table.key));
    sheet.addRow(['', ...table.columns.map((c) => reportLabel(c.key))]).font = { bold: true };
    for (const row of table.rows) {
      const label = row.label ?? (table.labelPrefix ? reportLabel(`${table.labelPrefix}.${row.key}`) : row.key);
      const added = sheet.addRow([label, ...row.values]);
      table.columns.forEach((c, i) => {
        if (c.format === 'rate') added.getCell(i + 2).numFmt = '0.0%';
      });
    }
  }
  for (const trend of section.trends ?? []) {
    if (trend.points.every((p) => p.count === 0)) continue;
    heading(sheet, reportLabel(trend.key));
    for (const p of trend.points) {
      const added = sheet.addRow([p.month, p.value, p.count]);
      if (trend.format === 'rate') added.getCell(2).numFmt = '0.0%';
    }
  }
  for (const notes of section.notes ?? []) {
    if (notes.rows.length === 0) continue;
    heading(sheet, reportLabel(notes.key));
    for (const r of notes.rows)
      sheet.addRow([formatSiteTime(r.at, timeZone), r.ref, reportLabel(`${notes.labelPrefix}.${r.tag}`), r.text]);
  }
}

/** The report as an .xlsx workbook: a summary, the per-day table, one sheet per module. The export is audited. */
export async function exportReportXlsx(
  ctx: ServiceContext,
  actor: Actor,
  kind: ReportKind,
  period: string,
): Promise<{ fileName: string; base64: string }> {
  const report = await compileReport(ctx, actor, kind, period);
  const title = reportTitle(kind, period);
  const workbook = new ExcelJS.Workbook();
  summarySheet(workbook, report, title);
  perDaySheet(workbook, report);
  sectionSheets(workbook, report);
  await yieldToEventLoop();
  const buffer = await workbook.xlsx.writeBuffer();
  const fileName = `${report.siteName}-${kind === 'daily' ? '日报' : '月报'}-${period}.xlsx`;
  write(ctx, actor, (tx) => tx.event('reports', `${kind}:${period}`, 'report exported', { kind, period, fileName }));
  return { fileName, base64: Buffer.from(buffer).toString('base64') };
}

/** Printing a report (or saving it as PDF through the print dialog) is audited: who, when, which report. */
export function recordReportPrinted(ctx: ServiceContext, actor: Actor, kind: ReportKind, period: string): null {
  write(ctx, actor, (tx) => tx.event('reports', `${kind}:${period}`, 'report printed', { kind, period }));
  return null;
}

/**
 * 导出 PDF in the desktop app: main renders the report's A4 print layout (the renderer shows it while exporting) and
 * the file goes back to the renderer to save. Without a renderer to print (browser mode) nothing is written.
 */
export async function exportReportPdf(
  ctx: ServiceContext,
  actor: Actor,
  kind: ReportKind,
  period: string,
  printToPdf: (() => Promise<Uint8Array>) | undefined,
): Promise<{ handled: boolean; fileName: string; base64: string }> {
  if (!printToPdf) return { handled: false, fileName: '', base64: '' };
  const bytes = await printToPdf();
  write(ctx, actor, (tx) => tx.event('reports', `${kind}:${period}`, 'report exported as PDF', { kind, period }));
  return { handled: true, fileName: `${reportTitle(kind, period)}.pdf`, base64: Buffer.from(bytes).toString('base64') };
}
