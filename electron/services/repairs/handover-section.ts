import { repairOrders, repairTeams } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { openOrder } from './predicates';

const o = tableRef(repairOrders, 'o');
const t = tableRef(repairTeams, 't');
const DESCRIPTION_ON_SHEET = 40;

const counts = query(
  {
    received: int(`coalesce(sum(${o.c.shiftId} = @shift), 0)`),
    completed: int(`coalesce(sum(${o.c.completedAt} >= @from and ${o.c.completedAt} < @to), 0)`),
  },
  (list) =>
    `select ${list} from ${o.from} where ${o.c.voidedAt} is null
     and (${o.c.shiftId} = @shift or (${o.c.completedAt} >= @from and ${o.c.completedAt} < @to))`,
);

const open = query(
  {
    ...o.pick(
      'serialNo',
      'reporterName',
      'phone',
      'reportedAt',
      'location',
      'description',
      'status',
      'targetArrivalAt',
    ),
    teamName: t.nullableCol('name'),
  },
  (list) =>
    `select ${list} from ${o.from} left join ${t.from} on ${t.c.id} = ${o.c.teamId}
     where ${openOrder(o.c)} order by ${o.c.targetArrivalAt}, ${o.c.id}`,
);

const waitingForTeam = new Set(['pending', 'dispatched']);

/** 报修派工: orders received and completed in the shift; every order not closed is handed over, late ones marked. */
export const repairsSection: HandoverSection = {
  key: 'handover.repairs.title',
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const items: HandoverItem[] = open.all(ctx.sqlite).map((r) => {
      const waiting = waitingForTeam.has(r.status);
      const text =
        r.description.length > DESCRIPTION_ON_SHEET
          ? `${r.description.slice(0, DESCRIPTION_ON_SHEET)}…`
          : r.description;
      const status = valueLabel('zh-CN', 'repairs', 'status', r.status);
      return {
        serial: r.serialNo,
        name: r.reporterName,
        phoneMasked: maskPhoneForSheet(r.phone),
        since: r.reportedAt,
        due: waiting ? r.targetArrivalAt : undefined,
        location: r.location,
        note: [status, r.teamName, text].filter(Boolean).join(' · '),
        overdue: waiting && r.targetArrivalAt < now,
      };
    });
    return {
      key: this.key,
      counts: [
        { key: 'handover.repairs.received', value: shiftCounts.received },
        { key: 'handover.repairs.completed', value: shiftCounts.completed },
      ],
      open: [{ key: 'handover.repairs.open', items }],
      cash: [],
    };
  },
};
