import type { ReportSectionData } from '../../../shared/contract/reports';
import type { ModuleName } from '../../../shared/modules';
import type { ServiceContext } from '../context';

/**
 * The period a report covers: [from, to) in UTC ms between site-local midnights. Open and overdue items are
 * counted as at `asOf` (the period's end, or now while it runs); `now` tells whether anything can have been
 * closed after `asOf`.
 */
export interface ReportPeriod {
  from: number;
  to: number;
  asOf: number;
  now: number;
  timeZone: string;
}

/**
 * What a module contributes to the daily and monthly reports: `electron/services/<module>/report-section.ts`,
 * registered in its main module definition; the report code itself never changes. Sections only read.
 */
export interface ReportSection {
  module: ModuleName;
  /**
   * A scalar subquery counting the module's (not voided) records whose time lies in [from, to), where `from` and
   * `to` are SQL expressions: the per-day table joins every module's subquery into one aggregate query.
   */
  dailyCountSql(from: string, to: string): string;
  compile(ctx: ServiceContext, period: ReportPeriod): ReportSectionData;
}

/** The complaints section's satisfaction breakdown: the report also shows its levels as a chart of their own. */
export const SATISFACTION_LABELS = 'labels.complaints.values.satisfaction';

export interface CountRowSql {
  key: string | null;
  count: number;
}

/** Group counts from SQL, largest first, without null keys. */
export function countRows(rows: CountRowSql[]): { key: string; count: number }[] {
  return rows
    .filter((r): r is { key: string; count: number } => r.key !== null)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Whether records may have been closed after `asOf`: only when the period ended before now. */
export function periodIsPast(period: ReportPeriod): boolean {
  return period.asOf < period.now;
}
