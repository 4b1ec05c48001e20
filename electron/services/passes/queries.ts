import { clerks, passes } from '../../../db/schema';
import { flag, int, pageOf, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import type { PassCounts, PassCursor, PassPage, PassView } from '../../../shared/contract/passes';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { siteToday } from '../releases/queries';
import { foldedContains } from '../text-filter';
import { passExpired, passOut } from './predicates';

const p = tableRef(passes, 'p');
const c = tableRef(clerks, 'c');

const passView = {
  ...p.pick(
    'id',
    'version',
    'serialNo',
    'issuedAt',
    'kind',
    'holderName',
    'phone',
    'idType',
    'idMasked',
    'company',
    'unit',
    'renovationId',
    'vehiclePlate',
    'validFrom',
    'validTo',
    'depositFen',
    'feeFen',
    'status',
    'returnedAt',
    'refundFen',
    'returnNote',
    'clerkId',
    'voidedAt',
    'voidReason',
  ),
  expired: flag(`(${passExpired(p.c, '@today')})`),
  renovationSerialNo: textOrNull(`(select serial_no from renovations where id = ${p.c.renovationId})`),
  returnedByName: textOrNull(`(select name from clerks where id = ${p.c.returnedBy})`),
  clerkName: c.col('name'),
};
const FROM = `from ${p.from} join ${c.from} on ${c.c.id} = ${p.c.clerkId}`;
const byId = query(passView, (list) => `select ${list} ${FROM} where ${p.c.id} = @id`);
const counts = query(
  {
    out: int('count(*)'),
    expired: int(`coalesce(sum(${p.c.validTo} < @today), 0)`),
  },
  (list) => `select ${list} from ${p.from} where ${passOut(p.c)}`,
);

export function getPass(ctx: ServiceContext, id: string): PassView {
  const row = byId.get(ctx.sqlite, { id, today: siteToday(ctx) });
  if (!row) throw notFound('errors.passNotFound');
  return row;
}

export function passCounts(ctx: ServiceContext, now: number): PassCounts {
  return single(counts, ctx.sqlite, { today: siteToday(ctx, now) });
}

export interface PassFilter {
  kind: string | null;
  renovationId: string | null;
  status: string | null;
  onlyOut: boolean;
  onlyExpired: boolean;
  text: string;
  cursor: PassCursor | null;
  limit: number;
}

/** Newest first, keyset-paged on (issued_at, id); those out, or out past their period, when asked. */
export function listPasses(ctx: ServiceContext, filter: PassFilter): PassPage {
  const where = new SqlWhere()
    .filter(`${p.c.kind} = @kind`, 'kind', filter.kind)
    .filter(`${p.c.status} = @status`, 'status', filter.status)
    .filter(`${p.c.renovationId} = @renovationId`, 'renovationId', filter.renovationId)
    .filter(
      foldedContains([p.c.holderName, p.c.phone, p.c.serialNo, p.c.unit, p.c.vehiclePlate, p.c.company], {
        id: p.c.id,
        names: [p.c.holderName],
      }),
      'text',
      filter.text,
    );
  if (filter.onlyExpired) where.always(passExpired(p.c, '@today'));
  else if (filter.onlyOut) where.always(passOut(p.c));
  if (filter.cursor)
    where.always(`(${p.c.issuedAt} < @cursorAt or (${p.c.issuedAt} = @cursorAt and ${p.c.id} < @cursorId))`, {
      cursorAt: filter.cursor.issuedAt,
      cursorId: filter.cursor.id,
    });
  const found = query(
    passView,
    (list) => `select ${list} ${FROM} ${where} order by ${p.c.issuedAt} desc, ${p.c.id} desc limit ${filter.limit + 1}`,
  );
  const rows = found.all(ctx.sqlite, { ...where.params, today: siteToday(ctx) });
  return pageOf(rows, filter.limit, (r) => ({ issuedAt: r.issuedAt, id: r.id }));
}
