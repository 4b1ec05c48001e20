import { eq } from 'drizzle-orm';
import { clerks } from '../../../db/schema';
import { int, query, type Selected, text } from '../../../db/sql';
import { satisfactionValues } from '../../../shared/contract/complaint-fields';
import { calendarDaySchema } from '../../../shared/contract/money';
import {
  monthSchema,
  type ReportDayRow,
  type ReportKind,
  type ReportSectionData,
  type ServiceReport,
} from '../../../shared/contract/reports';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { getSite } from '../settings';
import { periodDays, type ReportDay, reportDays } from './period';
import { type ReportPeriod, SATISFACTION_LABELS } from './section';

/** Lets the main process serve other calls between the steps of a long report: each step stays short. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Records per module per day in one aggregate query: one indexed range count per day and module. */
function countsPerDay(ctx: ServiceContext, days: ReportDay[]): ReportDayRow[] {
  const selection: Record<string, Selected<number> | Selected<string>> = { day: text('d.day') };
  ctx.modules.reports.forEach((section, i) => {
    selection[`c${i}`] = int(section.dailyCountSql('d.s', 'd.e'));
  });
  const perDay = query(
    selection,
    (list) =>
      `with d(day, s, e) as (
         select json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') from json_each(?)
       )
       select ${list} from d order by d.day`,
  );
  return perDay.all(ctx.sqlite, JSON.stringify(days.map((d) => [d.day, d.from, d.to]))).map((r) => ({
    day: String(r.day),
    counts: ctx.modules.reports.map((_, i) => Number(r[`c${i}`])),
  }));
}

/** Compiles a report section by section, yielding to the event loop between them. */
export async function compileReport(
  ctx: ServiceContext,
  actor: Actor,
  kind: ReportKind,
  period: string,
): Promise<ServiceReport> {
  // Checked again here: the service is also called without the dispatcher (tests, jobs).
  const valid = kind === 'daily' ? calendarDaySchema.safeParse(period) : monthSchema.safeParse(period);
  if (!valid.success)
    throw refuse(kind === 'daily' ? 'errors.dateFormat' : 'errors.monthFormat', kind === 'daily' ? 'day' : 'month');
  const site = getSite(ctx);
  const clerk = ctx.db
    .select({ name: clerks.name, employeeNo: clerks.employeeNo })
    .from(clerks)
    .where(eq(clerks.id, actor.clerkId))
    .get();
  if (!clerk) throw notFound();
  const now = ctx.clock.now();
  const days = reportDays(kind, period, site.timeZone, now);
  // A month still to come has no day yet: its period is empty, at the month's first midnight.
  const start = periodDays(kind, period, site.timeZone)[0]?.from ?? 0;
  const from = days[0]?.from ?? start;
  const to = days[days.length - 1]?.to ?? start;
  const window: ReportPeriod = { from, to, now, asOf: Math.max(from, Math.min(to, now)), timeZone: site.timeZone };
  const dayRows = countsPerDay(ctx, days);
  const sections: ReportSectionData[] = [];
  for (const section of ctx.modules.reports) {
    await yieldToEventLoop();
    sections.push(section.compile(ctx, window));
  }
  const satisfactionRows =
    sections.find((s) => s.module === 'complaints')?.breakdowns.find((b) => b.labelPrefix === SATISFACTION_LABELS)
      ?.rows ?? [];
  return {
    kind,
    period,
    from,
    to,
    asOf: window.asOf,
    siteName: site.name,
    timeZone: site.timeZone,
    generatedAt: now,
    generatedBy: clerk,
    modules: ctx.modules.reports.map((s) => s.module),
    days: dayRows,
    totals: ctx.modules.reports.map((_, i) => dayRows.reduce((sum, d) => sum + (d.counts[i] ?? 0), 0)),
    sections,
    satisfaction: satisfactionValues.map((key) => ({
      key,
      count: satisfactionRows.find((r) => r.key === key)?.count ?? 0,
    })),
  };
}

export function dailyReport(ctx: ServiceContext, actor: Actor, day: string): Promise<ServiceReport> {
  return compileReport(ctx, actor, 'daily', day);
}

export function monthlyReport(ctx: ServiceContext, actor: Actor, month: string): Promise<ServiceReport> {
  return compileReport(ctx, actor, 'monthly', month);
}
