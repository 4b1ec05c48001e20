import { lostfoundItems, lostfoundReports } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { formatMoney } from '../../../shared/contract/money';
import type { HandoverSection } from '../handover/section';
import { inCustody } from './predicates';
import { keptBefore } from './settings';

const i = tableRef(lostfoundItems, 'i');
const r = tableRef(lostfoundReports, 'r');

const ofShift = query(
  {
    found: int(`(select count(*) from ${i.from} where ${i.c.shiftId} = @shift and ${i.c.voidedAt} is null)`),
    reports: int(`(select count(*) from ${r.from} where ${r.c.shiftId} = @shift and ${r.c.voidedAt} is null)`),
    claimed: int(
      `(select count(*) from ${i.from} where ${i.c.status} = 'claimed' and ${i.c.closedAt} >= @from and ${i.c.closedAt} < @to)`,
    ),
  },
  (list) => `select ${list}`,
);

const held = query(
  i.pick('serialNo', 'category', 'description', 'foundAt', 'storagePlace', 'valuable', 'cashFen'),
  (list) =>
    `select ${list} from ${i.from} where ${inCustody(i.c)} order by ${i.c.valuable} desc, ${i.c.foundAt}, ${i.c.id}`,
);

/**
 * 失物招领: items registered, reports taken and claims in the shift; every item in custody is handed over, the
 * valuables (with the cash counted) listed first and apart, so the incoming clerk counts them.
 */
export const lostfoundSection: HandoverSection = {
  key: 'handover.lostfound.title',
  compile(ctx, shift, now) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const due = keptBefore(ctx, now);
    const toItem = (row: ReturnType<typeof held.all>[number]): HandoverItem => ({
      serial: row.serialNo,
      since: row.foundAt,
      location: row.storagePlace,
      note: `${valueLabel('zh-CN', 'lostfound', 'category', row.category)} · ${row.description}${
        row.cashFen > 0 ? ` · ${formatMoney(row.cashFen)}` : ''
      }`,
      overdue: row.foundAt < due,
    });
    const rows = held.all(ctx.sqlite);
    return {
      key: this.key,
      counts: [
        { key: 'handover.lostfound.found', value: counts.found },
        { key: 'handover.lostfound.claimed', value: counts.claimed },
        { key: 'handover.lostfound.reports', value: counts.reports },
        { key: 'handover.lostfound.valuablesHeld', value: rows.filter((x) => x.valuable).length },
      ],
      open: [
        { key: 'handover.lostfound.valuables', items: rows.filter((x) => x.valuable).map(toItem) },
        { key: 'handover.lostfound.held', items: rows.filter((x) => !x.valuable).map(toItem) },
      ],
      cash: [],
    };
  },
};
