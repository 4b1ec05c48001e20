import { clerks, loanItems, loanKinds, loans } from '../../../db/schema';
import { int, query, SqlWhere, single, tableRef } from '../../../db/sql';
import {
  type ListLoansInput,
  type LoanState,
  type LoansAttention,
  type LoanView,
  overdueFeeFen,
} from '../../../shared/contract/loans';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';
import { out, overdue } from './predicates';

const l = tableRef(loans, 'l');
const i = tableRef(loanItems, 'i');
const k = tableRef(loanKinds, 'k');
const c = tableRef(clerks, 'c');

const loanRow = {
  ...l.pick(
    'id',
    'version',
    'serialNo',
    'itemId',
    'borrowerName',
    'phone',
    'guarantee',
    'depositFen',
    'idType',
    'idMasked',
    'lentAt',
    'dueAt',
    'status',
    'returnedAt',
    'feeFen',
    'refundFen',
    'keptReason',
    'voidedAt',
    'voidReason',
  ),
  itemCode: i.col('code'),
  kindName: k.col('name'),
  overdueFeePerDayFen: k.col('overdueFeePerDayFen'),
  clerkName: c.col('name'),
};
const FROM_LOANS = `from ${l.from} join ${i.from} on ${i.c.id} = ${l.c.itemId} join ${k.from} on ${k.c.id} = ${i.c.kindId}
  join ${c.from} on ${c.c.id} = ${l.c.clerkId}`;
const loanById = query(loanRow, (list) => `select ${list} ${FROM_LOANS} where ${l.c.id} = ?`);
const loansByIds = query(loanRow, (list) => `select ${list} ${FROM_LOANS} where ${l.c.id} in ${ID_IN_JSON}`);

type LoanRow = ReturnType<typeof loanById.all>[number];

export function loanStateAt(row: Pick<LoanRow, 'status' | 'voidedAt' | 'dueAt'>, now: number): LoanState {
  if (row.voidedAt !== null) return 'voided';
  if (row.status !== 'out') return row.status;
  return row.dueAt < now ? 'overdue' : 'out';
}

function toViews(ctx: ServiceContext, rows: LoanRow[]): LoanView[] {
  const now = ctx.clock.now();
  return rows.map((row) => ({
    ...row,
    state: loanStateAt(row, now),
    feeIfReturnedNow: overdueFeeFen(row.dueAt, now, row.overdueFeePerDayFen, row.depositFen),
  }));
}

export function getLoan(ctx: ServiceContext, id: string): LoanView {
  const row = loanById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.loanMissing');
  return toViews(ctx, [row])[0] as LoanView;
}

/** The loans among `ids` (one read for all of them). */
export function getLoans(ctx: ServiceContext, ids: readonly string[]): LoanView[] {
  return toViews(ctx, loansByIds.all(ctx.sqlite, JSON.stringify(ids)));
}

export function listLoans(ctx: ServiceContext, input: Required<ListLoansInput>): LoanView[] {
  const where = new SqlWhere();
  if (input.filter === 'out') where.always(out(l.c));
  if (input.filter === 'overdue') where.always(overdue(l.c, '@now'), { now: ctx.clock.now() });
  if (input.filter === 'closed') where.always(`(${l.c.status} <> 'out' or ${l.c.voidedAt} is not null)`);
  where.filter(
    foldedContains([l.c.serialNo, l.c.borrowerName, l.c.phone, i.c.code, k.c.name], {
      id: l.c.id,
      names: [l.c.borrowerName],
    }),
    'text',
    input.text,
  );
  const rows = query(
    loanRow,
    (list) => `select ${list} ${FROM_LOANS} ${where} order by ${l.c.lentAt} desc, ${l.c.id} desc limit ${input.limit}`,
  ).all(ctx.sqlite, where.params);
  return toViews(ctx, rows);
}

const attention = query(
  {
    out: int('count(*)'),
    overdue: int(`coalesce(sum(${l.c.dueAt} < @now), 0)`),
    depositsHeldFen: int(`coalesce(sum(${l.c.depositFen}), 0)`),
  },
  (list) => `select ${list} from ${l.from} where ${out(l.c)}`,
);

export function loansAttention(ctx: ServiceContext, now: number): LoansAttention {
  return single(attention, ctx.sqlite, { now });
}
