import type { Sqlite } from '../../db/open';
import { OPEN_COMPLAINT_STATUSES } from '../../shared/contract/complaints';
import type { BenchDesk } from './desk';

export interface ReadCase {
  name: string;
  /** Target p95 in ms from issue 8. */
  target: number;
  app: () => Promise<unknown>;
  raw: () => unknown;
}

/** Representative values from the data: the most frequent customer, a common name. */
export function pickTerms(sqlite: Sqlite) {
  const phone = sqlite
    .prepare(
      `select phone from (select phone from search_entries where phone is not null order by rowid desc limit 200000)
       group by phone order by count(*) desc limit 1`,
    )
    .pluck()
    .get() as string;
  const name = sqlite
    .prepare(
      "select title from search_entries where module = 'calls' and length(title) = 3 order by rowid desc limit 1",
    )
    .pluck()
    .get() as string | undefined;
  return { phone, name3: name ?? '王小明' };
}

export function readCases(desk: BenchDesk, terms: { phone: string; name3: string }, monthly: ReadCase): ReadCase[] {
  const s = desk.ctx.sqlite;
  const call = desk.call;
  const openStatuses = OPEN_COMPLAINT_STATUSES.map((x) => `'${x}'`).join(', ');
  const rawAll = (sql: string) => {
    const stmt = s.prepare(sql);
    return (...params: unknown[]) =>
      () =>
        stmt.all(...params);
  };
  const keyed = rawAll(
    `select e.module, e.entity_id, e.title, e.subtitle, e.at, e.voided from search_entries e
     join search_keys k on k.entry_rowid = e.rowid where k.key = ? order by k.entry_rowid desc limit 30`,
  );
  const trigram = rawAll(
    `select e.module, e.entity_id, e.title, e.subtitle, e.at, e.voided from search_entries e where e.rowid in
     (select rowid from search_fts where search_fts match ? order by rowid desc limit 30) order by e.rowid desc`,
  );
  const search = (text: string) => () => call('search:query', { text, limit: 30 });
  const cases: ReadCase[] = [
    {
      name: 'list visits (purpose filter)',
      target: 10,
      app: () => call('reception:list', { purpose: 'repair' }),
      raw: rawAll('select * from visits where purpose = ? order by time_in desc, id desc limit 51')('repair'),
    },
    {
      name: 'list visits (text filter)',
      target: 10,
      app: () => call('reception:list', { text: terms.name3 }),
      raw: rawAll(
        'select * from visits where instr(visitor_name, ?) > 0 or instr(phone, ?) > 0 order by time_in desc, id desc limit 51',
      )(terms.name3, terms.name3),
    },
    {
      // No visit has it: the app reads one bounded stretch and says how far back it looked; raw scans every visit.
      name: 'list visits (2-char text, no match)',
      target: 10,
      app: () => call('reception:list', { text: '㐀㐁' }),
      raw: rawAll(
        `select * from visits where instr(visitor_name, ?) > 0 or instr(phone, ?) > 0 or instr(organisation, ?) > 0
         or instr(visiting, ?) > 0 order by time_in desc, id desc limit 51`,
      )('㐀㐁', '㐀㐁', '㐀㐁', '㐀㐁'),
    },
    {
      name: 'list calls (category filter)',
      target: 10,
      app: () => call('calls:list', { category: 'repair' }),
      raw: rawAll('select * from calls where category = ? order by started_at desc, id desc limit 51')('repair'),
    },
    {
      name: 'list storage (open slips)',
      target: 10,
      app: () => call('storage:list', { filter: 'open' }),
      raw: rawAll(
        "select * from storage_slips where status = 'stored' and voided_at is null order by deposited_at desc limit 200",
      )(),
    },
    {
      name: 'list invoices (status filter)',
      target: 10,
      app: () => call('invoices:list', { status: 'requested' }),
      raw: rawAll('select * from invoice_requests where status = ? order by created_at desc, id desc limit 51')(
        'requested',
      ),
    },
    {
      name: 'list returns (kind filter)',
      target: 10,
      app: () => call('returns:list', { kind: 'exchange' }),
      raw: rawAll('select * from return_requests where kind = ? order by created_at desc, id desc limit 200')(
        'exchange',
      ),
    },
    {
      name: 'list complaints (open)',
      target: 10,
      app: () => call('complaints:list', { scope: 'open' }),
      raw: rawAll(`select * from complaints where status in (${openStatuses}) limit 200`)(),
    },
    { name: 'search 3+ chars (name)', target: 10, app: search(terms.name3), raw: trigram(`"${terms.name3}"`) },
    { name: 'search 3+ chars (text)', target: 10, app: search('购物袋'), raw: trigram('"购物袋"') },
    { name: 'search 2 chars', target: 30, app: search(terms.name3.slice(0, 2)), raw: keyed(terms.name3.slice(0, 2)) },
    { name: 'search 1 char', target: 30, app: search(terms.name3.slice(0, 1)), raw: keyed(terms.name3.slice(0, 1)) },
    { name: 'search pinyin initials', target: 30, app: search('wf'), raw: keyed('wf') },
    { name: 'search phone last 4', target: 10, app: search(terms.phone.slice(-4)), raw: keyed(terms.phone.slice(-4)) },
    { name: 'search no match', target: 30, app: search('无此记录词'), raw: trigram('"无此记录词"') },
    {
      name: 'customer history',
      target: 20,
      app: () => call('search:history', { phone: terms.phone }),
      raw: rawAll('select * from search_entries where phone = ? order by at desc limit 500')(terms.phone),
    },
    {
      name: 'handover compile',
      target: 50,
      app: () => call('handover:preview', {}),
      raw: () => {
        s.prepare('select * from visits where time_out is null and voided_at is null').all();
        s.prepare("select * from storage_slips where status = 'stored' and voided_at is null").all();
        s.prepare('select * from calls where reply_needed = 1 and reply_closed_at is null and voided_at is null').all();
        s.prepare("select * from invoice_requests where status = 'requested'").all();
        s.prepare(`select * from complaints where status in (${openStatuses})`).all();
      },
    },
    monthly,
  ];
  return cases;
}

/** The service report of last month (reports module); while that module is missing, the complaint statistics. */
export async function monthlyCase(desk: BenchDesk): Promise<ReadCase> {
  const s = desk.ctx.sqlite;
  const now = new Date();
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1) - 8 * 3600_000;
  const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) - 8 * 3600_000;
  const month = new Date(first + 8 * 3600_000).toISOString().slice(0, 7);
  const grouped = [
    'select purpose, count(*) from visits where time_in >= ?1 and time_in < ?2 group by 1',
    'select category, direction, count(*), sum(duration_sec) from calls where started_at >= ?1 and started_at < ?2 group by 1, 2',
    'select size, count(*), sum(pieces), sum(fee_fen - waived_fen) from storage_slips where deposited_at >= ?1 and deposited_at < ?2 group by 1',
    'select kind, status, count(*), sum(amount_fen) from invoice_requests where created_at >= ?1 and created_at < ?2 group by 1, 2',
    'select kind, count(*), sum(amount_fen) from return_requests where created_at >= ?1 and created_at < ?2 group by 1',
    'select type, status, urgency, count(*), sum(compensation_fen) from complaints where received_at >= ?1 and received_at < ?2 group by 1, 2, 3',
  ].map((sql) => s.prepare(sql));
  const raw = () => grouped.map((q) => q.all({ 1: first, 2: last }));
  const probe = await desk.dispatch('reports:monthly', { month });
  if (probe.ok)
    return {
      name: `monthly report (reports:monthly ${month})`,
      target: 300,
      app: () => desk.call('reports:monthly', { month }),
      raw,
    };
  return {
    name: 'monthly report (complaint statistics of last month: reports:monthly not available)',
    target: 300,
    app: () => desk.call('complaints:stats', { from: first, to: last }),
    raw,
  };
}

/** What a search without the index costs: the LIKE scan the issue compares against. */
export function likeScan(sqlite: Sqlite, text: string): () => unknown {
  const stmt = sqlite.prepare(
    `select rowid from search_entries where title like ? or subtitle like ? order by rowid desc limit 30`,
  );
  return () => stmt.all(`%${text}%`, `%${text}%`);
}
