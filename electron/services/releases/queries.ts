import { clerks, releaseItems, releasePasses, releaseUnitHolds, shops } from '../../../db/schema';
import { flag, int, pageOf, query, SqlWhere, single, tableRef, text, textOrNull } from '../../../db/sql';
import type {
  ReleaseCounts,
  ReleaseCursor,
  ReleaseItemView,
  ReleasePage,
  ReleasePassDetail,
  ReleasePassView,
  ReleaseUnitHoldView,
} from '../../../shared/contract/releases';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getSite } from '../settings';
import { foldedContains } from '../text-filter';
import { siteDate } from '../time';
import { expiredPass, waitingPass } from './predicates';

const p = tableRef(releasePasses, 'p');
const c = tableRef(clerks, 'c');
const s = tableRef(shops, 's');
const i = tableRef(releaseItems, 'i');
const h = tableRef(releaseUnitHolds, 'h');

const nameOf = (column: string) => textOrNull(`(select name from clerks where id = ${column})`);

/** The items as one line, in their order: 床垫 ×1、冰箱 ×1. */
const itemsText = text(
  `coalesce((select group_concat(x.name || ' ×' || x.quantity, '、') from
    (select name, quantity from release_items where pass_id = ${p.c.id} order by line_no) x), '')`,
);

const passView = {
  ...p.pick(
    'id',
    'version',
    'serialNo',
    'issuedAt',
    'holderKind',
    'holderName',
    'phone',
    'unit',
    'shopId',
    'reason',
    'reasonNote',
    'vehiclePlate',
    'validDay',
    'approverName',
    'approvalMethod',
    'unitFlag',
    'status',
    'exitCheckedAt',
    'guardName',
    'exitNote',
    'clerkId',
    'voidedAt',
    'voidReason',
  ),
  expired: flag(`(${expiredPass(p.c, '@today')})`),
  shopName: s.nullableCol('name'),
  approvedByName: text(`coalesce((select name from clerks where id = ${p.c.approvedBy}), '')`),
  exitCheckedByName: nameOf(p.c.exitCheckedBy),
  itemsText,
  clerkName: c.col('name'),
};
const FROM_PASSES = `from ${p.from} join ${c.from} on ${c.c.id} = ${p.c.clerkId}
  left join ${s.from} on ${s.c.id} = ${p.c.shopId}`;

const byId = query(passView, (list) => `select ${list} ${FROM_PASSES} where ${p.c.id} = @id`);
const itemsOf = query(
  i.pick('id', 'lineNo', 'name', 'quantity'),
  (list) => `select ${list} from ${i.from} where ${i.c.passId} = ? order by ${i.c.lineNo}`,
);
const counts = query(
  {
    waiting: int(`coalesce(sum(${p.c.validDay} >= @today), 0)`),
    expired: int(`coalesce(sum(${p.c.validDay} < @today), 0)`),
  },
  (list) => `select ${list} from ${p.from} where ${waitingPass(p.c)}`,
);

const holdView = { ...h.pick('id', 'version', 'unit', 'note', 'updatedAt'), active: flag(h.c.active) };
const holds = query(holdView, (list) => `select ${list} from ${h.from} order by ${h.c.unit}`);
const holdById = query(holdView, (list) => `select ${list} from ${h.from} where ${h.c.id} = ?`);
const holdOfUnit = query(
  holdView,
  (list) => `select ${list} from ${h.from} where ${h.c.unit} = ? and ${h.c.active} = 1`,
);

/** The site's day now, as the pass's `validDay` is written. */
export function siteToday(ctx: ServiceContext, now = ctx.clock.now()): string {
  return siteDate(now, getSite(ctx).timeZone);
}

export function getPass(ctx: ServiceContext, id: string): ReleasePassView {
  const row = byId.get(ctx.sqlite, { id, today: siteToday(ctx) });
  if (!row) throw notFound('errors.releaseNotFound');
  return row;
}

export function listItems(ctx: ServiceContext, id: string): ReleaseItemView[] {
  return itemsOf.all(ctx.sqlite, id);
}

export function getPassDetail(ctx: ServiceContext, id: string): ReleasePassDetail {
  return { ...getPass(ctx, id), items: listItems(ctx, id) };
}

export function releaseCounts(ctx: ServiceContext, now: number): ReleaseCounts {
  return single(counts, ctx.sqlite, { today: siteToday(ctx, now) });
}

export function listHolds(ctx: ServiceContext): ReleaseUnitHoldView[] {
  return holds.all(ctx.sqlite);
}

export function getHold(ctx: ServiceContext, id: string): ReleaseUnitHoldView {
  const row = holdById.get(ctx.sqlite, id);
  if (!row) throw notFound();
  return row;
}

/** The note in force for a unit, if a supervisor set one. */
export function holdOf(ctx: ServiceContext, unit: string): ReleaseUnitHoldView | null {
  const key = unit.trim().replace(/\s+/g, ' ');
  if (!key) return null;
  return holdOfUnit.get(ctx.sqlite, key) ?? null;
}

export interface ReleaseFilter {
  status: string | null;
  reason: string | null;
  onlyWaiting: boolean;
  text: string;
  cursor: ReleaseCursor | null;
  limit: number;
}

/** Newest first, keyset-paged on (issued_at, id); the passes waiting at the gate only when asked. */
export function listPasses(ctx: ServiceContext, filter: ReleaseFilter): ReleasePage {
  const where = new SqlWhere()
    .filter(`${p.c.status} = @status`, 'status', filter.status)
    .filter(`${p.c.reason} = @reason`, 'reason', filter.reason)
    .filter(
      `(${foldedContains([p.c.holderName, p.c.phone, p.c.serialNo, p.c.unit, p.c.vehiclePlate], { id: p.c.id, names: [p.c.holderName] })}
        or exists (select 1 from release_items x where x.pass_id = ${p.c.id} and ${foldedContains(['x.name'])}))`,
      'text',
      filter.text,
    );
  if (filter.onlyWaiting) where.always(waitingPass(p.c));
  if (filter.cursor)
    where.always(`(${p.c.issuedAt} < @cursorAt or (${p.c.issuedAt} = @cursorAt and ${p.c.id} < @cursorId))`, {
      cursorAt: filter.cursor.issuedAt,
      cursorId: filter.cursor.id,
    });
  const found = query(
    passView,
    (list) =>
      `select ${list} ${FROM_PASSES} ${where} order by ${p.c.issuedAt} desc, ${p.c.id} desc limit ${filter.limit + 1}`,
  );
  const rows = found.all(ctx.sqlite, { ...where.params, today: siteToday(ctx) });
  return pageOf(rows, filter.limit, (r) => ({ issuedAt: r.issuedAt, id: r.id }));
}
