import { getTableColumns, getTableName, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sqlite } from '../../db/open';
import { columnDecoder, RowDecodeError } from '../../db/sql';

interface TableShape {
  name: string;
  /** TypeScript key → column. */
  columns: Map<string, SQLiteColumn>;
  /** SQL column name → TypeScript key. */
  keysByName: Map<string, string>;
  decoders: Map<string, (value: unknown, key: string) => unknown>;
  sql: Map<string, string>;
}

const shapes = new WeakMap<SQLiteTable, TableShape>();

function shapeOf(table: SQLiteTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = new Map<string, SQLiteColumn>(Object.entries(getTableColumns(table)));
    const keysByName = new Map([...columns].map(([key, col]) => [col.name, key] as [string, string]));
    const decoders = new Map([...columns].map(([key, col]) => [key, columnDecoder(col)] as const));
    shape = { name: getTableName(table), columns, keysByName, decoders, sql: new Map() };
    shapes.set(table, shape);
  }
  return shape;
}

function toDriver(col: SQLiteColumn, value: unknown): unknown {
  return value === null ? null : col.mapToDriverValue(value);
}

function column(shape: TableShape, key: string): SQLiteColumn {
  const col = shape.columns.get(key);
  if (!col) throw new Error(`no column ${key} in ${shape.name}`);
  return col;
}

/** A row as `returning *` gives it (SQL names) read into the table's row type, each value checked by its column. */
function fromDriver<T extends SQLiteTable>(table: T, raw: unknown): InferSelectModel<T> {
  if (typeof raw !== 'object' || raw === null) throw new RowDecodeError(`no row from ${getTableName(table)}`);
  const shape = shapeOf(table);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const key = shape.keysByName.get(name) ?? name;
    const decode = shape.decoders.get(key);
    out[key] = decode ? decode(value, key) : value;
  }
  return tableRow(table, out);
}

// Every column of the table was decoded by its own column's decoder just above: the row has the table's type.
function tableRow<T extends SQLiteTable>(_table: T, row: Record<string, unknown>): InferSelectModel<T> {
  return row as InferSelectModel<T>;
}

/** Provided keys that are real columns; `undefined` means "take the column's default", as in drizzle. */
function presentKeys(shape: TableShape, values: object): string[] {
  return Object.keys(values).filter((k) => Reflect.get(values, k) !== undefined && shape.columns.has(k));
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
export function insertRow<T extends SQLiteTable>(
  sqlite: Sqlite,
  table: T,
  values: InferInsertModel<T>,
): InferSelectModel<T> {
  const shape = shapeOf(table);
  const keys = presentKeys(shape, values);
  const sql = cachedSql(shape, `i:${keys.join(',')}`, () => {
    const names = keys.map((k) => quoted(column(shape, k).name));
    return `insert into ${quoted(shape.name)} (${names.join(', ')}) values (${keys.map(() => '?').join(', ')}) returning *`;
  });
  const params = keys.map((k) => toDriver(column(shape, k), Reflect.get(values, k)));
  return fromDriver(table, sqlite.prepare(sql).get(...params));
}

export function selectRow<T extends SQLiteTable>(
  sqlite: Sqlite,
  table: T,
  key: SQLiteColumn,
  id: string,
): InferSelectModel<T> | undefined {
  const shape = shapeOf(table);
  const sql = cachedSql(
    shape,
    `s:${key.name}`,
    () => `select * from ${quoted(shape.name)} where ${quoted(key.name)} = ?`,
  );
  const raw: unknown = sqlite.prepare(sql).get(id);
  return raw === undefined ? undefined : fromDriver(table, raw);
}

export function updateRow<T extends SQLiteTable>(
  sqlite: Sqlite,
  table: T,
  key: SQLiteColumn,
  id: string,
  patch: Partial<InferInsertModel<T>>,
): InferSelectModel<T> {
  const shape = shapeOf(table);
  const keys = presentKeys(shape, patch);
  const sql = cachedSql(shape, `u:${key.name}:${keys.join(',')}`, () => {
    const sets = keys.map((k) => `${quoted(column(shape, k).name)} = ?`);
    return `update ${quoted(shape.name)} set ${sets.join(', ')} where ${quoted(key.name)} = ? returning *`;
  });
  const params = keys.map((k) => toDriver(column(shape, k), Reflect.get(patch, k)));
  return fromDriver(table, sqlite.prepare(sql).get(...params, id));
}
