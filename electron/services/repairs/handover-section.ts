import { repairOrders, repairTeams } from '../../../db/schema';
import { flag, int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { escalation, followUpDueOrder, openOrder } from './predicates';

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
    completeByAt: o.nullableCol('completeByAt'),
    followUpDueAt: o.nullableCol('followUpDueAt'),
    teamName: t.nullableCol('name'),
    escalation: escalation(o.c, '@now'),
    followUpDue: flag(`(${followUpDueOrder(o.c, '@now')})`),
  },
  (list) =>
    `select ${list} from ${o.from} left join ${t.from} on ${t.c.id} = ${o.c.teamId}
     where ${openOrder(o.c)} order by ${o.c.targetArrivalAt}, ${o.c.id}`,
);

type OpenRow = ReturnType<typeof open.all>[number];

const waitingForTeam = new Set(['pending', 'dispatched']);

/** The limit an order is measured against now: the one it missed, else the next one ahead of it. */
function dueOf(r: OpenRow): number | undefined {
  if (r.escalation === 'completion') return r.completeByAt ?? undefined;
  if (r.escalation) return r.targetArrivalAt;
  if (waitingForTeam.has(r.status)) return r.targetArrivalAt;
  if (r.status === 'arrived') return r.completeByAt ?? undefined;
  if (r.status === 'completed') return r.followUpDueAt ?? undefined;
  return undefined;
}

function itemOf(r: OpenRow): HandoverItem {
  const text =
    r.description.length > DESCRIPTION_ON_SHEET ? `${r.description.slice(0, DESCRIPTION_ON_SHEET)}…` : r.description;
  const status = valueLabel('zh-CN', 'repairs', 'status', r.status);
  const escalated = r.escalation ? `已升级：${valueLabel('zh-CN', 'repairs', 'escalation', r.escalation)}` : null;
  return {
    serial: r.serialNo,
    name: r.reporterName,
    phoneMasked: maskPhoneForSheet(r.phone),
    since: r.reportedAt,
    due: dueOf(r),
    location: r.location,
    note: [escalated, status, r.teamName, text].filter(Boolean).join(' · '),
    overdue: r.escalation !== null,
  };
}

/**
 * 报修派工: orders received and completed in the shift; every order not closed is handed over, escalated ones marked
 * with why and the limit they missed; completed orders due for a return visit are listed apart, for whoever calls.
 */
export const repairsSection: HandoverSection = {
  key: 'handover.repairs.title',
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const rows = open.all(ctx.sqlite, { now });
    return {
      key: this.key,
      counts: [
        { key: 'handover.repairs.received', value: shiftCounts.received },
        { key: 'handover.repairs.completed', value: shiftCounts.completed },
      ],
      open: [
        { key: 'handover.repairs.open', items: rows.filter((r) => !r.followUpDue).map(itemOf) },
        { key: 'handover.repairs.followUp', items: rows.filter((r) => r.followUpDue).map(itemOf) },
      ],
      cash: [],
    };
  },
};
