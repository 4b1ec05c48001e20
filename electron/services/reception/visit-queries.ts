import { clerks, departments, shops, visits } from '../../../db/schema';
import { int, pageOf, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import type { VisitCursor, VisitPage, VisitSuggestion, VisitView } from '../../../shared/contract/reception';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';
import { onSite } from './predicates';

const v = tableRef(visits, 'v');
const c = tableRef(clerks, 'c');
const s = tableRef(shops, 's');
const d = tableRef(departments, 'd');

/** The columns every visit read returns, with the shop, department and clerk names joined in. */
const visitView = {
  ...v.pick(
    'id',
    'version',
    'serialNo',
    'timeIn',
    'timeOut',
    'visitorName',
    'phone',
    'organisation',
    'partySize',
    'idType',
    'idMasked',
    'purpose',
    'visiting',
    'shopId',
    'badgeNo',
    'badgeReturned',
    'plate',
    'notes',
    'repairLocation',
    'repairDepartmentId',
    'repairFollowUpDue',
    'watchEntryId',
    'anonymisedAt',
    'clerkId',
    'voidedAt',
    'voidReason',
    'complaintId',
  ),
  shopName: s.nullableCol('name'),
  repairDepartmentName: d.nullableCol('name'),
  clerkName: c.col('name'),
  // The records this visit became, each shown as a link to it (as a call shows its complaint and work order).
  complaintSerial: textOrNull(`(select serial_no from complaints where id = ${v.c.complaintId})`),
  repairOrderId: textOrNull(
    `(select o.id from repair_orders o where o.visit_id = ${v.c.id} and o.voided_at is null order by o.created_at limit 1)`,
  ),
  repairOrderSerial: textOrNull(
    `(select o.serial_no from repair_orders o where o.visit_id = ${v.c.id} and o.voided_at is null
      order by o.created_at limit 1)`,
  ),
};
const FROM_VISITS = `from ${v.from} join ${c.from} on ${c.c.id} = ${v.c.clerkId}
  left join ${s.from} on ${s.c.id} = ${v.c.shopId} left join ${d.from} on ${d.c.id} = ${v.c.repairDepartmentId}`;

const byId = query(visitView, (list) => `select ${list} ${FROM_VISITS} where ${v.c.id} = ?`);
const byIds = query(visitView, (list) => `select ${list} ${FROM_VISITS} where ${v.c.id} in ${ID_IN_JSON}`);
const stillOnSite = query(
  visitView,
  (list) => `select ${list} ${FROM_VISITS} where ${onSite(v.c)} order by ${v.c.timeIn}`,
);
// Prefix ranges instead of LIKE so the (visitor_name, time_in) and (phone, time_in) indexes are used.
const suggestions = query(
  {
    visitId: v.col('id'),
    ...v.pick('visitorName', 'phone', 'organisation', 'idType', 'idMasked'),
    lastTimeIn: int(`max(${v.c.timeIn})`),
    visits: int('count(*)'),
  },
  (list) =>
    `select ${list}
     from (select * from visits where voided_at is null and
             ((visitor_name >= @text and visitor_name < @upper) or (phone >= @text and phone < @upper))
           order by time_in desc limit 500) v
     group by ${v.c.visitorName}, ${v.c.phone} order by "lastTimeIn" desc limit 8`,
);

export function getVisit(ctx: ServiceContext, id: string): VisitView {
  const visit = byId.get(ctx.sqlite, id);
  if (!visit) throw notFound();
  return visit;
}

/** The visits of these ids that exist, in one read (search hits' states). */
export function getVisits(ctx: ServiceContext, ids: readonly string[]): VisitView[] {
  return byIds.all(ctx.sqlite, JSON.stringify(ids));
}

/** Everyone on site (the module's one rule), longest on site first: the on-site list and the evacuation list. */
export function listOnSite(ctx: ServiceContext): VisitView[] {
  return stillOnSite.all(ctx.sqlite);
}

/** Earlier visitors whose name or phone starts with what the clerk typed, one row per person. */
export function suggestVisitors(ctx: ServiceContext, typed: string): VisitSuggestion[] {
  return suggestions.all(ctx.sqlite, { text: typed, upper: `${typed}\uffff` });
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
    .filter(`${v.c.timeIn} >= @from`, 'from', filter.from)
    .filter(`${v.c.timeIn} < @to`, 'to', filter.to)
    .filter(`${v.c.purpose} = @purpose`, 'purpose', filter.purpose)
    .filter(`${v.c.clerkId} = @clerkId`, 'clerkId', filter.clerkId);
  if (!filter.includeVoided) where.always(`${v.c.voidedAt} is null`);
  if (filter.cursor)
    where.always(`(${v.c.timeIn} < @cursorTime or (${v.c.timeIn} = @cursorTime and ${v.c.id} < @cursorId))`, {
      cursorTime: filter.cursor.timeIn,
      cursorId: filter.cursor.id,
    });
  let scanBoundary: VisitCursor | undefined;
  if (filter.text) {
    if (rareInSearchIndex(ctx, filter.text)) {
      // Only a few records anywhere contain the text: take the candidates from the trigram index (every field
      // below is in the visit's search text) instead of scanning ten years of visits; instr keeps the result exact.
      where.always(
        `${v.c.id} in (select e.entity_id from search_entries e where e.module = 'reception' and e.rowid in
          (select rowid from search_fts where search_fts match @phrase))`,
        { phrase: ftsPhrase(filter.text) },
      );
    } else {
      // A short or common text has no index to use: read at most `scanRows` visits back (the (time_in, id) index
      // finds where that ends), so a rare short text costs one bounded step per "load more", not ten years.
      scanBoundary = query(
        v.pick('timeIn', 'id'),
        (list) => `select ${list} from ${v.from} ${where}
          order by ${v.c.timeIn} desc, ${v.c.id} desc limit 1 offset ${scanRows - 1}`,
      ).get(ctx.sqlite, where.params);
      if (scanBoundary)
        where.always(
          `(${v.c.timeIn} > @boundaryTime or (${v.c.timeIn} = @boundaryTime and ${v.c.id} >= @boundaryId))`,
          {
            boundaryTime: scanBoundary.timeIn,
            boundaryId: scanBoundary.id,
          },
        );
    }
    where.always(
      foldedContains([v.c.visitorName, v.c.phone, v.c.serialNo, v.c.plate, v.c.organisation, v.c.visiting], {
        id: v.c.id,
        names: [v.c.visitorName],
      }),
      { text: filter.text },
    );
  }
  const found = query(
    visitView,
    (list) =>
      `select ${list} ${FROM_VISITS} ${where} order by ${v.c.timeIn} desc, ${v.c.id} desc limit ${filter.limit + 1}`,
  ).all(ctx.sqlite, where.params);
  const { rows, nextCursor } = pageOf(found, filter.limit, (last) => ({ timeIn: last.timeIn, id: last.id }));
  if (nextCursor) return { rows, nextCursor, searchedBackTo: null };
  if (scanBoundary) return { rows, nextCursor: scanBoundary, searchedBackTo: scanBoundary.timeIn };
  return { rows, nextCursor: null, searchedBackTo: null };
}

/** Visits a text filter without an index reads per call: about 8 ms on this machine at ten years (bench). */
const SCAN_ROWS = 15_000;

/** Above this many matches the newest-first scan finds a page sooner than collecting every candidate. */
const RARE_MATCHES = 2000;

const matchesUpTo = query(
  { n: int('count(*)') },
  (list) => `select ${list} from (select rowid from search_fts where search_fts match ? limit ${RARE_MATCHES})`,
);

function ftsPhrase(text: string): string {
  return `"${text.toLowerCase().replaceAll('"', '""')}"`;
}

/** Trigram needs three characters; a bounded count tells a rare text (index wins) from a common one (scan wins). */
function rareInSearchIndex(ctx: ServiceContext, text: string): boolean {
  if ([...text].length < 3) return false;
  return single(matchesUpTo, ctx.sqlite, ftsPhrase(text)).n < RARE_MATCHES;
}
