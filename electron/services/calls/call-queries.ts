import type { Sqlite } from '../../../db/open';
import { SqlWhere } from '../../../db/sql';
import {
  CALLBACK_DUE_SOON_MS,
  type CallbackStatus,
  type CallCursor,
  type CallPage,
  type CallView,
  REPEAT_WINDOW_MS,
  type RepeatCaller,
} from '../../../shared/contract/calls';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';

/** The columns every call read returns, with the department and clerk names joined in. */
const SELECT_CALL = `select k.id, k.version, k.serial_no as serialNo, k.direction, k.started_at as startedAt,
  k.duration_sec as durationSec, k.caller_name as callerName, k.phone, k.category, k.summary,
  k.transferred_to as transferredTo, k.transfer_department_id as transferDepartmentId,
  d.name as transferDepartmentName, k.reply_needed as replyNeeded, k.reply_due_at as replyDueAt,
  k.reply_closed_at as replyClosedAt, k.answered_by_call_id as answeredByCallId,
  k.answers_call_id as answersCallId, k.result, k.clerk_id as clerkId, c.name as clerkName,
  k.voided_at as voidedAt, k.void_reason as voidReason, k.complaint_id as complaintId,
  (select s.serial_no from complaints s where s.id = k.complaint_id) as complaintSerial,
  (select o.id from repair_orders o where o.call_id = k.id and o.voided_at is null
    order by o.created_at limit 1) as repairOrderId,
  (select o.serial_no from repair_orders o where o.call_id = k.id and o.voided_at is null
    order by o.created_at limit 1) as repairOrderSerial
  from calls k join clerks c on c.id = k.clerk_id left join departments d on d.id = k.transfer_department_id`;

type RawCall = Omit<CallView, 'replyNeeded' | 'callbackStatus'> & { replyNeeded: number };

export function callbackStatusAt(
  call: Pick<CallView, 'replyNeeded' | 'replyDueAt' | 'replyClosedAt'>,
  now: number,
): CallbackStatus | null {
  if (!call.replyNeeded || call.replyDueAt === null) return null;
  if (call.replyClosedAt !== null) return 'done';
  if (call.replyDueAt < now) return 'overdue';
  if (call.replyDueAt - now <= CALLBACK_DUE_SOON_MS) return 'dueSoon';
  return 'open';
}

function toView(raw: RawCall, now: number): CallView {
  const replyNeeded = raw.replyNeeded === 1;
  const view = { ...raw, replyNeeded, callbackStatus: null };
  return { ...view, callbackStatus: raw.voidedAt === null ? callbackStatusAt(view, now) : null };
}

const OPEN_CALLBACK = 'k.reply_needed = 1 and k.reply_closed_at is null and k.voided_at is null';

const SQL = {
  byId: `${SELECT_CALL} where k.id = ?`,
  byIds: `${SELECT_CALL} where k.id in ${ID_IN_JSON}`,
  // The partial index calls_open_callbacks holds exactly these rows, ordered by due time.
  openCallbacks: `${SELECT_CALL} where ${OPEN_CALLBACK} order by k.reply_due_at limit 500`,
  overdueCallbacks: `${SELECT_CALL} where ${OPEN_CALLBACK} and k.reply_due_at < ? order by k.reply_due_at limit 500`,
  counts: `select count(*) as open, coalesce(sum(reply_due_at < @now), 0) as overdue,
         coalesce(sum(reply_due_at >= @now and reply_due_at <= @soon), 0) as dueSoon
       from calls where reply_needed = 1 and reply_closed_at is null and voided_at is null`,
  // (phone, started_at) index: a range seek, however many calls the desk has logged.
  repeatCount: 'select count(*) as n from calls where phone = ? and started_at >= ? and voided_at is null',
  repeatRecent: `${SELECT_CALL} where k.phone = ? and k.voided_at is null order by k.started_at desc limit 10`,
} as const;

/** Statements come from the connection's one statement cache (db/statement-cache.ts), keyed by their SQL text. */
function statement(sqlite: Sqlite, name: keyof typeof SQL) {
  return sqlite.prepare(SQL[name]);
}

export function getCall(ctx: ServiceContext, id: string): CallView {
  const raw = statement(ctx.sqlite, 'byId').get(id) as RawCall | undefined;
  if (!raw) throw notFound();
  return toView(raw, ctx.clock.now());
}

/** The calls of these ids that exist, in one read (search hits' states). */
export function getCalls(ctx: ServiceContext, ids: readonly string[]): CallView[] {
  const now = ctx.clock.now();
  return (statement(ctx.sqlite, 'byIds').all(JSON.stringify(ids)) as RawCall[]).map((r) => toView(r, now));
}

/** Promised callbacks not yet made, soonest due first; overdue ones come first by construction. */
export function listCallbacks(ctx: ServiceContext, onlyOverdue: boolean): CallView[] {
  const now = ctx.clock.now();
  const raws = (
    onlyOverdue ? statement(ctx.sqlite, 'overdueCallbacks').all(now) : statement(ctx.sqlite, 'openCallbacks').all()
  ) as RawCall[];
  return raws.map((r) => toView(r, now));
}

/** Open callbacks by urgency at `now`; the header badge polls it and the handover sheet will read it. */
export function openCallbackCounts(
  ctx: ServiceContext,
  now: number,
): { open: number; dueSoon: number; overdue: number } {
  return statement(ctx.sqlite, 'counts').get({ now, soon: now + CALLBACK_DUE_SOON_MS }) as {
    open: number;
    dueSoon: number;
    overdue: number;
  };
}

/** How often this number called in the last 30 days (voided records do not count), and its newest calls. */
export function repeatCaller(ctx: ServiceContext, phone: string): RepeatCaller {
  const now = ctx.clock.now();
  const { n } = statement(ctx.sqlite, 'repeatCount').get(phone, now - REPEAT_WINDOW_MS) as { n: number };
  const recent = (statement(ctx.sqlite, 'repeatRecent').all(phone) as RawCall[]).map((r) => toView(r, now));
  return { phone, count: n, recent };
}

export interface CallFilter {
  from: number | null;
  to: number | null;
  category: string | null;
  direction: string | null;
  clerkId: string | null;
  text: string;
  includeVoided: boolean;
  cursor: CallCursor | null;
  limit: number;
}

/**
 * Newest first, keyset-paged on (started_at, id) so page 1,000 costs what page 1 costs: the started_at index
 * serves both the order and the cursor's range; ties on the same millisecond are broken by id.
 */
export function listCalls(ctx: ServiceContext, filter: CallFilter): CallPage {
  const where = new SqlWhere();
  where.filter('k.started_at >= @from', 'from', filter.from);
  where.filter('k.started_at < @to', 'to', filter.to);
  where.filter('k.category = @category', 'category', filter.category);
  where.filter('k.direction = @direction', 'direction', filter.direction);
  where.filter('k.clerk_id = @clerkId', 'clerkId', filter.clerkId);
  where.filter(
    foldedContains(['k.caller_name', 'k.phone', 'k.serial_no', 'k.summary', 'k.transferred_to'], {
      id: 'k.id',
      names: ['k.caller_name'],
    }),
    'text',
    filter.text,
  );
  if (!filter.includeVoided) where.always('k.voided_at is null');
  if (filter.cursor) {
    where.always('k.started_at <= @cursorAt and (k.started_at < @cursorAt or k.id < @cursorId)', {
      cursorAt: filter.cursor.startedAt,
      cursorId: filter.cursor.id,
    });
  }
  const sql = `${SELECT_CALL} ${where}
    order by k.started_at desc, k.id desc limit ${filter.limit + 1}`;
  const now = ctx.clock.now();
  const raws = ctx.sqlite.prepare(sql).all(where.params) as RawCall[];
  const rows = raws.slice(0, filter.limit).map((r) => toView(r, now));
  const last = rows[rows.length - 1];
  const nextCursor = raws.length > filter.limit && last ? { startedAt: last.startedAt, id: last.id } : null;
  return { rows, nextCursor };
}
