import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { allocateSerial } from '../serials';
import { readSetting, writeSetting } from '../settings';
import { write } from '../write';
import { indexOrder, REPAIR_SERIAL_PREFIX } from './orders';
import { completeBy, getRepairSettings } from './settings';

/** Until work orders existed a repair report was a visit with three extra fields; each becomes a work order once. */
const MOVED_KEY = 'repairVisitsMoved';
const BATCH = 100;
const MINUTE_MS = 60_000;
/** A report older than this when moved is taken as handled: it is closed, saying the visit recorded no result. */
export const STILL_OPEN_DAYS = 7;
const DAY_MS = 24 * 3600_000;

interface RepairVisit {
  id: string;
  serialNo: string;
  timeIn: number;
  visitorName: string;
  phone: string;
  shopId: string | null;
  visiting: string;
  notes: string;
  repairLocation: string;
  repairFollowUpDue: number | null;
  departmentName: string | null;
  clerkId: string;
  shiftId: string | null;
}

const DUE = `select v.id, v.serial_no as serialNo, v.time_in as timeIn, v.visitor_name as visitorName, v.phone,
    v.shop_id as shopId, v.visiting, v.notes, v.repair_location as repairLocation,
    v.repair_follow_up_due as repairFollowUpDue, d.name as departmentName, v.clerk_id as clerkId, v.shift_id as shiftId
  from visits v left join departments d on d.id = v.repair_department_id
  where v.purpose = 'repair' and v.voided_at is null
    and not exists (select 1 from repair_orders o where o.visit_id = v.id)
  order by v.time_in, v.id limit ${BATCH}`;

export function repairVisitsMoved(ctx: ServiceContext): boolean {
  return readSetting(ctx, MOVED_KEY, { done: false }, (v) => v as { done: boolean }).done === true;
}

/** One visit as a work order, in the writer's transaction: audited, in search, its serial of the visit's day. */
function moveOne(ctx: ServiceContext, visit: RepairVisit, now: number, normalMinutes: number): void {
  write(ctx, null, (tx) => {
    const stillOpen = visit.timeIn >= now - STILL_OPEN_DAYS * DAY_MS;
    const description = [visit.notes, visit.visiting].filter(Boolean).join('；') || visit.repairLocation;
    const row = tx.insert(
      'repairOrders',
      {
        id: newId(),
        serialNo: allocateSerial(ctx.sqlite, REPAIR_SERIAL_PREFIX, visit.timeIn),
        reportedAt: visit.timeIn,
        source: 'visit',
        visitId: visit.id,
        callId: null,
        locationKind: visit.shopId ? 'shop' : 'public',
        location: visit.repairLocation || '—',
        shopId: visit.shopId,
        category: 'other',
        urgency: 'normal',
        description,
        reporterName: visit.visitorName,
        phone: visit.phone,
        status: stillOpen ? 'pending' : 'closed',
        targetArrivalAt: visit.repairFollowUpDue ?? visit.timeIn + normalMinutes * MINUTE_MS,
        completeByAt: completeBy(ctx, 'normal', visit.timeIn),
        closedAt: stillOpen ? null : now,
        clerkId: visit.clerkId,
        shiftId: visit.shiftId,
        createdAt: now,
        updatedAt: now,
      },
      'migrated_from_visit',
    );
    const from = visit.departmentName ? `${visit.serialNo}（原派工部门：${visit.departmentName}）` : visit.serialNo;
    const event = (kind: 'created' | 'closed', to: 'pending' | 'closed', text: string) =>
      tx.insert('repairEvents', {
        id: newId(),
        orderId: row.id,
        at: kind === 'created' ? visit.timeIn : now,
        kind,
        fromStatus: kind === 'created' ? null : 'pending',
        toStatus: to,
        text,
        clerkId: visit.clerkId,
        createdAt: now,
      });
    event('created', 'pending', `由来访登记 ${from} 转入`);
    if (!stillOpen) event('closed', 'closed', `转入时已超过 ${STILL_OPEN_DAYS} 天，来访登记未记录办理结果`);
    indexOrder(tx, row);
  });
}

/**
 * Moves every repair visit not yet a work order, 100 per turn of the event loop so the desk stays responsive, then
 * notes that it is done (later repair visits are turned into orders by the clerk, from the visit). Returns how many.
 */
export async function moveRepairVisits(
  context: () => ServiceContext | null,
  stopped: () => boolean = () => false,
): Promise<number> {
  let moved = 0;
  for (;;) {
    // After start, not during it: the desk opens first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const ctx = context();
    if (!ctx || stopped()) return moved;
    if (repairVisitsMoved(ctx)) return moved;
    const due = ctx.sqlite.prepare(DUE).all() as RepairVisit[];
    const now = ctx.clock.now();
    const normal = getRepairSettings(ctx).targetMinutes.normal;
    for (const visit of due) moveOne(ctx, visit, now, normal);
    moved += due.length;
    if (due.length < BATCH) {
      writeSetting(ctx, null, MOVED_KEY, { done: true, at: now, moved });
      return moved;
    }
  }
}
