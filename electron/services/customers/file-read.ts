/** Reading customer files (客户档案): the file view, lookup by number, the list. */
import { clerks, customerGrades, customerPhones, customers, customerUnits } from '../../../db/schema';
import { query, SqlWhere, tableRef, textOrNull } from '../../../db/sql';
import type { CustomerFileView, CustomerSummary } from '../../../shared/contract/customers';
import type { Actor, ServiceContext } from '../context';
import { notFound } from '../errors';
import { maskPhoneForSheet } from '../handover/section';
import { withStatus } from '../search/hit-status';
import { foldedContains } from '../text-filter';
import { write } from '../write';
import { historyForPhones, openForPhones } from './open';
import { liveFile } from './predicates';
import { revisitsOfCustomer } from './revisit-plans';
import { surveysOfFile } from './survey-answers';

const f = tableRef(customers, 'f');
const m = tableRef(customers, 'm');
const g = tableRef(customerGrades, 'g');
const p = tableRef(customerPhones, 'p');
const c = tableRef(clerks, 'c');
const u = tableRef(customerUnits, 'u');

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
export const livePhones = query(
  p.pick('id', 'phone', 'note'),
  (list) =>
    `select ${list} from ${p.from} where ${p.c.customerId} = ? and ${p.c.active} = 1 order by ${p.c.createdAt}, ${p.c.id}`,
);
/** The units a file is tied to now (房号 and role), oldest link first. */
export const liveUnits = query(
  { ...u.pick('id', 'version', 'unit', 'role'), since: u.col('createdAt') },
  (list) =>
    `select ${list} from ${u.from} where ${u.c.customerId} = ? and ${u.c.active} = 1 order by ${u.c.createdAt}, ${u.c.id}`,
);
/** Every number the file ever had: its history includes what the desk did under a number since removed. */
const everyPhone = query(
  p.pick('phone'),
  (list) => `select distinct ${list} from ${p.from} where ${p.c.customerId} = ?`,
);
export const fileOfPhone = query(
  { customerId: p.col('customerId'), fileNo: f.col('fileNo') },
  (list) =>
    `select ${list} from ${p.from} join ${f.from} on ${f.c.id} = ${p.c.customerId}
     where ${p.c.phone} = ? and ${p.c.active} = 1`,
);

export type Row = ReturnType<typeof fileById.all>[number];

export function parseTags(json: string): string[] {
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

export function loadRow(ctx: ServiceContext, id: string): Row {
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
    units: row.status === 'forgotten' ? [] : liveUnits.all(ctx.sqlite, id),
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
    surveys: row.status === 'forgotten' ? [] : surveysOfFile(ctx, id, all),
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
    `(${foldedContains([f.c.fileNo, f.c.name, f.c.company, f.c.tags], { id: f.c.id, names: [f.c.name] })}
      or exists (select 1 from ${p.from} where ${p.c.customerId} = ${f.c.id} and ${p.c.active} = 1 and ${foldedContains([p.c.phone])})
      or exists (select 1 from ${u.from} where ${u.c.customerId} = ${f.c.id} and ${u.c.active} = 1
        and instr(replace(fold_text(${u.c.unit}), ' ', ''), replace(fold_text(@text), ' ', '')) > 0))`,
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
