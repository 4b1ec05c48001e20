import type {
  ListSlipsInput,
  StorageAttention,
  StorageHandoverSummary,
  StoragePickupView,
  StorageSlipView,
  StorageState,
} from '../../../shared/contract/storage';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { getSite } from '../settings';
import { foldedContains } from '../text-filter';
import { siteDayWindow } from '../time';
import { DAY_MS, getStorageSettings } from './settings';

const SELECT_SLIP = `select s.id, s.version, s.serial_no as serialNo, s.depositor_name as depositorName, s.phone, s.description,
  s.pieces, s.pieces_out as piecesOut, s.size, s.location_id as locationId, l.code as locationCode,
  s.fee_fen as feeFen, s.waived_fen as waivedFen, s.deposited_at as depositedAt,
  s.expected_pickup_at as expectedPickupAt, s.failed_claims as failedClaims, s.locked_at as lockedAt, s.status,
  s.closed_at as closedAt, s.transfer_to as transferTo, s.transfer_reason as transferReason, c.name as clerkName,
  s.voided_at as voidedAt, s.void_reason as voidReason,
  case when s.transfer_to = 'lost_found' then (select f.id from lostfound_items f where f.source_slip_id = s.id
    order by f.created_at limit 1) end as lostfoundItemId,
  case when s.transfer_to = 'lost_found' then (select f.serial_no from lostfound_items f where f.source_slip_id = s.id
    order by f.created_at limit 1) end as lostfoundItemSerial
  from storage_slips s join storage_locations l on l.id = s.location_id join clerks c on c.id = s.clerk_id`;

type RawSlip = Omit<StorageSlipView, 'locked' | 'state' | 'pickups'> & { lockedAt: number | null };

export function slipStateAt(
  slip: Pick<StorageSlipView, 'status' | 'voidedAt' | 'expectedPickupAt'>,
  now: number,
  overdueDays: number,
): StorageState {
  if (slip.voidedAt !== null) return 'voided';
  if (slip.status !== 'stored') return slip.status;
  if (slip.expectedPickupAt + overdueDays * DAY_MS < now) return 'unclaimed';
  if (slip.expectedPickupAt < now) return 'overdue';
  return 'open';
}

function pickupsOf(ctx: ServiceContext, slipId: string): StoragePickupView[] {
  return ctx.sqlite
    .prepare(
      `select p.id, p.pieces, p.collector_name as collectorName, p.proof, p.collector_id_masked as collectorIdMasked,
         a.name as approvedByName, p.collected_at as collectedAt, c.name as clerkName
       from storage_pickups p join clerks c on c.id = p.clerk_id left join clerks a on a.id = p.approved_by
       where p.slip_id = ? order by p.collected_at, p.id`,
    )
    .all(slipId) as StoragePickupView[];
}

function toViews(ctx: ServiceContext, rows: RawSlip[], withPickups: boolean): StorageSlipView[] {
  const now = ctx.clock.now();
  const { overdueDays } = getStorageSettings(ctx);
  return rows.map(({ lockedAt, ...raw }) => ({
    ...raw,
    locked: lockedAt !== null,
    state: slipStateAt(raw, now, overdueDays),
    pickups: withPickups ? pickupsOf(ctx, raw.id) : [],
  }));
}

export function getSlip(ctx: ServiceContext, id: string): StorageSlipView {
  const raw = ctx.sqlite.prepare(`${SELECT_SLIP} where s.id = ?`).get(id) as RawSlip | undefined;
  if (!raw) throw notFound('errors.slipMissing');
  return toViews(ctx, [raw], true)[0] as StorageSlipView;
}

/** The slips of these ids that exist, in one read, without their pickups (search hits' states). */
export function getSlipsWithoutPickups(ctx: ServiceContext, ids: readonly string[]): StorageSlipView[] {
  const rows = ctx.sqlite.prepare(`${SELECT_SLIP} where s.id in ${ID_IN_JSON}`).all(JSON.stringify(ids)) as RawSlip[];
  return toViews(ctx, rows, false);
}

/** A scanned or typed slip number (exact, case-insensitive), or a phone (full, or its last four digits). */
export function findSlips(ctx: ServiceContext, query: string): StorageSlipView[] {
  const q = query.trim().toUpperCase();
  const rows = (
    /^\d{4}$/.test(q)
      ? ctx.sqlite.prepare(`${SELECT_SLIP} where s.phone like ? order by s.deposited_at desc limit 50`).all(`%${q}`)
      : ctx.sqlite
          .prepare(`${SELECT_SLIP} where s.serial_no = ? or s.phone = ? order by s.deposited_at desc limit 50`)
          .all(q, q)
  ) as RawSlip[];
  return toViews(ctx, rows, true);
}

const FILTERS: Record<NonNullable<ListSlipsInput['filter']>, string> = {
  open: "s.status = 'stored' and s.voided_at is null",
  dueToday:
    "s.status = 'stored' and s.voided_at is null and s.expected_pickup_at >= @dayFrom and s.expected_pickup_at < @dayTo",
  overdue: "s.status = 'stored' and s.voided_at is null and s.expected_pickup_at < @now",
  unclaimed: "s.status = 'stored' and s.voided_at is null and s.expected_pickup_at < @unclaimedBefore",
  closed: "(s.status <> 'stored' or s.voided_at is not null)",
  all: '1 = 1',
};

export function listSlips(ctx: ServiceContext, input: Required<ListSlipsInput>): StorageSlipView[] {
  const now = ctx.clock.now();
  const unclaimedBefore = now - getStorageSettings(ctx).overdueDays * DAY_MS;
  const text = input.text || null;
  const today = siteDayWindow(now, getSite(ctx).timeZone);
  const rows = ctx.sqlite
    .prepare(
      `${SELECT_SLIP} where ${FILTERS[input.filter]}
       and (@text is null or ${foldedContains(['s.serial_no', 's.depositor_name', 's.phone', 's.description', 'l.code'], { id: 's.id', names: ['s.depositor_name'] })})
       order by s.deposited_at desc limit @limit`,
    )
    .all({ now, unclaimedBefore, text, limit: input.limit, dayFrom: today.from, dayTo: today.to }) as RawSlip[];
  return toViews(ctx, rows, false);
}

export function storageAttention(ctx: ServiceContext, now: number): StorageAttention {
  const unclaimedBefore = now - getStorageSettings(ctx).overdueDays * DAY_MS;
  const row = ctx.sqlite
    .prepare(
      `select count(*) as stored, coalesce(sum(expected_pickup_at < @now), 0) as overdue,
         coalesce(sum(expected_pickup_at < @unclaimedBefore), 0) as unclaimed
       from storage_slips where status = 'stored' and voided_at is null`,
    )
    .get({ now, unclaimedBefore }) as StorageAttention;
  return row;
}

/** For the shift handover: what is still in storage, where, and which of it is overdue. */
export function storageHandoverSummary(ctx: ServiceContext, now: number): StorageHandoverSummary {
  const rows = ctx.sqlite
    .prepare(
      `select s.serial_no as serialNo, l.code as locationCode, s.pieces - s.pieces_out as piecesLeft,
         s.depositor_name as depositorName, s.expected_pickup_at < ? as overdue
       from storage_slips s join storage_locations l on l.id = s.location_id
       where s.status = 'stored' and s.voided_at is null order by l.code, s.deposited_at`,
    )
    .all(now) as (Omit<StorageHandoverSummary['slips'][number], 'overdue'> & { overdue: number })[];
  return {
    ...storageAttention(ctx, now),
    slips: rows.map((r) => ({ ...r, overdue: r.overdue === 1 })),
  };
}
