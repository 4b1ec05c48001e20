import { customers, revisitPlans } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { getSite } from '../settings';
import { overdueVisit } from './predicates';
import { siteDayStart } from './revisit-time';

const v = tableRef(revisitPlans, 'v');
const f = tableRef(customers, 'f');

const ofShift = query(
  {
    files: int(`(select count(*) from ${f.from} where ${f.c.shiftId} = @shift)`),
    visited: int(`(select count(*) from ${v.from} where ${v.c.closedShiftId} = @shift and ${v.c.status} = 'done')`),
  },
  (list) => `select ${list}`,
);

const overdueVisits = query(
  v.pick('serialNo', 'name', 'phone', 'dueAt', 'reason', 'attempts'),
  (list) =>
    `select ${list} from ${v.from} where ${overdueVisit(v.c, '@dayStart')} order by ${v.c.dueAt}, ${v.c.id} limit 200`,
);

/** 客户档案 / 回访: files opened and visits made in the shift; every planned return visit past its day. */
export const customersSection: HandoverSection = {
  key: 'handover.customers.title',
  compile(ctx, shift, now) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id });
    const dayStart = siteDayStart(now, getSite(ctx)?.timeZone ?? 'Asia/Shanghai');
    return {
      key: this.key,
      counts: [
        { key: 'handover.customers.files', value: counts.files },
        { key: 'handover.customers.visited', value: counts.visited },
      ],
      open: [
        {
          key: 'handover.customers.overdueVisits',
          items: overdueVisits.all(ctx.sqlite, { dayStart }).map((row) => ({
            serial: row.serialNo,
            name: row.name,
            phoneMasked: maskPhoneForSheet(row.phone),
            due: row.dueAt,
            note: row.reason,
            overdue: true,
          })),
        },
      ],
      cash: [],
    };
  },
};
