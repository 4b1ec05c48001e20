import { clerks, lostfoundItems, lostfoundReports, storageSlips } from '../../../db/schema';
import { flag, int, query, SqlWhere, single, tableRef, textOrNull } from '../../../db/sql';
import type {
  ListItemsInput,
  LostfoundAttention,
  LostfoundItemView,
  LostfoundReportView,
  LostfoundState,
} from '../../../shared/contract/lostfound';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';
import { dueForHandOver, inCustody, reportOpen } from './predicates';
import { DAY_MS, getLostfoundSettings, keptBefore } from './settings';

const i = tableRef(lostfoundItems, 'i');
const r = tableRef(lostfoundReports, 'r');
const c = tableRef(clerks, 'c');
const a = tableRef(clerks, 'a');
const b = tableRef(clerks, 'b');
const s = tableRef(storageSlips, 's');

const itemRow = {
  ...i.pick(
    'id',
    'version',
    'serialNo',
    'category',
    'description',
    'colour',
    'brand',
    'valueClass',
    'valuable',
    'cashFen',
    'foundPlace',
    'foundAt',
    'finderKind',
    'finderName',
    'finderPhone',
    'storagePlace',
    'sourceSlipId',
    'status',
    'claimReportId',
    'claimantName',
    'claimantPhone',
    'claimantIdType',
    'claimantIdMasked',
    'claimDescription',
    'closedAt',
    'closeReason',
    'voidedAt',
    'voidReason',
  ),
  hasPhoto: flag(`(${i.c.photo} is not null)`),
  fromStorageSerial: s.nullableCol('serialNo'),
  // The loss report the item was claimed against, shown as a link to it (the report links back by its item).
  claimReportSerial: textOrNull(`(select serial_no from lostfound_reports where id = ${i.c.claimReportId})`),
  claimApprovedByName: a.nullableCol('name'),
  closedByName: b.nullableCol('name'),
  clerkName: c.col('name'),
};
const FROM_ITEMS = `from ${i.from} join ${c.from} on ${c.c.id} = ${i.c.clerkId}
  left join ${a.from} on ${a.c.id} = ${i.c.claimApprovedBy} left join ${b.from} on ${b.c.id} = ${i.c.closedBy}
  left join ${s.from} on ${s.c.id} = ${i.c.sourceSlipId}`;

const itemById = query(itemRow, (list) => `select ${list} ${FROM_ITEMS} where ${i.c.id} = ?`);
const itemsByIds = query(itemRow, (list) => `select ${list} ${FROM_ITEMS} where ${i.c.id} in ${ID_IN_JSON}`);
const photoOf = query({ photo: textOrNull(i.c.photo) }, (list) => `select ${list} from ${i.from} where ${i.c.id} = ?`);

type ItemRow = ReturnType<typeof itemById.all>[number];

export function itemStateAt(
  row: Pick<ItemRow, 'status' | 'voidedAt' | 'foundAt'>,
  foundBefore: number,
): LostfoundState {
  if (row.voidedAt !== null) return 'voided';
  if (row.status !== 'held') return row.status;
  return row.foundAt < foundBefore ? 'due' : 'held';
}

function toViews(ctx: ServiceContext, rows: ItemRow[]): LostfoundItemView[] {
  const { keepDays } = getLostfoundSettings(ctx);
  const foundBefore = keptBefore(ctx, ctx.clock.now());
  return rows.map((row) => ({
    ...row,
    state: itemStateAt(row, foundBefore),
    keepUntil: row.foundAt + keepDays * DAY_MS,
  }));
}

export function getItem(ctx: ServiceContext, id: string): LostfoundItemView {
  const row = itemById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.lostfoundItemMissing');
  return toViews(ctx, [row])[0] as LostfoundItemView;
}

/** The items among `ids` (one read for all of them); an id that is no item is left out. */
export function getItems(ctx: ServiceContext, ids: readonly string[]): LostfoundItemView[] {
  return toViews(ctx, itemsByIds.all(ctx.sqlite, JSON.stringify(ids)));
}

export function getItemPhoto(ctx: ServiceContext, id: string): { photo: string | null } {
  const row = photoOf.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.lostfoundItemMissing');
  return row;
}

export function listItems(ctx: ServiceContext, input: Required<ListItemsInput>): LostfoundItemView[] {
  const where = new SqlWhere();
  const foundBefore = keptBefore(ctx, ctx.clock.now());
  if (input.filter === 'held') where.always(inCustody(i.c));
  if (input.filter === 'valuables') where.always(`${inCustody(i.c)} and ${i.c.valuable} = 1`);
  if (input.filter === 'due') where.always(dueForHandOver(i.c, '@foundBefore'), { foundBefore });
  if (input.filter === 'closed') where.always(`(${i.c.status} <> 'held' or ${i.c.voidedAt} is not null)`);
  where.filter(
    foldedContains(
      [
        i.c.serialNo,
        i.c.description,
        i.c.foundPlace,
        i.c.colour,
        i.c.brand,
        i.c.storagePlace,
        i.c.claimantName,
        i.c.claimantPhone,
      ],
      { id: i.c.id, names: [i.c.claimantName] },
    ),
    'text',
    input.text,
  );
  const rows = query(
    itemRow,
    (list) => `select ${list} ${FROM_ITEMS} ${where} order by ${i.c.foundAt} desc, ${i.c.id} desc limit ${input.limit}`,
  ).all(ctx.sqlite, where.params);
  return toViews(ctx, rows);
}

/** Items held whose found time, category and place may match a report: the candidates' raw pool. */
const pool = query(
  itemRow,
  (list) =>
    `select ${list} ${FROM_ITEMS} where ${inCustody(i.c)} and ${i.c.foundAt} >= @from and ${i.c.foundAt} <= @to
     order by ${i.c.foundAt} desc limit 500`,
);

export function heldItemsFoundBetween(ctx: ServiceContext, from: number, to: number): LostfoundItemView[] {
  return toViews(ctx, pool.all(ctx.sqlite, { from, to }));
}

const reportRow = {
  ...r.pick(
    'id',
    'version',
    'serialNo',
    'reporterName',
    'phone',
    'category',
    'description',
    'lostPlace',
    'lostFrom',
    'lostTo',
    'status',
    'itemId',
    'createdAt',
    'voidedAt',
    'voidReason',
  ),
  itemSerial: i.nullableCol('serialNo'),
  clerkName: c.col('name'),
};
const FROM_REPORTS = `from ${r.from} join ${c.from} on ${c.c.id} = ${r.c.clerkId}
  left join ${i.from} on ${i.c.id} = ${r.c.itemId}`;
const reportById = query(reportRow, (list) => `select ${list} ${FROM_REPORTS} where ${r.c.id} = ?`);
const reportsByIds = query(reportRow, (list) => `select ${list} ${FROM_REPORTS} where ${r.c.id} in ${ID_IN_JSON}`);

export function getReport(ctx: ServiceContext, id: string): LostfoundReportView {
  const row = reportById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.lostfoundReportMissing');
  return row;
}

/** The loss reports among `ids` (one read for all of them). */
export function getReports(ctx: ServiceContext, ids: readonly string[]): LostfoundReportView[] {
  return reportsByIds.all(ctx.sqlite, JSON.stringify(ids));
}

export function listReports(ctx: ServiceContext, input: { openOnly: boolean; text: string }): LostfoundReportView[] {
  const where = new SqlWhere();
  if (input.openOnly) where.always(reportOpen(r.c));
  where.filter(
    foldedContains([r.c.serialNo, r.c.reporterName, r.c.phone, r.c.description], {
      id: r.c.id,
      names: [r.c.reporterName],
    }),
    'text',
    input.text,
  );
  return query(
    reportRow,
    (list) => `select ${list} ${FROM_REPORTS} ${where} order by ${r.c.createdAt} desc, ${r.c.id} desc limit 200`,
  ).all(ctx.sqlite, where.params);
}

const attention = query(
  {
    held: int('count(*)'),
    valuables: int(`coalesce(sum(${i.c.valuable}), 0)`),
    due: int(`coalesce(sum(${i.c.foundAt} < @foundBefore), 0)`),
    openReports: int(`(select count(*) from ${r.from} where ${reportOpen(r.c)})`),
  },
  (list) => `select ${list} from ${i.from} where ${inCustody(i.c)}`,
);

export function lostfoundAttention(ctx: ServiceContext, now: number): LostfoundAttention {
  return single(attention, ctx.sqlite, { foundBefore: keptBefore(ctx, now) });
}
