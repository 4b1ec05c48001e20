import type { Sqlite } from '../../../db/open';
import { SqlWhere } from '../../../db/sql';
import type { VisitCursor, VisitPage, VisitSuggestion, VisitView } from '../../../shared/contract/reception';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

/** The columns every visit read returns, with the shop, department and clerk names joined in. */
const SELECT_VISIT = `select v.id, v.serial_no as serialNo, v.time_in as timeIn, v.time_out as timeOut,
  v.visitor_name as visitorName, v.phone, v.organisation, v.party_size as partySize, v.id_type as idType,
  v.id_masked as idMasked, v.purpose, v.visiting, v.shop_id as shopId, s.name as shopName, v.badge_no as badgeNo,
  v.badge_returned as badgeReturned, v.plate, v.notes, v.repair_location as repairLocation,
  v.repair_department_id as repairDepartmentId, d.name as repairDepartmentName,
  v.repair_follow_up_due as repairFollowUpDue, v.watch_entry_id as watchEntryId, v.anonymised_at as anonymisedAt,
  v.clerk_id as clerkId, c.name as clerkName, v.voided_at as voidedAt, v.void_reason as voidReason, v.complaint_id as complaintId
  from visits v join clerks c on c.id = v.clerk_id left join shops s on s.id = v.shop_id
  left join departments d on d.id = v.repair_department_id`;

type RawVisit = Omit<VisitView, 'badgeReturned'> & { badgeReturned: number | null };

function toView(raw: RawVisit): VisitView {
  return { ...raw, badgeReturned: raw.badgeReturned === null ? null : raw.badgeReturned === 1 };
}

const statementCache = new WeakMap<Sqlite, ReturnType<typeof prepare>>();

function prepare(sqlite: Sqlite) {
  return {
    byId: sqlite.prepare(`${SELECT_VISIT} where v.id = ?`),
    onSite: sqlite.prepare(`${SELECT_VISIT} where v.time_out is null and v.voided_at is null order by v.time_in`),
    // Prefix ranges instead of LIKE so the (visitor_name, time_in) and (phone, time_in) indexes are used.
    suggest: sqlite.prepare(
      `select id as visitId, visitor_name as visitorName, phone, organisation, id_type as idType,
         id_masked as idMasked, max(time_in) as lastTimeIn, count(*) as visits
       from (select * from visits where voided_at is null and
               ((visitor_name >= @text and visitor_name < @upper) or (phone >= @text and phone < @upper))
             order by time_in desc limit 500)
       group by visitor_name, phone order by lastTimeIn desc limit 8`,
    ),
  };
}

function statements(sqlite: Sqlite) {
  let s = statementCache.get(sqlite);
  if (!s) {
    s = prepare(sqlite);
    statementCache.set(sqlite, s);
  }
  return s;
}

export function getVisit(ctx: ServiceContext, id: string): VisitView {
  const raw = statements(ctx.sqlite).byId.get(id) as RawVisit | undefined;
  if (!raw) throw notFound();
  return toView(raw);
}

/** Everyone signed in and not out, longest on site first: the evacuation list and the handover read this. */
export function listOnSite(ctx: ServiceContext): VisitView[] {
  return (statements(ctx.sqlite).onSite.all() as RawVisit[]).map(toView);
}

/** Earlier visitors whose name or phone starts with what the clerk typed, one row per person. */
export function suggestVisitors(ctx: ServiceContext, text: string): VisitSuggestion[] {
  return statements(ctx.sqlite).suggest.all({ text, upper: `${text}\uffff` }) as VisitSuggestion[];
}

export interface VisitFilter {
  from: number | null;
  to: number | null;
  purpose: string | null;
  clerkId: string | null;
  text: string;
  includeVoided: boolean;
  cursor: VisitCursor | null;
  limit: number;
}

/**
 * Newest first, keyset-paged on (time_in, id) so page 1,000 costs what page 1 costs; the (time_in, id) index
 * serves the order and the cursor.
 */
export function listVisits(ctx: ServiceContext, filter: VisitFilter, scanRows = SCAN_ROWS): VisitPage {
  const where = new SqlWhere()
    .filter('v.time_in >= @from', 'from', filter.from)
    .filter('v.time_in < @to', 'to', filter.to)
    .filter('v.purpose = @purpose', 'purpose', filter.purpose)
    .filter('v.clerk_id = @clerkId', 'clerkId', filter.clerkId);
  if (!filter.includeVoided) where.always('v.voided_at is null');
  if (filter.cursor)
    where.always('(v.time_in < @cursorTime or (v.time_in = @cursorTime and v.id < @cursorId))', {
      cursorTime: filter.cursor.timeIn,
      cursorId: filter.cursor.id,
    });
  let scanBoundary: RawBoundary | undefined;
  if (filter.text) {
    if (rareInSearchIndex(ctx, filter.text)) {
      // Only a few records anywhere contain the text: take the candidates from the trigram index (every field
      // below is in the visit's search text) instead of scanning ten years of visits; instr keeps the result exact.
      where.always(
        `v.id in (select e.entity_id from search_entries e where e.module = 'reception' and e.rowid in
          (select rowid from search_fts where search_fts match @phrase))`,
        { phrase: ftsPhrase(filter.text) },
      );
    } else {
      // A short or common text has no index to use: read at most `scanRows` visits back (the (time_in, id) index
      // finds where that ends), so a rare short text costs one bounded step per "load more", not ten years.
      scanBoundary = ctx.sqlite
        .prepare(`select v.time_in as timeIn, v.id from visits v ${where}
          order by v.time_in desc, v.id desc limit 1 offset ${scanRows - 1}`)
        .get(where.params) as RawBoundary | undefined;
      if (scanBoundary)
        where.always('(v.time_in > @boundaryTime or (v.time_in = @boundaryTime and v.id >= @boundaryId))', {
          boundaryTime: scanBoundary.timeIn,
          boundaryId: scanBoundary.id,
        });
    }
    where.always(
      `(instr(v.visitor_name, @text) > 0 or instr(v.phone, @text) > 0 or instr(v.serial_no, @text) > 0
        or instr(v.plate, upper(@text)) > 0 or instr(v.organisation, @text) > 0 or instr(v.visiting, @text) > 0)`,
      { text: filter.text },
    );
  }
  const sql = `${SELECT_VISIT} ${where} order by v.time_in desc, v.id desc limit ${filter.limit + 1}`;
  const raws = ctx.sqlite.prepare(sql).all(where.params) as RawVisit[];
  const rows = raws.slice(0, filter.limit).map(toView);
  const last = rows[rows.length - 1];
  if (raws.length > filter.limit && last)
    return { rows, nextCursor: { timeIn: last.timeIn, id: last.id }, searchedBackTo: null };
  if (scanBoundary) return { rows, nextCursor: scanBoundary, searchedBackTo: scanBoundary.timeIn };
  return { rows, nextCursor: null, searchedBackTo: null };
}

/** Visits a text filter without an index reads per call: about 8 ms on this machine at ten years (bench). */
const SCAN_ROWS = 15_000;

interface RawBoundary {
  timeIn: number;
  id: string;
}

/** Above this many matches the newest-first scan finds a page sooner than collecting every candidate. */
const RARE_MATCHES = 2000;

function ftsPhrase(text: string): string {
  return `"${text.toLowerCase().replaceAll('"', '""')}"`;
}

/** Trigram needs three characters; a bounded count tells a rare text (index wins) from a common one (scan wins). */
function rareInSearchIndex(ctx: ServiceContext, text: string): boolean {
  if ([...text].length < 3) return false;
  const n = ctx.sqlite
    .prepare(`select count(*) from (select rowid from search_fts where search_fts match ? limit ${RARE_MATCHES})`)
    .pluck()
    .get(ftsPhrase(text)) as number;
  return n < RARE_MATCHES;
}
