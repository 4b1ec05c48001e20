import { clerks, giftCampaigns, giftDraws, giftItems, giftMoves, giftRedemptions } from '../../../db/schema';
import { query, SqlWhere, tableRef, textOrNull } from '../../../db/sql';
import type { GiftLedgerView, GiftMoveView, GiftRecordView, ListGiftsInput } from '../../../shared/contract/gifts';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { getSite } from '../settings';
import { foldedContains } from '../text-filter';
import { dayjs } from '../time';
import { getCampaign } from './catalogue';

const r = tableRef(giftRedemptions, 'r');
const d = tableRef(giftDraws, 'd');
const g = tableRef(giftCampaigns, 'g');
const i = tableRef(giftItems, 'i');
const k = tableRef(clerks, 'k');
const a = tableRef(clerks, 'a');
const m = tableRef(giftMoves, 'm');

const redemptionRow = {
  ...r.pick(
    'id',
    'version',
    'serialNo',
    'campaignId',
    'itemId',
    'customerName',
    'phone',
    'receiptNos',
    'amountFen',
    'createdAt',
    'voidedAt',
    'voidReason',
  ),
  campaignName: g.col('name'),
  itemName: i.col('name'),
  clerkName: k.col('name'),
};
const R_FROM = `from ${r.from} join ${g.from} on ${g.c.id} = ${r.c.campaignId} join ${i.from} on ${i.c.id} = ${r.c.itemId}
  join ${k.from} on ${k.c.id} = ${r.c.clerkId}`;

const drawRow = {
  ...d.pick(
    'id',
    'version',
    'serialNo',
    'campaignId',
    'itemId',
    'drawName',
    'winnerName',
    'phone',
    'createdAt',
    'voidedAt',
    'voidReason',
  ),
  campaignName: g.col('name'),
  itemName: i.col('name'),
  clerkName: k.col('name'),
  approvedByName: a.col('name'),
};
const D_FROM = `from ${d.from} join ${g.from} on ${g.c.id} = ${d.c.campaignId} join ${i.from} on ${i.c.id} = ${d.c.itemId}
  join ${k.from} on ${k.c.id} = ${d.c.clerkId} join ${a.from} on ${a.c.id} = ${d.c.approvedBy}`;

const redemptionById = query(redemptionRow, (list) => `select ${list} ${R_FROM} where ${r.c.id} = ?`);
const drawById = query(drawRow, (list) => `select ${list} ${D_FROM} where ${d.c.id} = ?`);
const redemptionsByIds = query(redemptionRow, (list) => `select ${list} ${R_FROM} where ${r.c.id} in ${ID_IN_JSON}`);
const drawsByIds = query(drawRow, (list) => `select ${list} ${D_FROM} where ${d.c.id} in ${ID_IN_JSON}`);

type RedemptionRow = ReturnType<typeof redemptionById.all>[number];
type DrawRow = ReturnType<typeof drawById.all>[number];

function fromRedemption(row: RedemptionRow): GiftRecordView {
  const { customerName, receiptNos, ...rest } = row;
  return {
    ...rest,
    recordKind: 'redemption',
    personName: customerName,
    receiptNos: receiptNos.split(' ').filter(Boolean),
    drawName: '',
    approvedByName: '',
    state: row.voidedAt === null ? 'done' : 'voided',
  };
}

function fromDraw(row: DrawRow): GiftRecordView {
  const { winnerName, ...rest } = row;
  return {
    ...rest,
    recordKind: 'draw',
    personName: winnerName,
    receiptNos: [],
    amountFen: 0,
    state: row.voidedAt === null ? 'done' : 'voided',
  };
}

/** A redemption or a draw by its id (search hits and the customer history open either). */
export function getGiftRecord(ctx: Pick<ServiceContext, 'sqlite'>, id: string): GiftRecordView {
  const redemption = redemptionById.get(ctx.sqlite, id);
  if (redemption) return fromRedemption(redemption);
  const draw = drawById.get(ctx.sqlite, id);
  if (draw) return fromDraw(draw);
  throw notFound('errors.giftRecordMissing');
}

/** The redemptions and draws among `ids` (one read of each for all of them). */
export function getGiftRecords(ctx: Pick<ServiceContext, 'sqlite'>, ids: readonly string[]): GiftRecordView[] {
  const json = JSON.stringify(ids);
  return [
    ...redemptionsByIds.all(ctx.sqlite, json).map(fromRedemption),
    ...drawsByIds.all(ctx.sqlite, json).map(fromDraw),
  ];
}

/** Redemptions and draws, newest first: of one campaign or all, today's or all, matching serial, name, phone or receipt. */
export function listGiftRecords(ctx: ServiceContext, input: Required<ListGiftsInput>): GiftRecordView[] {
  const dayStart = dayjs(ctx.clock.now()).tz(getSite(ctx).timeZone).startOf('day').valueOf();
  const build = (t: typeof r | typeof d, extra: string[], name: string) => {
    const where = new SqlWhere();
    where.filter(`${t.c.campaignId} = @campaign`, 'campaign', input.campaignId);
    if (input.filter === 'today') where.always(`${t.c.createdAt} >= @dayStart`, { dayStart });
    where.filter(
      foldedContains([t.c.serialNo, t.c.phone, ...extra], { id: t.c.id, names: [name] }),
      'text',
      input.text,
    );
    return where;
  };
  const rw = build(r, [r.c.customerName, r.c.receiptNos], r.c.customerName);
  const dw = build(d, [d.c.winnerName, d.c.drawName], d.c.winnerName);
  const limit = input.limit;
  const redemptions = query(
    redemptionRow,
    (list) => `select ${list} ${R_FROM} ${rw} order by ${r.c.createdAt} desc, ${r.c.id} desc limit ${limit}`,
  ).all(ctx.sqlite, rw.params);
  const draws = query(
    drawRow,
    (list) => `select ${list} ${D_FROM} ${dw} order by ${d.c.createdAt} desc, ${d.c.id} desc limit ${limit}`,
  ).all(ctx.sqlite, dw.params);
  return [...redemptions.map(fromRedemption), ...draws.map(fromDraw)]
    .sort((x, y) => y.createdAt - x.createdAt || (x.id < y.id ? 1 : -1))
    .slice(0, limit);
}

const movesOf = query(
  {
    ...m.pick('id', 'at', 'kind', 'quantity', 'source'),
    itemName: i.col('name'),
    clerkName: k.col('name'),
    redemptionSerial: textOrNull(`(select ${r.c.serialNo} from ${r.from} where ${r.c.id} = ${m.c.redemptionId})`),
    redemptionName: textOrNull(`(select ${r.c.customerName} from ${r.from} where ${r.c.id} = ${m.c.redemptionId})`),
    drawSerial: textOrNull(`(select ${d.c.serialNo} from ${d.from} where ${d.c.id} = ${m.c.drawId})`),
    drawName: textOrNull(`(select ${d.c.winnerName} from ${d.from} where ${d.c.id} = ${m.c.drawId})`),
  },
  (list) =>
    `select ${list} from ${m.from} join ${i.from} on ${i.c.id} = ${m.c.itemId} join ${k.from} on ${k.c.id} = ${m.c.clerkId}
     where ${i.c.campaignId} = ? order by ${m.c.at}, m.rowid`,
);

/** 赠品台账: every movement of a campaign's gifts in time order, with the stock per gift now. */
export function giftLedger(ctx: ServiceContext, campaignId: string): GiftLedgerView {
  const campaign = getCampaign(ctx, campaignId);
  const moves: GiftMoveView[] = movesOf.all(ctx.sqlite, campaignId).map((row) => ({
    id: row.id,
    at: row.at,
    kind: row.kind,
    itemName: row.itemName,
    quantity: row.quantity,
    source: row.source,
    serialNo: row.redemptionSerial ?? row.drawSerial ?? '',
    personName: row.redemptionName ?? row.drawName ?? '',
    clerkName: row.clerkName,
  }));
  return { campaign, moves };
}
