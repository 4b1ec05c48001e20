import { clerks, renovations } from '../../../db/schema';
import { flag, int, pageOf, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import type {
  RenovationCounts,
  RenovationCursor,
  RenovationPage,
  RenovationView,
} from '../../../shared/contract/renovations';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { siteToday } from '../releases/queries';
import { foldedContains } from '../text-filter';
import { renovationInWorks, renovationOverdue, renovationPending } from './predicates';

const r = tableRef(renovations, 'r');
const c = tableRef(clerks, 'c');
const clerkName = (column: string) => textOrNull(`(select name from clerks where id = ${column})`);

const renovationView = {
  ...r.pick(
    'id',
    'version',
    'serialNo',
    'appliedAt',
    'unit',
    'ownerName',
    'ownerPhone',
    'contractor',
    'foreman',
    'foremanPhone',
    'work',
    'startDate',
    'endDate',
    'depositFen',
    'feeFen',
    'documents',
    'status',
    'approvedAt',
    'approvalNote',
    'inspectedAt',
    'inspections',
    'lastResult',
    'defects',
    'refundedAt',
    'refundFen',
    'deductionReason',
    'clerkId',
    'voidedAt',
    'voidReason',
  ),
  overdue: flag(`(${renovationOverdue(r.c, '@today')})`),
  approvedByName: clerkName(r.c.approvedBy),
  inspectedByName: clerkName(r.c.inspectedBy),
  refundedByName: clerkName(r.c.refundedBy),
  passes: int(`(select count(*) from passes p where p.renovation_id = ${r.c.id})`),
  passesOut: int(
    `(select count(*) from passes p where p.renovation_id = ${r.c.id} and p.status = 'issued' and p.voided_at is null)`,
  ),
  clerkName: c.col('name'),
};
const FROM = `from ${r.from} join ${c.from} on ${c.c.id} = ${r.c.clerkId}`;
const byId = query(renovationView, (list) => `select ${list} ${FROM} where ${r.c.id} = @id`);
const byIds = query(
  renovationView,
  (list) => `select ${list} ${FROM} where ${r.c.id} in (select value from json_each(@ids))`,
);
const counts = query(
  {
    pending: int(`coalesce(sum(${renovationPending(r.c)}), 0)`),
    overdue: int(`coalesce(sum(${renovationOverdue(r.c, '@today')}), 0)`),
  },
  (list) => `select ${list} from ${r.from} where ${r.c.status} in ('applied', 'approved', 'failed')`,
);

export function getRenovation(ctx: ServiceContext, id: string): RenovationView {
  const row = byId.get(ctx.sqlite, { id, today: siteToday(ctx) });
  if (!row) throw notFound('errors.renovationNotFound');
  return row;
}

/** The permits among `ids` (one read for all of them), as `getRenovation` reads each. */
export function getRenovations(ctx: ServiceContext, ids: readonly string[]): RenovationView[] {
  return byIds.all(ctx.sqlite, { ids: JSON.stringify(ids), today: siteToday(ctx) });
}

export function renovationCounts(ctx: ServiceContext, now: number): RenovationCounts {
  return single(counts, ctx.sqlite, { today: siteToday(ctx, now) });
}

export interface RenovationFilter {
  status: string | null;
  onlyPending: boolean;
  onlyWorks: boolean;
  text: string;
  cursor: RenovationCursor | null;
  limit: number;
}

/** Newest first, keyset-paged on (applied_at, id); those awaiting approval, or with works under way, when asked. */
export function listRenovations(ctx: ServiceContext, filter: RenovationFilter): RenovationPage {
  const where = new SqlWhere()
    .filter(`${r.c.status} = @status`, 'status', filter.status)
    .filter(
      foldedContains(
        [r.c.ownerName, r.c.ownerPhone, r.c.foremanPhone, r.c.foreman, r.c.serialNo, r.c.unit, r.c.contractor],
        { id: r.c.id, names: [r.c.ownerName, r.c.foreman] },
      ),
      'text',
      filter.text,
    );
  if (filter.onlyPending) where.always(renovationPending(r.c));
  else if (filter.onlyWorks) where.always(renovationInWorks(r.c));
  if (filter.cursor)
    where.always(`(${r.c.appliedAt} < @cursorAt or (${r.c.appliedAt} = @cursorAt and ${r.c.id} < @cursorId))`, {
      cursorAt: filter.cursor.appliedAt,
      cursorId: filter.cursor.id,
    });
  const found = query(
    renovationView,
    (list) =>
      `select ${list} ${FROM} ${where} order by ${r.c.appliedAt} desc, ${r.c.id} desc limit ${filter.limit + 1}`,
  );
  const rows = found.all(ctx.sqlite, { ...where.params, today: siteToday(ctx) });
  return pageOf(rows, filter.limit, (row) => ({ appliedAt: row.appliedAt, id: row.id }));
}
