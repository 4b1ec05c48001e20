/** Writing customer files: create, edit, the search index entry, the checks every write makes. */
import type { z } from 'zod';
import {
  CUSTOMER_SERIAL_PREFIX,
  type CustomerFileView,
  type createCustomerInput,
  type updateCustomerInput,
} from '../../../shared/contract/customers';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { newId } from '../ids';
import type { SearchIndexer } from '../sync/module-sync';
import { type RecordOf, type WriteTx, write } from '../write';
import { fileOfPhone, livePhones, liveUnits, loadFile, loadRow, parseTags, type Row } from './file-read';
import { getGrade } from './grades';

type FileRow = RecordOf<'customers'>;
type CreateInput = z.output<typeof createCustomerInput>;
type UpdateInput = z.output<typeof updateCustomerInput>;

/**
 * Feeds search: by name (characters and pinyin), every number, file number, company, tags and the units (房号) it is
 * tied to, as written and without spaces (5 栋 803 is found by 5栋803 too).
 */
export function indexFile(tx: SearchIndexer, row: FileRow, phones: string[], units: string[]): void {
  const forgotten = row.status === 'forgotten';
  tx.index({
    module: 'customers',
    entityId: row.id,
    title: forgotten ? row.fileNo : row.name,
    subtitle: forgotten ? '' : [row.fileNo, row.company].filter(Boolean).join(' · '),
    text: forgotten
      ? row.fileNo
      : [row.fileNo, row.company, ...parseTags(row.tags), ...units.flatMap((x) => [x, x.replace(/\s/g, '')])]
          .filter(Boolean)
          .join(' '),
    names: forgotten ? [] : [row.name],
    phones: forgotten ? [] : phones,
    at: row.createdAt,
    voided: row.status !== 'active',
  });
}

function checkGrade(ctx: ServiceContext, gradeId: string | null): void {
  if (gradeId === null) return;
  const grade = getGrade(ctx, gradeId);
  if (!grade.active) throw refuse('errors.customerGradeInactive', 'gradeId');
}

/** A number may be on one live file only: the clerk opens that file (or merges) instead. */
function checkPhonesFree(ctx: ServiceContext, phones: { phone: string }[], ownId: string | null): void {
  phones.forEach((entry, index) => {
    const hit = fileOfPhone.get(ctx.sqlite, entry.phone);
    if (hit && hit.customerId !== ownId)
      throw refuse('errors.customerPhoneTaken', `phones.${index}.phone`, { fileNo: hit.fileNo });
  });
}

function consentColumns(consent: CreateInput['consent'], now: number) {
  return consent
    ? {
        consentMethod: consent.method,
        consentAt: consent.at ?? now,
        consentScope: consent.scope,
        consentPurpose: consent.purpose,
      }
    : { consentMethod: null, consentAt: null, consentScope: '', consentPurpose: '' };
}

/** 建立客户档案: only when the clerk chooses it, from any form or on its own; an owner's units may come with it. */
export function createFile(ctx: ServiceContext, actor: Actor, input: CreateInput): CustomerFileView {
  checkGrade(ctx, input.gradeId);
  const id = write(ctx, actor, (tx) => {
    checkPhonesFree(ctx, input.phones, null);
    const row = tx.insert('customers', {
      id: newId(),
      fileNo: tx.serial(CUSTOMER_SERIAL_PREFIX),
      name: input.name,
      gradeId: input.gradeId,
      company: input.company,
      tags: JSON.stringify(input.tags),
      notes: input.notes,
      preferredContactTime: input.preferredContactTime,
      ...consentColumns(input.consent, tx.now),
      status: 'active',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    for (const entry of input.phones) {
      tx.insert('customerPhones', {
        id: newId(),
        customerId: row.id,
        phone: entry.phone,
        note: entry.note,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
    }
    // The units given with the file, linked as 关联房号 links them (audited, noted on the file).
    for (const entry of input.units) {
      tx.insert('customerUnits', {
        id: newId(),
        customerId: row.id,
        unit: entry.unit,
        role: entry.role,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
      tx.event('customers', row.id, `unit_${entry.role}: ${entry.unit}`);
    }
    indexFile(
      tx,
      row,
      input.phones.map((x) => x.phone),
      input.units.map((x) => x.unit),
    );
    return row.id;
  });
  return loadFile(ctx, id);
}

export function assertLive(row: Row): void {
  if (row.status === 'merged') throw refuse('errors.customerMerged', undefined, { fileNo: row.mergedIntoFileNo ?? '' });
  if (row.status === 'forgotten') throw refuse('errors.customerForgotten');
}

/** Moves the file's numbers to `wanted`: a number dropped stays on record, inactive; a new one must be free. */
function syncPhones(tx: WriteTx, ctx: ServiceContext, customerId: string, wanted: { phone: string; note: string }[]) {
  const current = livePhones.all(ctx.sqlite, customerId);
  for (const phone of current) {
    const keep = wanted.find((w) => w.phone === phone.phone);
    if (!keep) tx.update('customerPhones', phone.id, { active: false });
    else if (keep.note !== phone.note) tx.update('customerPhones', phone.id, { note: keep.note });
  }
  for (const entry of wanted) {
    if (current.some((x) => x.phone === entry.phone)) continue;
    tx.insert('customerPhones', {
      id: newId(),
      customerId,
      phone: entry.phone,
      note: entry.note,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
  }
}

export function updateFile(ctx: ServiceContext, actor: Actor, input: UpdateInput): CustomerFileView {
  checkGrade(ctx, input.gradeId);
  write(ctx, actor, (tx) => {
    const current = loadRow(ctx, input.id);
    assertLive(current);
    checkPhonesFree(ctx, input.phones, input.id);
    const keepConsentTime =
      input.consent && input.consent.at === null && current.consentAt !== null ? current.consentAt : tx.now;
    const { after } = tx.update('customers', input.id, {
      name: input.name,
      gradeId: input.gradeId,
      company: input.company,
      tags: JSON.stringify(input.tags),
      notes: input.notes,
      preferredContactTime: input.preferredContactTime,
      ...consentColumns(input.consent, keepConsentTime),
    });
    syncPhones(tx, ctx, input.id, input.phones);
    indexFile(
      tx,
      after,
      input.phones.map((x) => x.phone),
      liveUnits.all(ctx.sqlite, input.id).map((x) => x.unit),
    );
  });
  return loadFile(ctx, input.id);
}
