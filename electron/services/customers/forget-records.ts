import { getTableColumns, getTableName } from 'drizzle-orm';
import type { ModuleName } from '../../../shared/modules';
import type { AuditedEntity, PersonColumns } from '../audit/entity';
import { eraseRecordKey } from '../audit/record-keys';
import { ERASED, maskPerson, type ScrubTarget } from '../audit/scrub';
import type { ServiceContext } from '../context';
import { auditedEntities, type EntityName } from '../entities';
import { selectRow } from '../row-sql';
import { blankKeptStates } from '../sync/outbox';
import type { WriteTx } from '../write';

type Row = Record<string, unknown>;

interface Found {
  entity: EntityName;
  spec: AuditedEntity;
  id: string;
  groups: PersonColumns[];
}

const columnName = (spec: AuditedEntity, key: string) => {
  const column = getTableColumns(spec.table)[key];
  if (!column) throw new Error(`no column ${key}`);
  return column.name;
};

/** The columns of one person in a record: their phone, name, details and ID hashes. */
export const personColumns = (group: PersonColumns): string[] => [
  group.phone,
  ...(group.name ? [group.name] : []),
  ...(group.details ?? []),
  ...(group.hashes ?? []),
];

/**
 * Every record of every registered module (`auditedEntities`, each module's line in services/entities.ts) that names
 * one of `phones` in a person's phone column, with the people of it who hold those phones. A module joins by
 * declaring `people` on its entities: nothing here names a module.
 */
function findRecords(ctx: ServiceContext, phones: readonly string[]): Found[] {
  if (phones.length === 0) return [];
  const marks = phones.map(() => '?').join(', ');
  const found = new Map<string, Found>();
  for (const [entity, spec] of Object.entries(auditedEntities) as [EntityName, AuditedEntity][]) {
    for (const group of spec.people ?? []) {
      const table = getTableName(spec.table);
      const key = columnName(spec, spec.keyName);
      const ids = ctx.sqlite
        .prepare(`select "${key}" from "${table}" where "${columnName(spec, group.phone)}" in (${marks})`)
        .pluck()
        .all(...phones) as string[];
      for (const id of ids) {
        const at = `${entity}:${id}`;
        const hit = found.get(at) ?? { entity, spec, id, groups: [] };
        hit.groups.push(group);
        found.set(at, hit);
      }
    }
  }
  return [...found.values()];
}

/** The person's values a record holds: the names and details beside their phone (ID masks, addresses). */
function valuesOf(row: Row, groups: readonly PersonColumns[]): string[] {
  const out: string[] = [];
  for (const group of groups)
    for (const key of [group.name, ...(group.details ?? [])]) {
      const value = key ? row[key] : null;
      if (typeof value === 'string' && value !== '') out.push(value);
    }
  return out;
}

/** The patch that erases the person from one record: their columns blanked, their values masked in its free text. */
function erasure(
  row: Row,
  groups: readonly PersonColumns[],
  values: readonly string[],
  phones: readonly string[],
): Row {
  const patch: Row = {};
  const own = new Set<string>();
  for (const group of groups) {
    for (const key of personColumns(group)) own.add(key);
    patch[group.phone] = group.erasedPhone ?? '';
    for (const key of [group.name, ...(group.details ?? [])])
      if (key && typeof row[key] === 'string' && row[key] !== '') patch[key] = ERASED;
    for (const key of group.hashes ?? []) if (row[key] != null) patch[key] = null;
  }
  for (const [key, value] of Object.entries(row)) {
    if (own.has(key) || typeof value !== 'string') continue;
    const masked = maskPerson(value, values, phones);
    if (masked !== value) patch[key] = masked;
  }
  return patch;
}

/**
 * Erases the person who holds `phones` from every module's records: each record that names them keeps everything
 * else (so it still counts), their name, number and ID are blanked, their values masked in its free text, the
 * states kept for other counters blanked the same, its keyed digests' key erased, and its search entry rebuilt
 * from the masked title. Returns the records (for the log's erasure) and the values found (names, ID masks).
 */
export function eraseFromModules(
  tx: WriteTx,
  ctx: ServiceContext,
  phones: readonly string[],
  knownValues: readonly string[],
  note: string,
): { targets: ScrubTarget[]; values: string[] } {
  const found = findRecords(ctx, phones);
  const rows = found.map((f) => selectRow(ctx.sqlite, f.spec.table, f.spec.key, f.id) as Row);
  const values = [...new Set([...knownValues, ...rows.flatMap((row, i) => valuesOf(row, found[i]?.groups ?? []))])];
  const targets: ScrubTarget[] = [];
  found.forEach((f, i) => {
    const row = rows[i] as Row;
    const patch = erasure(row, f.groups, values, phones);
    tx.update(f.entity, f.id, patch as never, { action: 'status', note });
    blankKeptStates(ctx.sqlite, f.entity, f.id, patch);
    if (f.spec.keyed?.length) eraseRecordKey(ctx.sqlite, f.entity, f.id, tx.now);
    reindex(tx, ctx, f, row, values, phones);
    targets.push({ entity: f.entity, entityId: f.id, columns: f.groups.flatMap(personColumns) });
  });
  return { targets, values };
}

/** The record's search entry without the person: its title and subtitle masked, found by its serial, not by them. */
function reindex(tx: WriteTx, ctx: ServiceContext, f: Found, row: Row, values: string[], phones: readonly string[]) {
  const entry = ctx.sqlite
    .prepare('select module, title, subtitle, tag, at, voided from search_entries where entity_id = ?')
    .get(f.id) as
    | { module: ModuleName; title: string; subtitle: string; tag: string | null; at: number; voided: number }
    | undefined;
  if (!entry) return;
  const mask = (text: string) => maskPerson(text, values, phones);
  const display = f.spec.display ? row[columnKey(f.spec, f.spec.display)] : null;
  const title = mask(entry.title);
  const subtitle = mask(entry.subtitle);
  tx.index({
    module: entry.module,
    entityId: f.id,
    title,
    subtitle,
    tag: entry.tag,
    text: [title, subtitle, typeof display === 'string' ? display : ''].join(' '),
    at: entry.at,
    voided: entry.voided === 1,
  });
}

const columnKey = (spec: AuditedEntity, column: AuditedEntity['display']): string => {
  for (const [key, c] of Object.entries(getTableColumns(spec.table))) if (c === column) return key;
  return '';
};
