import { giftCampaigns, giftDraws, giftItems, giftMoves, giftRedemptions } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverSection } from '../handover/section';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { drawStands, redemptionStands } from './predicates';

const r = tableRef(giftRedemptions, 'r');
const d = tableRef(giftDraws, 'd');
const m = tableRef(giftMoves, 'm');
const i = tableRef(giftItems, 'i');
const c = tableRef(giftCampaigns, 'c');

const ofShift = query(
  {
    redeemed: int(`(select count(*) from ${r.from} where ${r.c.shiftId} = @shift and ${redemptionStands(r.c)})`),
    prizes: int(`(select count(*) from ${d.from} where ${d.c.shiftId} = @shift and ${drawStands(d.c)})`),
    received: int(
      `(select coalesce(sum(${m.c.quantity}), 0) from ${m.from} where ${m.c.shiftId} = @shift and ${m.c.kind} = 'in')`,
    ),
  },
  (list) => `select ${list}`,
);

/** The gifts of campaigns running today with what is left of each: the stock the next clerk takes over. */
const stockLeft = query(
  {
    campaign: c.col('name'),
    item: i.col('name'),
    stock: int(`(select coalesce(sum(${m.c.quantity}), 0) from ${m.from} where ${m.c.itemId} = ${i.c.id})`),
  },
  (list) =>
    `select ${list} from ${i.from} join ${c.from} on ${c.c.id} = ${i.c.campaignId}
     where ${c.c.active} = 1 and ${i.c.active} = 1 and ${c.c.startDay} <= @day and ${c.c.endDay} >= @day
     order by ${c.c.name}, ${i.c.name}`,
);

/** 赠品抽奖: redemptions, prizes and gifts received in the shift; each running campaign's stock to be counted. */
export const giftsSection: HandoverSection = {
  key: 'handover.gifts.title',
  compile(ctx, shift, now) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id });
    const day = siteDate(now, getSite(ctx).timeZone);
    return {
      key: this.key,
      counts: [
        { key: 'handover.gifts.redeemed', value: counts.redeemed },
        { key: 'handover.gifts.prizes', value: counts.prizes },
        { key: 'handover.gifts.received', value: counts.received },
      ],
      open: [
        {
          key: 'handover.gifts.stock',
          // One column, headed by the section's own label: the sheet's columns are for people and records.
          items: stockLeft
            .all(ctx.sqlite, { day })
            .map((row) => ({ note: `${row.campaign} · ${row.item}：${row.stock}` })),
        },
      ],
      cash: [],
    };
  },
};
