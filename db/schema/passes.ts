import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { passIdTypeValues, passKindValues, passStatusValues } from '../../shared/contract/passes-fields';
import { clerks } from './clerks';
import { renovations } from './renovations';
import { shifts } from './shifts';

const codes = (list: readonly string[]) => sql.raw(list.map((v) => `'${v}'`).join(', '));

/** 施工人员出入证 / 车辆出入证: a numbered pass for a period, with deposit and fee in fen, returned or revoked. */
export const passes = sqliteTable(
  'passes',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    serialNo: text('serial_no').notNull().unique(),
    issuedAt: integer('issued_at').notNull(),
    kind: text('kind', { enum: passKindValues }).notNull(),
    holderName: text('holder_name').notNull(),
    phone: text('phone').notNull(),
    idType: text('id_type', { enum: passIdTypeValues }),
    /** Never the number itself: masked, and a keyed hash for matching. */
    idMasked: text('id_masked').notNull().default(''),
    idHash: text('id_hash'),
    company: text('company').notNull(),
    unit: text('unit').notNull(),
    /** A worker's pass issued under a renovation permit (装修许可). */
    renovationId: text('renovation_id').references(() => renovations.id),
    vehiclePlate: text('vehicle_plate').notNull().default(''),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    depositFen: integer('deposit_fen').notNull().default(0),
    feeFen: integer('fee_fen').notNull().default(0),
    status: text('status', { enum: passStatusValues }).notNull(),
    returnedAt: integer('returned_at'),
    returnedBy: text('returned_by').references(() => clerks.id),
    refundFen: integer('refund_fen').notNull().default(0),
    returnNote: text('return_note').notNull().default(''),
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
    index('passes_issued').on(t.issuedAt, t.id),
    index('passes_phone').on(t.phone, t.issuedAt),
    index('passes_out').on(t.validTo).where(sql`${t.status} = 'issued' and ${t.voidedAt} is null`),
    index('passes_shift').on(t.shiftId),
    index('passes_renovation').on(t.renovationId).where(sql`${t.renovationId} is not null`),
    check('passes_kind', sql`${t.kind} in (${codes(passKindValues)})`),
    check('passes_status', sql`${t.status} in (${codes(passStatusValues)})`),
    check(
      'passes_money',
      sql`${t.depositFen} >= 0 and ${t.feeFen} >= 0 and ${t.refundFen} between 0 and ${t.depositFen}`,
    ),
    check('passes_period', sql`${t.validFrom} <= ${t.validTo}`),
    check('passes_worker_id', sql`${t.kind} <> 'worker' or length(${t.idMasked}) > 0`),
    check('passes_vehicle_plate', sql`${t.kind} <> 'vehicle' or length(${t.vehiclePlate}) > 0`),
    check('passes_returned', sql`${t.status} = 'issued' or ${t.returnedAt} is not null`),
    check('passes_void_reason', sql`${t.voidedAt} is null or length(${t.voidReason}) > 0`),
  ],
);
