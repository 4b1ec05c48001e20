import { giftCampaigns, giftDraws, giftMoves, giftRedemptions } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { drawStands, redemptionStands } from './predicates';

const r = tableRef(giftRedemptions);
const d = tableRef(giftDraws);
const m = tableRef(giftMoves);
const c = tableRef(giftCampaigns);

const totals = query(
  {
    redeemed: int(
      `(select count(*) from ${r.from} where ${r.c.createdAt} >= @from and ${r.c.createdAt} < @to and ${redemptionStands(r.c)})`,
    ),
    amountFen: int(
      `(select coalesce(sum(${r.c.amountFen}), 0) from ${r.from} where ${r.c.createdAt} >= @from and ${r.c.createdAt} < @to and ${redemptionStands(r.c)})`,
    ),
    prizes: int(
      `(select count(*) from ${d.from} where ${d.c.createdAt} >= @from and ${d.c.createdAt} < @to and ${drawStands(d.c)})`,
    ),
    received: int(
      `(select coalesce(sum(${m.c.quantity}), 0) from ${m.from} where ${m.c.at} >= @from and ${m.c.at} < @to and ${m.c.kind} = 'in')`,
    ),
    voided: int(
      `(select count(*) from ${r.from} where ${r.c.voidedAt} >= @from and ${r.c.voidedAt} < @to)
       + (select count(*) from ${d.from} where ${d.c.voidedAt} >= @from and ${d.c.voidedAt} < @to)`,
    ),
  },
  (list) => `select ${list}`,
);

const byCampaign = query(
  { key: text(c.c.name), count: int('count(*)') },
  (list) =>
    `select ${list} from ${r.from} join ${c.from} on ${c.c.id} = ${r.c.campaignId}
     where ${r.c.createdAt} >= ? and ${r.c.createdAt} < ? and ${redemptionStands(r.c)} group by ${c.c.name}`,
);

/** 赠品抽奖: gifts redeemed (and the spend behind them), prizes handed out, stock received, voids; per campaign. */
export const giftsReport: ReportSection = {
  module: 'gifts',
  dailyCountSql: (from, to) =>
    `((select count(*) from ${r.from} where ${r.c.createdAt} >= ${from} and ${r.c.createdAt} < ${to} and ${redemptionStands(r.c)})
      + (select count(*) from ${d.from} where ${d.c.createdAt} >= ${from} and ${d.c.createdAt} < ${to} and ${drawStands(d.c)}))`,
  compile(ctx, period) {
    const t = single(totals, ctx.sqlite, { from: period.from, to: period.to });
    return {
      module: 'gifts',
      figures: [
        { key: 'reports.gifts.redeemed', value: t.redeemed, format: 'count' },
        { key: 'reports.gifts.amount', value: t.amountFen, format: 'fen' },
        { key: 'reports.gifts.prizes', value: t.prizes, format: 'count' },
        { key: 'reports.gifts.received', value: t.received, format: 'count' },
        { key: 'reports.gifts.voided', value: t.voided, format: 'count' },
      ],
      handling: [],
      overdue: [],
      breakdowns: [
        {
          key: 'reports.gifts.byCampaign',
          labelPrefix: null,
          rows: byCampaign.all(ctx.sqlite, period.from, period.to),
        },
      ],
    };
  },
};
