import { z } from 'zod';
import type { ModuleName } from '../modules';
import { channel } from './channel';
import type { Satisfaction } from './complaint-fields';
import { contractModule } from './module';
import { calendarDaySchema } from './money';
import type { ReportKind } from './reports-fields';
import { reportsLabels } from './reports-labels';

export * from './reports-fields';

/** How a figure is shown: a count, money in fen, a duration in ms, or a rate 0..1. */
export type FigureFormat = 'count' | 'fen' | 'duration' | 'rate';

/** One number on the report; `key` is an i18n key under `reports.*`. */
export interface ReportFigure {
  key: string;
  value: number;
  format: FigureFormat;
}

/** A count per category; each row's label is the i18n key `${labelPrefix}.${key}` (a value list's labels), or the key itself (names) without a prefix. */
export interface ReportBreakdown {
  key: string;
  labelPrefix: string | null;
  rows: { key: string; count: number }[];
}

/**
 * A table of its own (satisfaction per question, per team): one row per thing, one value per column. A row's label
 * is `label` as it stands (a question's text, a team's name), else the i18n key `${labelPrefix}.${key}`.
 */
export interface ReportTable {
  key: string;
  labelPrefix: string | null;
  /** i18n keys of the value columns, and how each is shown. */
  columns: { key: string; format: FigureFormat }[];
  rows: { key: string; label?: string; values: number[] }[];
}

/** A value per month, oldest first (the months before the report's and its own): drawn as a line. */
export interface ReportTrend {
  key: string;
  format: FigureFormat;
  points: { month: string; value: number; count: number }[];
}

/** Lines of free text worth reading (the comments of the customers not satisfied); `tag` is `${labelPrefix}.${tag}`. */
export interface ReportNotes {
  key: string;
  labelPrefix: string;
  rows: { at: number; ref: string; tag: string; text: string }[];
}

/** What one module contributes to a report. */
export interface ReportSectionData {
  module: ModuleName;
  figures: ReportFigure[];
  /** Average handling times (format 'duration') and how many records they average over. */
  handling: (ReportFigure & { count: number })[];
  /** Items open and overdue at the report's `asOf` instant. */
  overdue: ReportFigure[];
  breakdowns: ReportBreakdown[];
  tables?: ReportTable[];
  trends?: ReportTrend[];
  notes?: ReportNotes[];
}

export interface ReportDayRow {
  day: string;
  /** Records per module, in the order of `ServiceReport.modules`. */
  counts: number[];
}

/** 日报 / 月报: compiled from the database on request; voided records are left out. */
export interface ServiceReport {
  kind: ReportKind;
  /** YYYY-MM-DD for a daily report, YYYY-MM for a monthly one. */
  period: string;
  /** The period as [from, to) in UTC ms: site-local midnights. */
  from: number;
  to: number;
  /** Open and overdue items are counted as at this instant: the end of the period, or now while it is running. */
  asOf: number;
  siteName: string;
  timeZone: string;
  generatedAt: number;
  generatedBy: { name: string; employeeNo: string };
  modules: ModuleName[];
  days: ReportDayRow[];
  totals: number[];
  sections: ReportSectionData[];
  /** Every level of the five-level scale, in order, zero when none. */
  satisfaction: { key: Satisfaction; count: number }[];
}

export const monthSchema = z
  .string({ error: 'errors.required' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'errors.monthFormat')
  .refine((v) => Number(v.slice(0, 4)) >= 2000 && Number(v.slice(0, 4)) <= 2100, 'errors.monthFormat');

export const dailyReportInput = z.object({ day: calendarDaySchema });
export const monthlyReportInput = z.object({ month: monthSchema });

export const exportReportInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), period: calendarDaySchema }),
  z.object({ kind: z.literal('monthly'), period: monthSchema }),
]);
export type ExportReportInput = z.infer<typeof exportReportInput>;

export const reportsContract = {
  'reports:daily': channel<ServiceReport>()(dailyReportInput, 'lead'),
  'reports:monthly': channel<ServiceReport>()(monthlyReportInput, 'lead'),
  'reports:exportXlsx': channel<{ fileName: string; base64: string }>()(exportReportInput, 'lead'),
  /** Printing (and saving as PDF through the print dialog) is audited like every printout. */
  'reports:printed': channel<null>()(exportReportInput, 'lead'),
  /** The desktop app renders the A4 layout to a PDF file; browser mode answers handled: false (use the print dialog). */
  'reports:exportPdf': channel<{ handled: boolean; fileName: string; base64: string }>()(exportReportInput, 'lead'),
};

export const reportsModule = contractModule('reports', { channels: reportsContract, labels: reportsLabels });
