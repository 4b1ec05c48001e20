import { visits } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { onSite } from './predicates';

const v = tableRef(visits, 'v');

const counts = query(
  {
    registered: int(`coalesce(sum(case when ${v.c.shiftId} = @id then 1 else 0 end), 0)`),
    left: int(`coalesce(sum(case when ${v.c.timeOut} >= @from and ${v.c.timeOut} <= @to then 1 else 0 end), 0)`),
  },
  (list) =>
    `select ${list} from ${v.from}
     where ${v.c.voidedAt} is null and (${v.c.shiftId} = @id or ${v.c.timeOut} >= @from)`,
);

const stillOnSite = query(
  v.pick('serialNo', 'visitorName', 'phone', 'timeIn', 'badgeNo'),
  (list) => `select ${list} from ${v.from} where ${onSite(v.c)} order by ${v.c.timeIn}, ${v.c.id}`,
);

const onSiteCount = query({ count: int('count(*)') }, (list) => `select ${list} from ${v.from} where ${onSite(v.c)}`);

/** 来访登记: visitors registered and signed out in the shift; everyone still on site is handed over. */
export const receptionSection: HandoverSection = {
  key: 'handover.reception.title',
  // Whoever is still signed in at closing time, whatever day they came.
  closing: { key: 'visitorsOnSite', count: (ctx) => single(onSiteCount, ctx.sqlite).count },
  compile(ctx, shift) {
    const shiftCounts = single(counts, ctx.sqlite, { id: shift.id, from: shift.openedAt, to: shift.closedAt });
    const items: HandoverItem[] = stillOnSite.all(ctx.sqlite).map((visit) => ({
      serial: visit.serialNo,
      name: visit.visitorName,
      phoneMasked: maskPhoneForSheet(visit.phone),
      since: visit.timeIn,
      note: visit.badgeNo,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.reception.registered', value: shiftCounts.registered },
        { key: 'handover.reception.left', value: shiftCounts.left },
      ],
      open: [{ key: 'handover.reception.onSite', items }],
      cash: [],
    };
  },
};
