import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditChangeView, AuditEntryView, ShownValue } from '../../../shared/contract/audit';
import { complaintStatusValues, timelineWords } from '../../../shared/contract/complaint-fields';
import { maskNumbersInText } from '../../../shared/contract/mask-text';
import { contractModules, core } from '../../../shared/contract/registry';
import type { ServiceContext } from '../context';
import { auditedEntities, type EntityName, entitySpec, isEntityName } from '../entities';
import type { AuditedEntity } from './entity';
import { type AuditEntry, auditHistory } from './history';
import { SCRUB_ATTESTATION } from './scrub';

/** How one field of an entity is shown: which list labels its codes, which entity its ids name, money, times. */
type FieldShape =
  | { kind: 'label'; prefix: string }
  | { kind: 'ref'; entity: EntityName }
  | { kind: 'money' }
  | { kind: 'time' }
  | { kind: 'yesNo' }
  | { kind: 'json' }
  | { kind: 'text' };

const TIME_FIELD = /(At|Due|Since|Until)$|^time(In|Out)$/;

function listsOf(spec: AuditedEntity): Record<string, readonly string[]> {
  return spec.module === 'core' ? core.labels.lists : contractModules[spec.module].labels.lists;
}

function entityOfTable(table: SQLiteTable): EntityName | null {
  for (const name of Object.keys(auditedEntities))
    if (isEntityName(name) && entitySpec(name).table === table) return name;
  return null;
}

const shapes = new Map<EntityName, Map<string, FieldShape>>();

/** Each column's shape, from the drizzle table: enums, booleans, foreign keys (and the refs an entity declares). */
function shapesOf(entity: EntityName): Map<string, FieldShape> {
  const known = shapes.get(entity);
  if (known) return known;
  const spec = entitySpec(entity);
  const byColumn = new Map<SQLiteColumn, string>();
  const columns: Record<string, SQLiteColumn> = getTableColumns(spec.table);
  for (const [key, column] of Object.entries(columns)) byColumn.set(column, key);
  const refs = new Map<string, EntityName>();
  for (const fk of getTableConfig(spec.table).foreignKeys) {
    const reference = fk.reference();
    const target = entityOfTable(reference.foreignTable);
    const key = reference.columns[0] && byColumn.get(reference.columns[0]);
    if (target && key) refs.set(key, target);
  }
  for (const [key, target] of Object.entries(spec.refs ?? {})) if (isEntityName(target)) refs.set(key, target);
  const lists = listsOf(spec);
  const out = new Map<string, FieldShape>();
  for (const [key, column] of Object.entries(columns)) {
    const ref = refs.get(key);
    const codes = column.enumValues?.join('|');
    const list = codes ? Object.keys(lists).find((name) => lists[name]?.join('|') === codes) : undefined;
    if (ref) out.set(key, { kind: 'ref', entity: ref });
    else if (list) out.set(key, { kind: 'label', prefix: `labels.${spec.module}.values.${list}` });
    else if (column.columnType === 'SQLiteBoolean') out.set(key, { kind: 'yesNo' });
    else if (column.columnType === 'SQLiteTextJson') out.set(key, { kind: 'json' });
    else if (key.endsWith('Fen')) out.set(key, { kind: 'money' });
    else if (column.columnType === 'SQLiteInteger' && TIME_FIELD.test(key)) out.set(key, { kind: 'time' });
    else out.set(key, { kind: 'text' });
  }
  shapes.set(entity, out);
  return out;
}

/**
 * Text columns that may hold a code: a complaint's timeline entry without words holds its status, a return visit's
 * starts with the satisfaction (`fairly_satisfied: 已更换`).
 */
const CODED_TEXT: Partial<Record<EntityName, Record<string, (text: string) => ShownValue>>> = {
  complaintEvents: {
    text: (text) => {
      if ((complaintStatusValues as readonly string[]).includes(text))
        return { kind: 'label', key: `labels.complaints.values.status.${text}` };
      const words = timelineWords({ text, toStatus: 'return_visited' });
      return words.satisfaction
        ? { kind: 'labelled', key: `labels.complaints.values.satisfaction.${words.satisfaction}`, text: words.text }
        : { kind: 'text', text };
    },
  },
};

/** What an event's notes may name besides the record's own columns. */
const EVENT_SHAPES: Record<string, FieldShape> = {
  approver: { kind: 'ref', entity: 'clerks' },
  by: { kind: 'ref', entity: 'clerks' },
  visitId: { kind: 'ref', entity: 'visits' },
};

const displaySqls = new Map<EntityName, string | null>();

/** The lookup of an entity's display column, built once (getTableConfig builds the table's whole config each call). */
function displaySql(entity: EntityName): string | null {
  let sql = displaySqls.get(entity);
  if (sql === undefined) {
    const spec = entitySpec(entity);
    const table = getTableConfig(spec.table).name;
    sql = spec.display ? `select "${spec.display.name}" from "${table}" where "${spec.key.name}" = ?` : null;
    displaySqls.set(entity, sql);
  }
  return sql;
}

/** How a clerk knows a record another one refers to: its serial, code or name (never its id). */
export function displayOf(ctx: ServiceContext, entity: EntityName, id: string): ShownValue {
  const sql = displaySql(entity);
  if (!sql) return { kind: 'none' };
  const value: unknown = ctx.sqlite.prepare(sql).pluck().get(id);
  if (typeof value === 'number') return { kind: 'time', at: value };
  if (typeof value === 'string' && value !== '') return { kind: 'text', text: value };
  return { kind: 'none' };
}

function shownValue(display: DisplayLookup, shape: FieldShape, value: unknown): ShownValue {
  if (value === null || value === undefined || value === '') return { kind: 'none' };
  if (typeof value === 'string' && value.startsWith('redacted:')) return { kind: 'hidden' };
  switch (shape.kind) {
    case 'label':
      return { kind: 'label', key: `${shape.prefix}.${String(value)}` };
    case 'ref':
      return typeof value === 'string' ? display(shape.entity, value) : { kind: 'none' };
    case 'money':
      return typeof value === 'number' ? { kind: 'money', fen: value } : { kind: 'text', text: String(value) };
    case 'time':
      return typeof value === 'number' ? { kind: 'time', at: value } : { kind: 'text', text: String(value) };
    case 'yesNo':
      return { kind: 'yesNo', yes: value === true || value === 1 };
    // A record's history is read to see who changed what, never to call or identify someone: the phone and ID
    // numbers in its values are masked here, so the full ones never reach the screen.
    case 'json':
      return {
        kind: 'text',
        text: maskNumbersInText(Array.isArray(value) ? value.map(String).join('、') : JSON.stringify(value)),
      };
    default:
      return typeof value === 'boolean'
        ? { kind: 'yesNo', yes: value }
        : { kind: 'text', text: maskNumbersInText(String(value)) };
  }
}

function fieldKeyOf(spec: AuditedEntity, entity: EntityName, field: string, column: boolean): string {
  return column ? `labels.${spec.module}.fields.${entity}.${field}` : `labels.core.fields.auditEvent.${field}`;
}

/** A status move noted as `received→accepted`: the change of its status field says it already, in labels. */
const STATUS_MOVE = /^[a-z_]+→[a-z_]+$/;

/** A note that names an event and then says more: `rejected: 太旧了`, `unlocked by 李娜`. */
const EVENT_WITH_WORDS = /^([a-z_ ]+?)(?:: | by )(.+)$/s;

/**
 * What an entry's note says, as a label and free words: a known event (`sign_out`, `printed`) by its label, the
 * words a clerk gave after it (a reason, a name) as written; a note that is neither is free text.
 */
export function noteWords(spec: AuditedEntity, note: string | null): { eventKey: string | null; note: string | null } {
  if (!note) return { eventKey: null, note: null };
  if (STATUS_MOVE.test(note)) return { eventKey: 'labels.core.values.auditAction.status', note: null };
  const events: Record<string, string> =
    spec.module === 'core' ? core.labels['zh-CN'].events : contractModules[spec.module].labels['zh-CN'].events;
  // i18n keys cannot hold ':' (it separates namespaces): `transfer:lost_found` is labelled as `transfer_lost_found`.
  const name = note.replaceAll(':', '_');
  if (name in events) return { eventKey: `labels.${spec.module}.events.${name}`, note: null };
  const words = EVENT_WITH_WORDS.exec(note);
  if (words?.[1] && words[1] in events)
    return { eventKey: `labels.${spec.module}.events.${words[1]}`, note: words[2] ?? null };
  return { eventKey: null, note };
}

export function eventKeyOf(spec: AuditedEntity, note: string | null): string | null {
  return noteWords(spec, note).eventKey;
}

/** Looks up how a referenced record is known; the export passes a cache, since one clerk or shift recurs often. */
export type DisplayLookup = (entity: EntityName, id: string) => ShownValue;

/**
 * Updates change fields; events note them; a create's fields are its record (listed only when `withCreated`, as the
 * export does: the screen says "created" and shows the record itself).
 */
export function changesOf(
  ctx: ServiceContext,
  entity: EntityName,
  entry: Pick<AuditEntry, 'action' | 'changes'>,
  options: { withCreated?: boolean; display?: DisplayLookup } = {},
): AuditChangeView[] {
  if (entry.action === 'create' && !options.withCreated) return [];
  const display = options.display ?? ((target, id) => displayOf(ctx, target, id));
  const spec = entitySpec(entity);
  const columns = shapesOf(entity);
  const out: AuditChangeView[] = [];
  const coded = CODED_TEXT[entity] ?? {};
  for (const [field, change] of Object.entries(entry.changes)) {
    // Every update moves it (the entry's own time says when); a record's own id names nothing to a clerk.
    if (field === 'updatedAt' || field === spec.keyName) continue;
    // An erasure's attestation of the entries it erased (audit/scrub.ts) is for the chain check, not for a clerk.
    if (field === SCRUB_ATTESTATION) continue;
    const column = columns.get(field);
    const codedText = coded[field];
    if (codedText && typeof change === 'string') {
      out.push({ fieldKey: fieldKeyOf(spec, entity, field, true), before: null, after: codedText(change) });
      continue;
    }
    const shape = column ?? EVENT_SHAPES[field] ?? { kind: 'text' };
    const fieldKey = fieldKeyOf(spec, entity, field, column !== undefined);
    if (column && entry.action !== 'create' && Array.isArray(change) && change.length === 2)
      out.push({
        fieldKey,
        before: shownValue(display, shape, change[0]),
        after: shownValue(display, shape, change[1]),
      });
    else out.push({ fieldKey, before: null, after: shownValue(display, shape, change) });
  }
  return out;
}

/** A record's history as the clerk reads it: fields and codes labelled, records named by their serials. */
export function auditHistoryView(ctx: ServiceContext, entity: string, entityId: string): AuditEntryView[] {
  if (!isEntityName(entity)) return [];
  const spec = entitySpec(entity);
  return auditHistory(ctx.sqlite, entity, entityId).map((entry) => ({
    seq: entry.seq,
    at: entry.at,
    clerkName: entry.clerkName,
    action: entry.action,
    changes: changesOf(ctx, entity, entry),
    ...noteWords(spec, entry.note),
  }));
}
