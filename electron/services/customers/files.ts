import type { z } from 'zod';
import { clerks, customerGrades, customerPhones, customers } from '../../../db/schema';
import { query, SqlWhere, tableRef, textOrNull } from '../../../db/sql';
import {
  CUSTOMER_SERIAL_PREFIX,
  type CustomerFileView,
  type CustomerSummary,
  type createCustomerInput,
  type mergeCustomersInput,
  type updateCustomerInput,
} from '../../../shared/contract/customers';
import { approveWithPin } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, notFound, refuse } from '../errors';
import { maskPhoneForSheet } from '../handover/section';
import { newId } from '../ids';
import { withStatus } from '../search/hit-status';
import { type RecordOf, type WriteTx, write } from '../write';
import { getGrade } from './grades';
import { historyForPhones, openForPhones } from './open';
import { liveFile } from './predicates';
import { revisitsOfCustomer } from './revisits';

type FileRow = RecordOf<'customers'>;
type CreateInput = z.output<typeof createCustomerInput>;
type UpdateInput = z.output<typeof updateCustomerInput>;

const f = tableRef(customers, 'f');
const m = tableRef(customers, 'm');
const g = tableRef(customerGrades, 'g');
const p = tableRef(customerPhones, 'p');
const c = tableRef(clerks, 'c');

const fileRow = {
  ...f.pick(
    'id',
    'version',
    'fileNo',
    'name',
    'gradeId',
    'company',
    'tags',
    'notes',
    'preferredContactTime',
    'consentMethod',
    'consentAt',
    'consentScope',
    'consentPurpose',
    'status',
    'createdAt',
    'updatedAt',
  ),
  gradeName: textOrNull(g.c.name),
  clerkName: textOrNull(c.c.name),
  mergedIntoFileNo: textOrNull(m.c.fileNo),
};
const FROM_FILES = `from ${f.from} left join ${g.from} on ${g.c.id} = ${f.c.gradeId}
  left join ${c.from} on ${c.c.id} = ${f.c.clerkId} left join ${m.from} on ${m.c.id} = ${f.c.mergedInto}`;
const fileById = query(fileRow, (list) => `select ${list} ${FROM_FILES} where ${f.c.id} = ?`);
const livePhones = query(
  p.pick('id', 'phone', 'note'),
  (list) =>
    `select ${list} from ${p.from} where ${p.c.customerId} = ? and ${p.c.active} = 1 order by ${p.c.createdAt}, ${p.c.id}`,
);
/** Every number the file ever had: its history includes what the desk did under a number since removed. */
const everyPhone = query(
  p.pick('phone'),
  (list) => `select distinct ${list} from ${p.from} where ${p.c.customerId} = ?`,
);
const fileOfPhone = query(
  { customerId: p.col('customerId'), fileNo: f.col('fileNo') },
  (list) =>
    `select ${list} from ${p.from} join ${f.from} on ${f.c.id} = ${p.c.customerId}
     where ${p.c.phone} = ? and ${p.c.active} = 1`,
);

type Row = ReturnType<typeof fileById.all>[number];

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function summaryOf(row: Row, phones: string[]): CustomerSummary {
  return {
    id: row.id,
    version: row.version,
    fileNo: row.fileNo,
    name: row.name,
    gradeName: row.gradeName ?? '',
    company: row.company,
    tags: parseTags(row.tags),
    phonesMasked: phones.map(maskPhoneForSheet),
    status: row.status,
    createdAt: row.createdAt,
  };
}

function loadRow(ctx: ServiceContext, id: string): Row {
  const row = fileById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.customerMissing');
  return row;
}

/** The file as the screen shows it, without logging (the writers read it back). */
export function loadFile(ctx: ServiceContext, id: string): CustomerFileView {
  const row = loadRow(ctx, id);
  const phones = livePhones.all(ctx.sqlite, id);
  const all = everyPhone.all(ctx.sqlite, id).map((x) => x.phone);
  const now = ctx.clock.now();
  return {
    ...summaryOf(
      row,
      phones.map((x) => x.phone),
    ),
    gradeId: row.gradeId,
    phones,
    notes: row.notes,
    preferredContactTime: row.preferredContactTime,
    consent:
      row.consentMethod && row.consentAt !== null
        ? { method: row.consentMethod, at: row.consentAt, scope: row.consentScope, purpose: row.consentPurpose }
        : null,
    mergedIntoFileNo: row.mergedIntoFileNo,
    clerkName: row.clerkName ?? '',
    updatedAt: row.updatedAt,
    history: row.status === 'forgotten' ? [] : withStatus(ctx, historyForPhones(ctx.sqlite, all)),
    open: row.status === 'active' ? openForPhones(ctx.sqlite, all, now) : [],
    revisits: revisitsOfCustomer(ctx, id),
  };
}

/** Opening a file: who looked at whose data, and when, is in the log (PIPL). */
export function openFile(ctx: ServiceContext, actor: Actor, id: string): CustomerFileView {
  const row = loadRow(ctx, id);
  write(ctx, actor, (tx) => tx.event('customers', id, 'viewed', { fileNo: row.fileNo }));
  return loadFile(ctx, id);
}

/** The live file that has this number: a form offers to open it instead of creating a second one. */
export function fileByPhone(ctx: ServiceContext, phone: string): CustomerSummary | null {
  const hit = fileOfPhone.get(ctx.sqlite, phone);
  if (!hit) return null;
  const row = loadRow(ctx, hit.customerId);
  return summaryOf(
    row,
    livePhones.all(ctx.sqlite, row.id).map((x) => x.phone),
  );
}

export function listFiles(
  ctx: ServiceContext,
  input: { text: string; gradeId: string | null; includeClosed: boolean; limit: number },
): CustomerSummary[] {
  const where = new SqlWhere();
  if (!input.includeClosed) where.always(liveFile(f.c));
  where.filter(`${f.c.gradeId} = @gradeId`, 'gradeId', input.gradeId);
  where.filter(
    `(instr(${f.c.fileNo}, upper(@text)) > 0 or instr(lower(${f.c.name}), lower(@text)) > 0
      or instr(lower(${f.c.company}), lower(@text)) > 0 or instr(${f.c.tags}, @text) > 0
      or exists (select 1 from ${p.from} where ${p.c.customerId} = ${f.c.id} and ${p.c.active} = 1 and instr(${p.c.phone}, @text) > 0))`,
    'text',
    input.text,
  );
  const rows = query(
    fileRow,
    (list) =>
      `select ${list} ${FROM_FILES} ${where} order by ${f.c.createdAt} desc, ${f.c.id} desc limit ${input.limit}`,
  ).all(ctx.sqlite, where.params);
  return rows.map((row) =>
    summaryOf(
      row,
      livePhones.all(ctx.sqlite, row.id).map((x) => x.phone),
    ),
  );
}

/** Feeds search: by name (characters and pinyin), every number, file number, company and tags. */
export function indexFile(tx: WriteTx, row: FileRow, phones: string[]): void {
  const forgotten = row.status === 'forgotten';
  tx.index({
    module: 'customers',
    entityId: row.id,
    title: forgotten ? row.fileNo : row.name,
    subtitle: forgotten ? '' : [row.fileNo, row.company].filter(Boolean).join(' · '),
    text: forgotten ? row.fileNo : [row.fileNo, row.company, ...parseTags(row.tags)].filter(Boolean).join(' '),
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

/** 建立客户档案: only when the clerk chooses it, from any form or on its own. */
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
    indexFile(
      tx,
      row,
      input.phones.map((x) => x.phone),
    );
    return row.id;
  });
  return loadFile(ctx, id);
}

function assertLive(row: Row): void {
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
    );
  });
  return loadFile(ctx, input.id);
}

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
 * 合并档案 with a lead's PIN: the other file's numbers, tags, notes and planned visits move to the kept one, which
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
    );
    indexFile(tx, merged, []);
  });
  return loadFile(ctx, input.keepId);
}
