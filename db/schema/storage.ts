import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  storageLocationKindValues,
  storageProofValues,
  storageSizeValues,
  storageSlipStatusValues,
  storageTransferTargetValues,
} from '../../shared/contract/storage-fields';
import { clerks } from './clerks';
import { shifts } from './shifts';

/** 寄存位置: a shelf or locker the supervisor maintains. A shared shelf may hold several open slips. */
export const storageLocations = sqliteTable(
  'storage_locations',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: storageLocationKindValues }).notNull(),
    shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    note: text('note').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [check('storage_locations_code', sql`length(${t.code}) > 0`)],
);

/** 寄存单: goods taken into storage. The claim code is kept only as a salted hash. */
export const storageSlips = sqliteTable(
  'storage_slips',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    depositorName: text('depositor_name').notNull(),
    phone: text('phone').notNull(),
    description: text('description').notNull(),
    pieces: integer('pieces').notNull(),
    piecesOut: integer('pieces_out').notNull().default(0),
    size: text('size', { enum: storageSizeValues }).notNull(),
    locationId: text('location_id')
      .notNull()
      .references(() => storageLocations.id),
    feeFen: integer('fee_fen').notNull().default(0),
    waivedFen: integer('waived_fen').notNull().default(0),
    waiverApprovedBy: text('waiver_approved_by').references(() => clerks.id),
    depositedAt: integer('deposited_at').notNull(),
    expectedPickupAt: integer('expected_pickup_at').notNull(),
    claimCodeHash: text('claim_code_hash').notNull(),
    failedClaims: integer('failed_claims').notNull().default(0),
    lockedAt: integer('locked_at'),
    status: text('status', { enum: storageSlipStatusValues }).notNull().default('stored'),
    closedAt: integer('closed_at'),
    transferTo: text('transfer_to', { enum: storageTransferTargetValues }),
    transferReason: text('transfer_reason'),
    transferredBy: text('transferred_by').references(() => clerks.id),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    voidedAt: integer('voided_at'),
    voidReason: text('void_reason'),
    voidedBy: text('voided_by').references(() => clerks.id),
  },
  (t) => [
    index('storage_slips_open').on(t.expectedPickupAt).where(sql`${t.status} = 'stored' and ${t.voidedAt} is null`),
    index('storage_slips_location').on(t.locationId, t.status),
    index('storage_slips_phone').on(t.phone, t.depositedAt),
    index('storage_slips_deposited').on(t.depositedAt),
    // The handover's counts of the shift and the reports' slips closed in a period (bench at millions of rows).
    index('storage_slips_shift').on(t.shiftId),
    index('storage_slips_closed').on(t.closedAt),
    // The open-slips list, newest first, without walking every slip ever deposited.
    index('storage_slips_open_deposited')
      .on(t.depositedAt)
      .where(sql`${t.status} = 'stored' and ${t.voidedAt} is null`),
    check('storage_slips_pieces', sql`${t.pieces} >= 1`),
    check('storage_slips_pieces_out', sql`${t.piecesOut} >= 0 and ${t.piecesOut} <= ${t.pieces}`),
    check('storage_slips_fee', sql`${t.feeFen} >= 0 and ${t.waivedFen} >= 0 and ${t.waivedFen} <= ${t.feeFen}`),
    check('storage_slips_failed', sql`${t.failedClaims} >= 0`),
    check('storage_slips_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
    check('storage_slips_transfer_reason', sql`${t.transferTo} is null or length(${t.transferReason}) > 0`),
  ],
);

/** 取件记录: one hand-back (all or some pieces) and how the collector proved it. */
export const storagePickups = sqliteTable(
  'storage_pickups',
  {
    id: text('id').primaryKey(),
    /** Moves by one with every change; an edit names the version it was based on (stale ones are refused). */
    version: integer('version').notNull().default(1),
    slipId: text('slip_id')
      .notNull()
      .references(() => storageSlips.id),
    pieces: integer('pieces').notNull(),
    collectorName: text('collector_name').notNull(),
    proof: text('proof', { enum: storageProofValues }).notNull(),
    collectorIdMasked: text('collector_id_masked').notNull().default(''),
    collectorIdHash: text('collector_id_hash'),
    approvedBy: text('approved_by').references(() => clerks.id),
    collectedAt: integer('collected_at').notNull(),
    clerkId: text('clerk_id')
      .notNull()
      .references(() => clerks.id),
    shiftId: text('shift_id').references(() => shifts.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('storage_pickups_slip').on(t.slipId),
    index('storage_pickups_shift').on(t.shiftId),
    check('storage_pickups_pieces', sql`${t.pieces} >= 1`),
    check(
      'storage_pickups_lost_slip',
      sql`${t.proof} = 'claim_code' or (${t.approvedBy} is not null and length(${t.collectorIdMasked}) > 0)`,
    ),
  ],
);
