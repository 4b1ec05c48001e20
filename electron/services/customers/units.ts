/** 业主/住户/租户 ↔ 房号: a file tied to the units it owns, lives in or rents (customer_units). */
import type { z } from 'zod';
import { customers, customerUnits } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type {
  CustomerFileView,
  CustomerUnitView,
  endUnitInput,
  linkUnitInput,
} from '../../../shared/contract/customers';
import { MAX_UNITS } from '../../../shared/contract/customers-fields';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { selectRow } from '../row-sql';
import { type WriteTx, write } from '../write';
import { livePhones, liveUnits, loadFile, loadRow } from './file-read';
import { assertLive, indexFile } from './file-write';

const u = tableRef(customerUnits, 'u');

const unitById = query(
  u.pick('id', 'customerId', 'unit', 'role', 'active'),
  (list) => `select ${list} from ${u.from} where ${u.c.id} = ?`,
);

/** The units a file is tied to now, oldest link first. */
export function unitsOfFile(ctx: ServiceContext, customerId: string): CustomerUnitView[] {
  return liveUnits.all(ctx.sqlite, customerId);
}

/** The file's search entry again, with its numbers and units as they are now. */
export function reindexFile(tx: WriteTx, ctx: ServiceContext, customerId: string): void {
  const row = selectRow<typeof customers>(ctx.sqlite, customers, customers.id, customerId);
  if (!row) return;
  indexFile(
    tx,
    row,
    livePhones.all(ctx.sqlite, customerId).map((x) => x.phone),
    liveUnits.all(ctx.sqlite, customerId).map((x) => x.unit),
  );
}

/**
 * 关联房号: ties a live file to a unit as owner, resident or tenant, audited on the link and noted on the file.
 * A file merged away or anonymised is refused, and so is a second live link of the file to the same unit (the
 * clerk ends the old one to change the role).
 */
export function linkUnit(ctx: ServiceContext, actor: Actor, input: z.output<typeof linkUnitInput>): CustomerFileView {
  write(ctx, actor, (tx) => {
    const file = loadRow(ctx, input.customerId);
    assertLive(file);
    const current = liveUnits.all(ctx.sqlite, file.id);
    const same = current.find((x) => x.unit.replace(/\s/g, '') === input.unit.replace(/\s/g, ''));
    if (same) throw refuse('errors.customerUnitTaken', 'unit', { unit: same.unit });
    if (current.length >= MAX_UNITS) throw refuse('errors.tooMany', 'unit', { max: MAX_UNITS });
    tx.insert('customerUnits', {
      id: newId(),
      customerId: file.id,
      unit: input.unit,
      role: input.role,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    tx.event('customers', file.id, `unit_${input.role}: ${input.unit}`);
    reindexFile(tx, ctx, file.id);
  });
  return loadFile(ctx, input.customerId);
}

/** 解除房号: the link ends and stays on record; an ended link, or one of a file no longer live, is refused. */
export function endUnit(ctx: ServiceContext, actor: Actor, input: z.output<typeof endUnitInput>): CustomerFileView {
  const link = unitById.get(ctx.sqlite, input.id);
  if (!link) throw notFound('errors.customerUnitMissing');
  write(ctx, actor, (tx) => {
    assertLive(loadRow(ctx, link.customerId));
    if (!link.active) throw refuse('errors.customerUnitEnded', undefined, { unit: link.unit });
    tx.update('customerUnits', link.id, { active: false }, { action: 'status' });
    tx.event('customers', link.customerId, `unit_ended: ${link.unit}`);
    reindexFile(tx, ctx, link.customerId);
  });
  return loadFile(ctx, link.customerId);
}
