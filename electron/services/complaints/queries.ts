import {
  type ComplaintAttention,
  type ComplaintDetail,
  type ComplaintEventView,
  type ComplaintView,
  complaintUrgencyValues,
  type DeadlineState,
  OPEN_COMPLAINT_STATUSES,
} from '../../../shared/contract/complaints';
import type { DeskHours } from '../../../shared/contract/desk-hours';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { getDeskHours } from '../settings';
import { foldedContains } from '../text-filter';
import { deadlineMovedBy, effectiveDeadline } from './deadline';
import { type DueSoonWindows, dueSoonWindows } from './settings';

const SELECT_COMPLAINT = `select c.id, c.version, c.serial_no as serialNo, c.received_at as receivedAt, c.channel,
  c.customer_name as customerName, c.phone, c.address, c.type, c.reason, c.demand, c.urgency,
  c.deadline_at as deadlineAt, c.paused_ms as pausedMs, c.moved_deadline_at as movedDeadlineAt,
  c.paused_since as pausedSince, c.pause_reason as pauseReason,
  c.shop_id as shopId, s.name as shopName, c.department_id as departmentId, d.name as departmentName, c.notes,
  c.complained_clerk_id as complainedClerkId, cc.name as complainedClerkName, c.status,
  c.not_accepted_reason as notAcceptedReason, c.owner_clerk_id as ownerClerkId, o.name as ownerClerkName,
  coalesce(c.first_owner_clerk_id, c.clerk_id) as firstOwnerClerkId, fo.name as firstOwnerClerkName,
  c.assigned_department_id as assignedDepartmentId, ad.name as assignedDepartmentName,
  c.assigned_clerk_id as assignedClerkId, ac.name as assignedClerkName, c.cause, c.outcome, c.resolution,
  c.compensation_fen as compensationFen, c.compensation_approved_by as compensationApprovedBy,
  ap.name as compensationApprovedByName, c.resolved_at as resolvedAt, c.informed_at as informedAt,
  c.informed_how as informedHow, c.customer_reaction as customerReaction,
  c.return_visit_due_at as returnVisitDueAt, c.return_visited_at as returnVisitedAt,
  c.return_visit_result as returnVisitResult, c.satisfaction, c.no_return_visit_reason as noReturnVisitReason,
  c.closed_at as closedAt, c.reopen_count as reopenCount, c.visit_id as visitId, c.call_id as callId,
  (select v.serial_no from visits v where v.id = c.visit_id) as visitSerial,
  (select kk.serial_no from calls kk where kk.id = c.call_id) as callSerial,
  c.clerk_id as clerkId, k.name as clerkName
  from complaints c
  join clerks k on k.id = c.clerk_id
  join clerks o on o.id = c.owner_clerk_id
  join clerks fo on fo.id = coalesce(c.first_owner_clerk_id, c.clerk_id)
  left join clerks cc on cc.id = c.complained_clerk_id
  left join clerks ac on ac.id = c.assigned_clerk_id
  left join clerks ap on ap.id = c.compensation_approved_by
  left join shops s on s.id = c.shop_id
  left join departments d on d.id = c.department_id
  left join departments ad on ad.id = c.assigned_department_id`;

type RawComplaint = Omit<ComplaintView, 'effectiveDeadlineAt' | 'deadlineMovedMs' | 'deadlineState'>;

/** Due soon within the supervisor's window for the complaint's urgency (`dueSoonWindows`), not a fixed day. */
export function deadlineState(raw: RawComplaint, due: number, now: number, windows: DueSoonWindows): DeadlineState {
  if (!OPEN_COMPLAINT_STATUSES.includes(raw.status)) return 'done';
  if (raw.status === 'waiting_customer') return 'paused';
  if (due < now) return 'overdue';
  if (due - now <= windows[raw.urgency]) return 'dueSoon';
  return 'ok';
}

/** What every view of a complaint is computed with: the clock, the due-soon windows and the desk's hours. */
interface ViewRules {
  now: number;
  windows: DueSoonWindows;
  desk: DeskHours;
}

function viewRules(ctx: ServiceContext, now = ctx.clock.now()): ViewRules {
  return { now, windows: dueSoonWindows(ctx), desk: getDeskHours(ctx) };
}

function toView(raw: RawComplaint, { now, windows, desk }: ViewRules): ComplaintView {
  const due = effectiveDeadline(desk, raw, now);
  return {
    ...raw,
    effectiveDeadlineAt: due,
    deadlineMovedMs: deadlineMovedBy(desk, raw, now),
    deadlineState: deadlineState(raw, due, now, windows),
  };
}

export function getComplaint(ctx: ServiceContext, id: string): ComplaintView {
  const raw = ctx.sqlite.prepare(`${SELECT_COMPLAINT} where c.id = ?`).get(id) as RawComplaint | undefined;
  if (!raw) throw notFound('errors.complaintNotFound');
  return toView(raw, viewRules(ctx));
}

/** The complaints of these ids that exist, in one read (search hits' states). */
export function getComplaints(ctx: ServiceContext, ids: readonly string[]): ComplaintView[] {
  const rows = ctx.sqlite.prepare(`${SELECT_COMPLAINT} where c.id in ${ID_IN_JSON}`).all(JSON.stringify(ids));
  const rules = viewRules(ctx);
  return (rows as RawComplaint[]).map((raw) => toView(raw, rules));
}

export function listEvents(ctx: ServiceContext, complaintId: string): ComplaintEventView[] {
  return ctx.sqlite
    .prepare(
      `select e.id, e.at, e.kind, e.text, e.from_status as fromStatus, e.to_status as toStatus,
         e.corrects_event_id as correctsEventId, e.clerk_id as clerkId, k.name as clerkName
       from complaint_events e join clerks k on k.id = e.clerk_id
       where e.complaint_id = ? order by e.at, e.rowid`,
    )
    .all(complaintId) as ComplaintEventView[];
}

export function getComplaintDetail(ctx: ServiceContext, id: string): ComplaintDetail {
  return { ...getComplaint(ctx, id), events: listEvents(ctx, id) };
}

const urgencyRank = (u: ComplaintView['urgency']) => complaintUrgencyValues.indexOf(u);

/** Most urgent first, then the nearest deadline: the order a clerk should work in. */
export function byUrgencyAndDeadline(a: ComplaintView, b: ComplaintView): number {
  return urgencyRank(a.urgency) - urgencyRank(b.urgency) || a.effectiveDeadlineAt - b.effectiveDeadlineAt;
}

// Through the status index by name: its statistics average over all statuses (almost every complaint is closed), so
// the planner would otherwise read every complaint ever taken to find the few open ones.
const OPEN_SQL = `c.id in (select id from complaints indexed by complaints_status
  where status in (${OPEN_COMPLAINT_STATUSES.map((s) => `'${s}'`).join(', ')}))`;

/**
 * 待回访: resolved and neither return-visited nor closed. It stays on the work list until the return visit is
 * recorded (return_visited) or the complaint is closed without one.
 */
const RETURN_VISIT_SQL = `c.id in (select id from complaints indexed by complaints_status where status = 'resolved')`;

const returnVisitOrder = (c: ComplaintView) => c.returnVisitDueAt ?? c.resolvedAt ?? c.receivedAt;

/**
 * The work list ('open', most urgent first, whole), the return-visit queue ('returnVisit', due first, whole) or
 * every complaint ('all', newest first, a page at a time).
 */
export function listComplaints(
  ctx: ServiceContext,
  input: {
    scope: 'open' | 'returnVisit' | 'all';
    text: string;
    cursor: { receivedAt: number; id: string } | null;
    limit: number;
  },
): { rows: ComplaintView[]; nextCursor: { receivedAt: number; id: string } | null } {
  const now = ctx.clock.now();
  const open = input.scope === 'open';
  const queue = input.scope === 'returnVisit';
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (open) where.push(OPEN_SQL);
  if (queue) where.push(RETURN_VISIT_SQL);
  if (input.text) {
    where.push(
      foldedContains(['c.serial_no', 'c.customer_name', 'c.phone', 'c.reason'], {
        id: 'c.id',
        names: ['c.customer_name'],
      }),
    );
    params.text = input.text;
  }
  if (input.scope === 'all' && input.cursor) {
    where.push('(c.received_at < @cursorAt or (c.received_at = @cursorAt and c.id < @cursorId))');
    params.cursorAt = input.cursor.receivedAt;
    params.cursorId = input.cursor.id;
  }
  // The open list is sorted below by urgency and deadline, not in SQL (which would walk the received-at index).
  const sql = `${SELECT_COMPLAINT} ${where.length ? `where ${where.join(' and ')}` : ''}
    ${open || queue ? '' : `order by c.received_at desc, c.id desc limit ${input.limit + 1}`}`;
  const rules = viewRules(ctx, now);
  const rows = (ctx.sqlite.prepare(sql).all(params) as RawComplaint[]).map((r) => toView(r, rules));
  if (open) return { rows: rows.sort(byUrgencyAndDeadline), nextCursor: null };
  if (queue) return { rows: rows.sort((a, b) => returnVisitOrder(a) - returnVisitOrder(b)), nextCursor: null };
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor: rows.length > input.limit && last ? { receivedAt: last.receivedAt, id: last.id } : null,
  };
}

export function openComplaints(ctx: ServiceContext, now: number): ComplaintView[] {
  const rows = ctx.sqlite.prepare(`${SELECT_COMPLAINT} where ${OPEN_SQL}`).all() as RawComplaint[];
  const rules = viewRules(ctx, now);
  return rows.map((r) => toView(r, rules)).sort(byUrgencyAndDeadline);
}

export function complaintAttention(ctx: ServiceContext, now: number): ComplaintAttention {
  const open = openComplaints(ctx, now);
  return {
    open: open.length,
    overdue: open.filter((c) => c.deadlineState === 'overdue').length,
    dueSoon: open.filter((c) => c.deadlineState === 'dueSoon').length,
  };
}
