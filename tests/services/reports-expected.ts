import { demoDirectoryAnswers, demoDirectoryShops } from '../../electron/services/directory/demo';
import { addDeskTime, type DeskHours } from '../../shared/contract/desk-hours';
import type { ReportFigure, ServiceReport } from '../../shared/contract/reports';
import { TestClock } from '../helpers/db';
import { type Generated, HOUR } from './reports-generator';

/** The site day of an instant in Asia/Shanghai (UTC+8 all year), computed without the app's time helpers. */
export const shanghaiDay = (ms: number): string => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

const mean = (values: number[]): number =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;

function countBy(records: Generated[], key: (r: Generated) => string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const k = key(r);
    if (k !== undefined) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

const openAt = (r: Generated, asOf: number) => r.at < asOf && (r.closedAt === undefined || r.closedAt > asOf);

/**
 * Every figure of a report over [from, to) with open items as at `asOf`, from the generated records alone.
 * Keys are the report's figure keys; breakdowns are `key:row`.
 */
/**
 * `desk` gives the generated complaints' deadline: 24 desk hours (an urgent complaint's default), which run only while
 * the desk is open (the rule itself is property-tested in values-deadlines.test.ts).
 */
export function expectedFigures(
  all: Generated[],
  from: number,
  to: number,
  asOf: number,
  desk: DeskHours,
): Record<string, number> {
  const live = all.filter((r) => !r.voided);
  const of = (module: Generated['module']) => live.filter((r) => r.module === module);
  const inPeriod = (r: Generated) => r.at >= from && r.at < to;
  const closedInPeriod = (r: Generated) => r.closedAt !== undefined && r.closedAt >= from && r.closedAt < to;
  const out: Record<string, number> = {};
  const put = (prefix: string, counts: Record<string, number>) => {
    for (const [k, v] of Object.entries(counts)) out[`${prefix}:${k}`] = v;
  };

  const visits = of('reception').filter(inPeriod);
  out['reports.reception.visits'] = visits.length;
  out['reports.reception.visitors'] = visits.reduce((n, r) => n + (r.partySize ?? 0), 0);
  put(
    'reports.reception.byPurpose',
    countBy(visits, (r) => r.kind),
  );

  const calls = of('calls').filter(inPeriod);
  const promised = calls.filter((r) => r.replyDueAt !== undefined);
  const done = promised.filter((r) => r.closedAt !== undefined);
  out['reports.calls.calls'] = calls.length;
  out['reports.calls.incoming'] = calls.filter((r) => r.kind?.startsWith('incoming')).length;
  out['reports.calls.outgoing'] = calls.filter((r) => r.kind?.startsWith('outgoing')).length;
  out['reports.calls.promised'] = promised.length;
  out['reports.calls.done'] = done.length;
  out['reports.calls.callbackTime'] = mean(done.map((r) => (r.closedAt as number) - r.at));
  out['reports.calls.overdueCallbacks'] = of('calls').filter(
    (r) => r.replyDueAt !== undefined && r.replyDueAt < asOf && openAt(r, asOf),
  ).length;
  put(
    'reports.calls.byCategory',
    countBy(calls, (r) => r.kind?.split(':')[1]),
  );

  const slips = of('storage').filter(inPeriod);
  const collected = of('storage').filter((r) => closedInPeriod(r) && r.at < to);
  out['reports.storage.slipsIn'] = slips.length;
  out['reports.storage.slipsOut'] = collected.length;
  out['reports.storage.transferred'] = 0;
  out['reports.storage.fees'] = slips.reduce((n, r) => n + (r.feeFen ?? 0) - (r.waivedFen ?? 0), 0);
  out['reports.storage.waived'] = slips.reduce((n, r) => n + (r.waivedFen ?? 0), 0);
  out['reports.storage.storedTime'] = mean(collected.map((r) => (r.closedAt as number) - r.at));
  out['reports.storage.overdueSlips'] = of('storage').filter(
    (r) => (r.expectedAt as number) < asOf && openAt(r, asOf),
  ).length;

  const requests = of('invoices').filter(inPeriod);
  const issued = of('invoices').filter((r) => closedInPeriod(r) && r.at < to);
  out['reports.invoices.requests'] = requests.length;
  out['reports.invoices.issued'] = issued.length;
  out['reports.invoices.notIssued'] = requests.filter((r) => r.closedAt === undefined).length;
  out['reports.invoices.amount'] = requests.reduce((n, r) => n + (r.amountFen ?? 0), 0);
  out['reports.invoices.issueTime'] = mean(issued.map((r) => (r.closedAt as number) - r.at));
  out['reports.invoices.openRequests'] = of('invoices').filter((r) => openAt(r, asOf)).length;

  const returns = of('returns').filter(inPeriod);
  const sumOf = (kind: string) => returns.filter((r) => r.kind === kind).reduce((n, r) => n + (r.amountFen ?? 0), 0);
  out['reports.returns.returns'] = returns.filter((r) => r.kind === 'return').length;
  out['reports.returns.exchanges'] = returns.filter((r) => r.kind === 'exchange').length;
  out['reports.returns.returnAmount'] = sumOf('return');
  out['reports.returns.exchangeAmount'] = sumOf('exchange');
  out['reports.returns.priceDifference'] = returns.reduce((n, r) => n + (r.differenceFen ?? 0), 0);
  out['reports.returns.exceptions'] = returns.filter((r) => r.exception).length;

  // Complaints are never voided: `all`, not `live`.
  const complaints = all.filter((r) => r.module === 'complaints' && inPeriod(r));
  const accepted = complaints.filter((r) => r.accepted);
  const resolved = accepted.filter((r) => r.closedAt !== undefined);
  const deadline = (r: Generated) => addDeskTime(desk, r.at, 24 * HOUR);
  out['reports.complaints.received'] = complaints.length;
  out['reports.complaints.notAccepted'] = complaints.length - accepted.length;
  out['reports.complaints.resolved'] = resolved.length;
  out['reports.complaints.resolutionRate'] = accepted.length ? resolved.length / accepted.length : 0;
  out['reports.complaints.withinDeadline'] = resolved.filter((r) => (r.closedAt as number) <= deadline(r)).length;
  out['reports.complaints.handlingTime'] = mean(resolved.map((r) => (r.closedAt as number) - r.at));
  out['reports.complaints.compensation'] = 0;
  out['reports.complaints.overdueComplaints'] = all.filter(
    (r) => r.module === 'complaints' && r.accepted && deadline(r) < asOf && openAt(r, asOf),
  ).length;
  put(
    'reports.complaints.byType',
    countBy(complaints, (r) => r.kind),
  );
  const found = of('lostfound').filter(inPeriod);
  const claimed = of('lostfound').filter(closedInPeriod);
  out['reports.lostfound.found'] = found.length;
  out['reports.lostfound.valuables'] = found.filter((r) => r.kind === 'cash').length;
  out['reports.lostfound.cash'] = found.reduce((n, r) => n + (r.amountFen ?? 0), 0);
  out['reports.lostfound.reports'] = 0;
  out['reports.lostfound.claimed'] = claimed.length;
  out['reports.lostfound.police'] = 0;
  out['reports.lostfound.disposed'] = 0;
  out['reports.lostfound.claimTime'] = mean(claimed.map((r) => (r.closedAt as number) - r.at));
  out['reports.lostfound.held'] = of('lostfound').filter((r) => openAt(r, asOf)).length;
  const lent = of('loans').filter(inPeriod);
  const returned = of('loans').filter(closedInPeriod);
  out['reports.loans.lent'] = lent.length;
  out['reports.loans.deposits'] = lent.length * 3000;
  out['reports.loans.returned'] = returned.length;
  out['reports.loans.late'] = returned.filter((r) => (r.closedAt as number) > (r.expectedAt as number)).length;
  out['reports.loans.kept'] = 0;
  out['reports.loans.fees'] = returned.reduce((n, r) => n + (r.feeFen ?? 0), 0);
  out['reports.loans.keptFen'] = 0;
  out['reports.loans.loanTime'] = mean(returned.map((r) => (r.closedAt as number) - r.at));
  out['reports.loans.overdue'] = of('loans').filter((r) => (r.expectedAt as number) < asOf && openAt(r, asOf)).length;
  // The generator opens no customer files and plans no return visits (tests/services/customers-revisits.test.ts counts those).
  for (const key of ['files', 'visited', 'failed', 'calls', 'overdue', 'surveys', 'surveyRate'])
    out[`reports.customers.${key}`] = 0;
  put(
    'reports.satisfactionTitle',
    countBy(complaints, (r) => r.satisfaction),
  );
  // The demo desk's directory, added when the desk was made (the test clock's start); nothing generated changes it.
  const directoryAt = new TestClock().current;
  const directoryAdded = directoryAt >= from && directoryAt < to;
  const directoryListed = directoryAt < asOf;
  out['reports.directory.shopsAdded'] = directoryAdded ? demoDirectoryShops.length : 0;
  out['reports.directory.answersAdded'] = directoryAdded ? demoDirectoryAnswers.length : 0;
  out['reports.directory.shopsListed'] = directoryListed ? demoDirectoryShops.length : 0;
  out['reports.directory.answersListed'] = directoryListed ? demoDirectoryAnswers.length : 0;
  if (directoryListed)
    for (const shop of demoDirectoryShops)
      out[`reports.directory.byCategory:${shop.category}`] =
        (out[`reports.directory.byCategory:${shop.category}`] ?? 0) + 1;
  return out;
}

/** The same keys read from the report as compiled by the app. */
export function reportedFigures(report: ServiceReport): Record<string, number> {
  const out: Record<string, number> = {};
  const take = (f: ReportFigure) => {
    out[f.key] = f.value;
  };
  for (const s of report.sections) {
    s.figures.forEach(take);
    s.handling.forEach(take);
    s.overdue.forEach(take);
    for (const b of s.breakdowns) {
      if (b.key === 'reports.complaints.byDepartment' || b.key === 'reports.complaints.byCause') continue;
      if (b.key === 'reports.complaints.byOutcome') continue;
      for (const r of b.rows) out[`${b.key}:${r.key}`] = r.count;
    }
  }
  delete out['reports.complaints.perDay'];
  return out;
}

/** Records per module per site day, for the per-day table. */
export function expectedPerDay(all: Generated[], days: string[], modules: readonly string[]): number[][] {
  return days.map((day) =>
    modules.map(
      (m) => all.filter((r) => r.module === m && (m === 'complaints' || !r.voided) && shanghaiDay(r.at) === day).length,
    ),
  );
}
