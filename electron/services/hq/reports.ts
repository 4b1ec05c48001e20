import type pg from 'pg';
import type { ModuleName } from '../../../shared/modules';
import { recordEntityOfModule, reportedModules } from './modules';

/**
 * The reports head office reads from PostgreSQL: records per module per day (a daily report's day, a monthly
 * report's month), for one site or all, as the desk's own report counts them: records created in the period and
 * not voided since. Read from `hq_daily`, which the projector keeps; nothing here writes.
 */
export interface CrossSiteQuery {
  kind: 'daily' | 'monthly';
  /** YYYY-MM-DD or YYYY-MM */
  period: string;
  /** null: every site */
  site: string | null;
}

export interface CrossSiteReport {
  kind: 'daily' | 'monthly';
  period: string;
  site: string | null;
  sites: string[];
  /** Each site's name by its code (the code itself until a counter published the name). */
  siteNames: Record<string, string>;
  modules: ModuleName[];
  /** Per site-local day of the period: records per module, in the order of `modules`. */
  days: { day: string; counts: number[] }[];
  /** Per site: its records per module over the period. */
  bySite: { site: string; counts: number[] }[];
  totals: number[];
  /** Chain alarms not yet acknowledged, of the sites shown. */
  openAlarms: number;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function range(kind: 'daily' | 'monthly', period: string): [string, string] {
  if (!PERIOD.test(period) || (kind === 'daily') !== (period.length === 10)) throw new Error(`bad period ${period}`);
  if (kind === 'daily') return [period, period];
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`];
}

export async function listSites(client: pg.ClientBase): Promise<string[]> {
  return (await siteNames(client)).map((s) => s.site);
}

/** Every site head office knows, with its name as its counters published it (its code until one has). */
export async function siteNames(client: pg.ClientBase): Promise<{ site: string; name: string }[]> {
  const { rows } = await client.query<{ site: string; name: string | null }>(
    'select site, name from hq_sites order by site',
  );
  return rows.map((r) => ({ site: r.site, name: r.name || r.site }));
}

export async function crossSiteReport(client: pg.ClientBase, q: CrossSiteQuery): Promise<CrossSiteReport> {
  const [from, to] = range(q.kind, q.period);
  const modules = [...reportedModules];
  const entities = modules.map((m) => recordEntityOfModule[m] as string);
  const { rows } = await client.query<{ site: string; day: string; entity: string; n: number }>(
    `select site, to_char(day, 'YYYY-MM-DD') as day, entity, sum(created - voided)::int as n
     from hq_daily
     where day between $1::date and $2::date and entity = any($3::text[]) and ($4::text is null or site = $4)
     group by 1, 2, 3 order by 2`,
    [from, to, entities, q.site],
  );
  const column = new Map(entities.map((e, i) => [e, i]));
  const zero = () => modules.map(() => 0);
  const days = new Map<string, number[]>();
  const bySite = new Map<string, number[]>();
  const totals = zero();
  for (const r of rows) {
    const i = column.get(r.entity);
    if (i === undefined) continue;
    const day = days.get(r.day) ?? zero();
    const site = bySite.get(r.site) ?? zero();
    day[i] = (day[i] ?? 0) + r.n;
    site[i] = (site[i] ?? 0) + r.n;
    totals[i] = (totals[i] ?? 0) + r.n;
    days.set(r.day, day);
    bySite.set(r.site, site);
  }
  const names = await siteNames(client);
  const alarms = await client.query<{ n: number }>(
    `select count(*)::int as n from hq_alarms where acknowledged_at is null and ($1::text is null or site = $1)`,
    [q.site],
  );
  return {
    kind: q.kind,
    period: q.period,
    site: q.site,
    sites: names.map((s) => s.site),
    siteNames: Object.fromEntries(names.map((s) => [s.site, s.name])),
    modules,
    days: [...days].map(([day, counts]) => ({ day, counts })),
    bySite: [...bySite].sort(([a], [b]) => a.localeCompare(b)).map(([site, counts]) => ({ site, counts })),
    totals,
    openAlarms: alarms.rows[0]?.n ?? 0,
  };
}

export interface ChainAlarmView {
  id: number;
  site: string;
  counter: number;
  counterSeq: number;
  kind: string;
  eventId: string;
  otherEventId: string | null;
  raisedAt: number;
}

/** The chain alarms a supervisor at head office has not acknowledged yet, newest first. */
export async function openChainAlarms(client: pg.ClientBase, site: string | null = null): Promise<ChainAlarmView[]> {
  const { rows } = await client.query<{
    id: string;
    site: string;
    counter: number;
    counter_seq: string;
    kind: string;
    event_id: string;
    other_event_id: string | null;
    raised_at: Date;
  }>(
    `select id, site, counter, counter_seq, kind, event_id, other_event_id, raised_at from hq_alarms
     where acknowledged_at is null and ($1::text is null or site = $1) order by id desc limit 500`,
    [site],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    site: r.site,
    counter: r.counter,
    counterSeq: Number(r.counter_seq),
    kind: r.kind,
    eventId: r.event_id,
    otherEventId: r.other_event_id,
    raisedAt: r.raised_at.getTime(),
  }));
}

/** A supervisor has looked into an alarm: it stays on record with who and why, and leaves the open list. */
export async function acknowledgeChainAlarm(
  client: pg.ClientBase,
  input: { id: number; by: string; note: string },
): Promise<boolean> {
  if (!input.note.trim()) throw new Error('an acknowledgement needs a note');
  const { rowCount } = await client.query(
    `update hq_alarms set acknowledged_at = now(), acknowledged_by = $2, acknowledged_note = $3
     where id = $1 and acknowledged_at is null`,
    [input.id, input.by, input.note.trim()],
  );
  return (rowCount ?? 0) > 0;
}
