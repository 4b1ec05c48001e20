import type { z } from 'zod';
import type { CustomerFileView, mergeCustomersInput } from '../../../shared/contract/customers';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError } from '../errors';
import { write } from '../write';
import { livePhones, liveUnits, loadFile, loadRow, parseTags, type Row } from './file-read';
import { assertLive, indexFile } from './file-write';

type Conflict = { field: string };

/** The values two files disagree on: merging them would lose one, so the merge is refused naming the first. */
export function mergeConflicts(keep: Row, other: Row): Conflict[] {
  const out: Conflict[] = [];
  const differ = (a: string | null, b: string | null) => Boolean(a) && Boolean(b) && a !== b;
  if (differ(keep.name, other.name)) out.push({ field: 'name' });
  if (differ(keep.gradeId, other.gradeId)) out.push({ field: 'gradeId' });
  if (differ(keep.company, other.company)) out.push({ field: 'company' });
  if (differ(keep.preferredContactTime, other.preferredContactTime)) out.push({ field: 'preferredContactTime' });
  if (
    keep.consentMethod &&
    other.consentMethod &&
    (keep.consentMethod !== other.consentMethod ||
      keep.consentScope !== other.consentScope ||
      keep.consentPurpose !== other.consentPurpose)
  )
    out.push({ field: 'consentMethod' });
  return out;
}

/**
 * 合并档案 with a lead's PIN: the other file's numbers, units, tags, notes and planned visits move to the kept one, which
 * takes any value it lacks; the other file stays on record as merged into it. Two different values of one field
 * (two names, two grades, two consents) would lose one: that merge is refused, naming the field, until a clerk
 * makes them agree.
 */
export function mergeFiles(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof mergeCustomersInput>,
): CustomerFileView {
  const approver = approveWithPin(ctx, actor, input.approval, 'lead');
  write(ctx, actor, (tx) => {
    const keep = loadRow(ctx, input.keepId);
    const other = loadRow(ctx, input.mergeId);
    assertLive(keep);
    assertLive(other);
    const conflicts = mergeConflicts(keep, other);
    const first = conflicts[0];
    if (first)
      throw new AppError('rule', 'errors.customerMergeLoses', 'mergeId', {
        field: `labels.customers.fields.customers.${first.field}`,
        fileNo: other.fileNo,
      });
    // A unit both files hold in different roles would lose one: refused like any other value the files disagree on.
    const keptUnits = liveUnits.all(ctx.sqlite, keep.id);
    const movedUnits = liveUnits.all(ctx.sqlite, other.id);
    const sameUnit = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');
    for (const unit of movedUnits) {
      const held = keptUnits.find((x) => sameUnit(x.unit, unit.unit));
      if (held && held.role !== unit.role)
        throw new AppError('rule', 'errors.customerMergeLoses', 'mergeId', {
          field: 'labels.customers.fields.customerUnits.role',
          fileNo: other.fileNo,
        });
    }
    const tags = [...new Set([...parseTags(keep.tags), ...parseTags(other.tags)])];
    const notes = [keep.notes, other.notes].filter(Boolean).join('\n');
    const { after } = tx.update(
      'customers',
      keep.id,
      {
        gradeId: keep.gradeId ?? other.gradeId,
        company: keep.company || other.company,
        preferredContactTime: keep.preferredContactTime || other.preferredContactTime,
        tags: JSON.stringify(tags),
        notes,
        ...(keep.consentMethod
          ? {}
          : {
              consentMethod: other.consentMethod,
              consentAt: other.consentAt,
              consentScope: other.consentScope,
              consentPurpose: other.consentPurpose,
            }),
      },
      { action: 'update', note: `merged ${other.fileNo}` },
    );
    for (const phone of livePhones.all(ctx.sqlite, other.id))
      tx.update('customerPhones', phone.id, { customerId: keep.id });
    // The other file's links move to the kept one; one the kept file already holds in that role ends instead.
    for (const unit of movedUnits) {
      if (keptUnits.some((x) => sameUnit(x.unit, unit.unit)))
        tx.update(
          'customerUnits',
          unit.id,
          { active: false },
          { action: 'status', note: `merged into ${keep.fileNo}` },
        );
      else tx.update('customerUnits', unit.id, { customerId: keep.id }, { note: `merged into ${keep.fileNo}` });
    }
    const plans = ctx.sqlite
      .prepare("select id from revisit_plans where customer_id = ? and status = 'planned'")
      .pluck()
      .all(other.id);
    for (const planId of plans) tx.update('revisitPlans', String(planId), { customerId: keep.id });
    const { after: merged } = tx.update(
      'customers',
      other.id,
      { status: 'merged', mergedInto: keep.id },
      { action: 'status', note: `merged into ${keep.fileNo}` },
    );
    tx.event('customers', keep.id, 'merged', { from: other.fileNo, approvedBy: approver.name });
    indexFile(
      tx,
      after,
      livePhones.all(ctx.sqlite, keep.id).map((x) => x.phone),
      liveUnits.all(ctx.sqlite, keep.id).map((x) => x.unit),
    );
    indexFile(tx, merged, [], []);
  });
  return loadFile(ctx, input.keepId);
}
