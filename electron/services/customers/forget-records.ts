import { getTableColumns, getTableName } from 'drizzle-orm';
import type { ModuleName } from '../../../shared/modules';
import type { AuditedEntity, NamedPerson, PersonColumns } from '../audit/entity';
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
  targets.push(...eraseNamed(tx, ctx, found, rows, values, phones, note));
  targets.push(...maskChildren(tx, ctx, found, values, phones, note));
  return { targets, values };
}

/**
 * The free text of the found records' children (`maskedUnder`: a complaint's timeline) with the person's values
 * masked. Each rewritten child is named in `erasure_rewrites` first: an append-only table's trigger lets only such a
 * row's text change.
 */
function maskChildren(
  tx: WriteTx,
  ctx: ServiceContext,
  found: readonly Found[],
  values: readonly string[],
  phones: readonly string[],
  note: string,
): ScrubTarget[] {
  const targets: ScrubTarget[] = [];
  const mark = ctx.sqlite.prepare('insert or ignore into erasure_rewrites (entity, entity_id, at) values (?, ?, ?)');
  for (const [entity, spec] of Object.entries(auditedEntities) as [EntityName, AuditedEntity][]) {
    const under = spec.maskedUnder;
    if (!under) continue;
    const parents = found.filter((f) => f.entity === under.entity).map((f) => f.id);
    if (parents.length === 0) continue;
    const ids = ctx.sqlite
      .prepare(
        `select "${columnName(spec, spec.keyName)}" from "${getTableName(spec.table)}"
         where "${columnName(spec, under.column)}" in (select value from json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify(parents)) as string[];
    for (const id of ids) {
      const row = selectRow(ctx.sqlite, spec.table, spec.key, id) as Row;
      const patch: Row = {};
      for (const [key, value] of Object.entries(row)) {
        if (typeof value !== 'string') continue;
        const masked = maskPerson(value, values, phones);
        if (masked !== value) patch[key] = masked;
      }
      if (Object.keys(patch).length === 0) continue;
      mark.run(entity, id, tx.now);
      tx.update(entity, id, patch as never, { action: 'status', note });
      blankKeptStates(ctx.sqlite, entity, id, patch);
      targets.push({ entity, entityId: id, columns: [] });
    }
  }
  return targets;
}

/** The ID hashes the person's records hold: the same ID elsewhere is the same person. */
function hashesOf(rows: readonly Row[], found: readonly Found[]): Set<string> {
  const out = new Set<string>();
  found.forEach((f, i) => {
    for (const group of f.groups)
      for (const key of group.hashes ?? []) {
        const value = rows[i]?.[key];
        if (typeof value === 'string' && value !== '') out.add(value);
      }
  });
  return out;
}

/**
 * The people named without a phone (`named`): a collector, a guardian. Erased where their ID hash is one of the
 * person's, or their name is the person's in a record found by phone (after its own erasure, so read again) or in a
 * child of one. Returns the records changed, for the log's erasure.
 */
function eraseNamed(
  tx: WriteTx,
  ctx: ServiceContext,
  found: readonly Found[],
  before: readonly Row[],
  values: readonly string[],
  phones: readonly string[],
  note: string,
): ScrubTarget[] {
  const names = new Set(values);
  const hashes = hashesOf(before, found);
  const foundIds = new Map<string, Set<string>>();
  for (const f of found) foundIds.set(f.entity, (foundIds.get(f.entity) ?? new Set()).add(f.id));
  const targets: ScrubTarget[] = [];
  for (const [entity, spec] of Object.entries(auditedEntities) as [EntityName, AuditedEntity][]) {
    for (const group of spec.named ?? []) {
      const table = getTableName(spec.table);
      const key = columnName(spec, spec.keyName);
      const nameCol = columnName(spec, group.name);
      const byHash = (group.hashes ?? []).map(
        (h) => `"${columnName(spec, h)}" in (select value from json_each(@hashes))`,
      );
      // A record found by phone is judged as it was before its own erasure masked the name.
      const own = found.flatMap((f, i) =>
        f.entity === entity && names.has(String(before[i]?.[group.name] ?? '')) ? [f.id] : [],
      );
      const byName = group.parent
        ? `("${nameCol}" in (select value from json_each(@names))
            and "${columnName(spec, group.parent.column)}" in (select value from json_each(@parents)))`
        : `"${key}" in (select value from json_each(@own))`;
      const ids = ctx.sqlite
        .prepare(`select "${key}" from "${table}" where ${[byName, ...byHash].join(' or ')}`)
        .pluck()
        .all({
          hashes: JSON.stringify([...hashes]),
          names: JSON.stringify([...names]),
          parents: JSON.stringify([...(foundIds.get(group.parent?.entity as EntityName) ?? [])]),
          own: JSON.stringify(own),
        }) as string[];
      for (const id of ids) {
        const row = selectRow(ctx.sqlite, spec.table, spec.key, id) as Row;
        const patch = namedErasure(row, group, values, phones);
        if (Object.keys(patch).length === 0) continue;
        tx.update(entity, id, patch as never, { action: 'status', note });
        blankKeptStates(ctx.sqlite, entity, id, patch);
        targets.push({
          entity,
          entityId: id,
          columns: [group.name, ...(group.details ?? []), ...(group.hashes ?? [])],
        });
      }
    }
  }
  return targets;
}

/** One named person's columns erased (name and details masked, ID hash cleared), their values masked elsewhere. */
function namedErasure(row: Row, group: NamedPerson, values: readonly string[], phones: readonly string[]): Row {
  const patch: Row = {};
  const own = new Set([group.name, ...(group.details ?? []), ...(group.hashes ?? [])]);
  for (const key of [group.name, ...(group.details ?? [])])
    if (typeof row[key] === 'string' && row[key] !== '' && row[key] !== ERASED) patch[key] = ERASED;
  for (const key of group.hashes ?? []) if (row[key] != null) patch[key] = null;
  for (const [key, value] of Object.entries(row)) {
    if (own.has(key) || typeof value !== 'string') continue;
    const masked = maskPerson(value, values, phones);
    if (masked !== value) patch[key] = masked;
  }
  return patch;
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
