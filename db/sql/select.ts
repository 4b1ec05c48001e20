import { type GetColumnData, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/**
 * One expression of a SELECT list and how its SQLite value decodes into `T`. The row type of a query is the record
 * of its selection's types, so a column's type (and name) comes from the drizzle table: rename a column and every
 * query naming it fails to compile; read a value of the wrong kind and the decoder says which one.
 */
export interface Selected<T> {
  readonly sql: string;
  decode(value: unknown, key: string): T;
}

export type Selection = Record<string, Selected<unknown>>;

/** The row a selection reads: each key's decoded type. */
export type RowOf<S extends Selection> = { [K in keyof S]: S[K] extends Selected<infer T> ? T : never };

export class RowDecodeError extends Error {}

function wrongValue(key: string, expected: string, value: unknown): RowDecodeError {
  return new RowDecodeError(`column ${key}: expected ${expected}, got ${value === null ? 'null' : typeof value}`);
}

type ColumnKey<T extends SQLiteTable> = keyof T['_']['columns'] & string;
type ColumnOf<T extends SQLiteTable, K extends ColumnKey<T>> = T['_']['columns'][K];

/** The value a drizzle column holds in TypeScript, null included when the column may be null. */
export type ColumnValue<C extends SQLiteColumn> = GetColumnData<C>;

/**
 * Decodes a SQLite value the way drizzle does for this column (booleans from 0/1, JSON from text), after checking
 * it is of the column's kind, one of its codes for an enum column, and not null where the column is not null.
 */
export function columnDecoder<C extends SQLiteColumn>(column: C, nullable = false): Selected<ColumnValue<C>>['decode'] {
  const codes: ReadonlySet<string> | null = column.enumValues?.length ? new Set(column.enumValues) : null;
  const expected = column.columnType === 'SQLiteText' || column.columnType === 'SQLiteTextJson' ? 'string' : 'number';
  const mayBeNull = nullable || !column.notNull;
  return (value, key) => {
    if (value === null || value === undefined) {
      if (!mayBeNull) throw wrongValue(key, expected, null);
      return decoded<C>(null);
    }
    if (typeof value !== expected) throw wrongValue(key, expected, value);
    if (codes && typeof value === 'string' && !codes.has(value)) throw wrongValue(key, 'a code of its list', value);
    return decoded<C>(column.mapFromDriverValue(value));
  };
}

/**
 * The one place a value is given its column's type: every decoder above has checked it first (kind, codes,
 * nullness), and drizzle's own mapping made it what the column's TypeScript type says.
 */
function decoded<C extends SQLiteColumn>(value: unknown): ColumnValue<C> {
  return value as ColumnValue<C>;
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A table under an alias in a query: its FROM entry, its columns as SQL, and SELECT entries typed from it. */
export interface TableRef<T extends SQLiteTable> {
  /** `"visits" v`, for FROM and JOIN. */
  readonly from: string;
  /** Column references by TypeScript key: `v."time_in"`. */
  readonly c: { readonly [K in ColumnKey<T>]: string };
  /** A SELECT entry for one column; `nullable` for the columns of a left-joined table. */
  col<K extends ColumnKey<T>>(key: K): Selected<ColumnValue<ColumnOf<T, K>>>;
  nullableCol<K extends ColumnKey<T>>(key: K): Selected<ColumnValue<ColumnOf<T, K>> | null>;
  /** SELECT entries for these columns, under their TypeScript keys. */
  pick<K extends ColumnKey<T>>(...keys: K[]): { [P in K]: Selected<ColumnValue<ColumnOf<T, P>>> };
}

/** `alias` names the table in the query; without one, columns are qualified by the table's own name. */
export function tableRef<T extends SQLiteTable>(table: T, alias?: string): TableRef<T> {
  const name = quoted(getTableName(table));
  const qualifier = alias ?? name;
  const columns: Record<string, SQLiteColumn> = getTableColumns(table);
  const sqlOf = (key: string) => `${qualifier}.${quoted(columnOf(columns, key).name)}`;
  const c: Record<string, string> = {};
  for (const key of Object.keys(columns)) c[key] = sqlOf(key);
  const entry = (key: string, nullable: boolean): Selected<unknown> => ({
    sql: sqlOf(key),
    decode: columnDecoder(columnOf(columns, key), nullable),
  });
  return {
    from: alias ? `${name} ${alias}` : name,
    c: columnRefs<T>(c),
    col: (key) => typedEntry(entry(key, false)),
    nullableCol: (key) => typedEntry(entry(key, true)),
    pick: (...keys) => {
      const out: Record<string, Selected<unknown>> = {};
      for (const key of keys) out[key] = entry(key, false);
      return picked<T, (typeof keys)[number]>(out);
    },
  };
}

function columnOf(columns: Record<string, SQLiteColumn>, key: string): SQLiteColumn {
  const column = columns[key];
  if (!column) throw new Error(`no column ${key}`);
  return column;
}

// Built from the table's own columns, key by key, each decoded by its column's decoder: these objects have exactly
// the typed shape the signatures state.
function columnRefs<T extends SQLiteTable>(refs: Record<string, string>): TableRef<T>['c'] {
  return refs as TableRef<T>['c'];
}
function typedEntry<V>(entry: Selected<unknown>): Selected<V> {
  return entry as Selected<V>;
}
function picked<T extends SQLiteTable, K extends ColumnKey<T>>(
  entries: Record<string, Selected<unknown>>,
): { [P in K]: Selected<ColumnValue<ColumnOf<T, P>>> } {
  return entries as { [P in K]: Selected<ColumnValue<ColumnOf<T, P>>> };
}

// Computed expressions (counts, sums, CASE): the type is stated once here, the value checked when read.

function computed<T>(sql: string, expected: 'number' | 'string', nullable: boolean): Selected<T> {
  return {
    sql,
    decode(value, key) {
      if (value === null || value === undefined) {
        if (nullable) return nullValue<T>();
        throw wrongValue(key, expected, null);
      }
      if (typeof value !== expected) throw wrongValue(key, expected, value);
      return checkedValue<T>(value);
    },
  };
}

function nullValue<T>(): T {
  return checkedValue<T>(null);
}
function checkedValue<T>(value: unknown): T {
  return value as T;
}

/** An integer expression that is never null: `count(*)`, `coalesce(sum(x), 0)`. */
export const int = (sql: string): Selected<number> => computed<number>(sql, 'number', false);
/** A number that may be null (`avg(x)`, `min(x)`), whole or not. */
export const numberOrNull = (sql: string): Selected<number | null> => computed<number | null>(sql, 'number', true);
export const text = (sql: string): Selected<string> => computed<string>(sql, 'string', false);
export const textOrNull = (sql: string): Selected<string | null> => computed<string | null>(sql, 'string', true);
/** A 0/1 expression read as a boolean. */
export const flag = (sql: string): Selected<boolean> => ({
  sql,
  decode: (value, key) => {
    if (value !== 0 && value !== 1) throw wrongValue(key, '0 or 1', value);
    return value === 1;
  },
});
/** A text expression holding one of `codes` (a status computed by CASE, a code read through a join). */
export function oneOf<V extends string>(codes: readonly V[], sql: string): Selected<V> {
  const known: ReadonlySet<string> = new Set(codes);
  const isCode = (value: unknown): value is V => typeof value === 'string' && known.has(value);
  return {
    sql,
    decode: (value, key) => {
      if (!isCode(value)) throw wrongValue(key, 'a code of its list', value);
      return value;
    },
  };
}

/** The SELECT list: `expr as "key"`, in the selection's order. */
export function selectList(selection: Selection): string {
  return Object.entries(selection)
    .map(([key, entry]) => `${entry.sql} as ${quoted(key)}`)
    .join(', ');
}

/** Reads one raw row (keys as the SELECT list named them) into the selection's typed row. */
export function decodeRow<S extends Selection>(selection: S, raw: unknown): RowOf<S> {
  if (typeof raw !== 'object' || raw === null) throw new RowDecodeError('not a row');
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(selection)) out[key] = entry.decode(Reflect.get(raw, key), key);
  return typedRow<S>(out);
}

// Every key of the selection was decoded by its own entry just above.
function typedRow<S extends Selection>(row: Record<string, unknown>): RowOf<S> {
  return row as RowOf<S>;
}
