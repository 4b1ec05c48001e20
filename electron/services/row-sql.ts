import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../../db/open';

type Row = Record<string, unknown>;

interface TableShape {
  name: string;
  /** TypeScript key → column. */
  columns: Map<string, SQLiteColumn>;
  /** SQL column name → TypeScript key. */
  keysByName: Map<string, string>;
  sql: Map<string, string>;
}

const shapes = new WeakMap<SQLiteTable, TableShape>();

function shapeOf(table: SQLiteTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = new Map(Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]);
    const keysByName = new Map([...columns].map(([key, col]) => [col.name, key] as [string, string]));
    shape = { name: getTableName(table), columns, keysByName, sql: new Map() };
    shapes.set(table, shape);
  }
  return shape;
}

function toDriver(col: SQLiteColumn, value: unknown): unknown {
  return value === null ? null : col.mapToDriverValue(value);
}

/** The row as drizzle returns it: TypeScript keys, booleans and JSON mapped back. */
function fromDriver(shape: TableShape, raw: Row): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = shape.keysByName.get(name) ?? name;
    const col = shape.columns.get(key);
    out[key] = value === null || !col ? value : col.mapFromDriverValue(value);
  }
  return out;
}

/** Provided keys that are real columns; `undefined` means "take the column's default", as in drizzle. */
function presentKeys(shape: TableShape, values: Row): string[] {
  return Object.keys(values).filter((k) => values[k] !== undefined && shape.columns.has(k));
}

function cachedSql(shape: TableShape, cacheKey: string, build: () => string): string {
  let sql = shape.sql.get(cacheKey);
  if (!sql) {
    sql = build();
    shape.sql.set(cacheKey, sql);
  }
  return sql;
}

const quoted = (name: string) => `"${name}"`;

/**
 * The audited writer's three statements on a table, in plain SQL built once per shape. Doing this through drizzle's
 * query builder cost more than SQLite's own work on every save (see bench/results.md); the mapping of values is
 * drizzle's own (`mapToDriverValue` / `mapFromDriverValue`), so rows and their audit hashes are the same.
 */
export function insertRow(sqlite: Sqlite, table: SQLiteTable, values: Row): Row {
  const shape = shapeOf(table);
  const keys = presentKeys(shape, values);
  const sql = cachedSql(shape, `i:${keys.join(',')}`, () => {
    const names = keys.map((k) => quoted((shape.columns.get(k) as SQLiteColumn).name));
    return `insert into ${quoted(shape.name)} (${names.join(', ')}) values (${keys.map(() => '?').join(', ')}) returning *`;
  });
  const params = keys.map((k) => toDriver(shape.columns.get(k) as SQLiteColumn, values[k]));
  return fromDriver(shape, sqlite.prepare(sql).get(...params) as Row);
}

export function selectRow(sqlite: Sqlite, table: SQLiteTable, key: SQLiteColumn, id: string): Row | undefined {
  const shape = shapeOf(table);
  const sql = cachedSql(
    shape,
    `s:${key.name}`,
    () => `select * from ${quoted(shape.name)} where ${quoted(key.name)} = ?`,
  );
  const raw = sqlite.prepare(sql).get(id) as Row | undefined;
  return raw ? fromDriver(shape, raw) : undefined;
}

export function updateRow(sqlite: Sqlite, table: SQLiteTable, key: SQLiteColumn, id: string, patch: Row): Row {
  const shape = shapeOf(table);
  const keys = presentKeys(shape, patch);
  const sql = cachedSql(shape, `u:${key.name}:${keys.join(',')}`, () => {
    const sets = keys.map((k) => `${quoted((shape.columns.get(k) as SQLiteColumn).name)} = ?`);
    return `update ${quoted(shape.name)} set ${sets.join(', ')} where ${quoted(key.name)} = ? returning *`;
  });
  const params = keys.map((k) => toDriver(shape.columns.get(k) as SQLiteColumn, patch[k]));
  return fromDriver(shape, sqlite.prepare(sql).get(...params, id) as Row);
}
