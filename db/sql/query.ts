import type { Sqlite } from '../open';
import { decodeRow, type RowOf, type Selection, selectList } from './select';

/** What a statement binds: named parameters, or positional ones. */
export type SqlValue = string | number | bigint | null;
export type BindParams = [] | [Record<string, SqlValue>] | SqlValue[];

/**
 * A SELECT whose row type is its selection's: `.all()` and `.get()` decode every row, so callers get typed rows
 * without asserting a type. The SQL is text, prepared through the database's one statement cache (`db/statement-
 * cache.ts`): the same text is parsed and planned once per connection.
 */
export interface TypedQuery<S extends Selection> {
  readonly sql: string;
  all(sqlite: Sqlite, ...params: BindParams): RowOf<S>[];
  get(sqlite: Sqlite, ...params: BindParams): RowOf<S> | undefined;
}

/** `body` gets the SELECT list and returns the whole statement: `(list) => \`select ${list} from ...\``. */
export function query<S extends Selection>(selection: S, body: (list: string) => string): TypedQuery<S> {
  const sql = body(selectList(selection));
  return {
    sql,
    all: (sqlite, ...params) =>
      sqlite
        .prepare(sql)
        .all(...params)
        .map((raw) => decodeRow(selection, raw)),
    get: (sqlite, ...params) => {
      const raw: unknown = sqlite.prepare(sql).get(...params);
      return raw === undefined ? undefined : decodeRow(selection, raw);
    },
  };
}

/** The one row a query must find (an aggregate, a lookup that cannot miss); throws when there is none. */
export function single<S extends Selection>(q: TypedQuery<S>, sqlite: Sqlite, ...params: BindParams): RowOf<S> {
  const row = q.get(sqlite, ...params);
  if (!row) throw new Error(`no row: ${q.sql.slice(0, 80)}`);
  return row;
}

/** A position in a list ordered by (time, id): where the next page starts. */
export interface Cursor {
  at: number;
  id: string;
}

/**
 * Keyset paging on (time, id), newest first: a page ends where the last one did, so page 1,000 costs what page 1
 * costs (an index range, never an offset). `at` and `id` are the SQL expressions of the list's order.
 */
export function keysetBefore(
  cursor: Cursor | null,
  columns: { at: string; id: string },
): { clause: string; params: Record<string, SqlValue> } | null {
  if (!cursor) return null;
  return {
    clause: `${columns.at} <= @cursorAt and (${columns.at} < @cursorAt or ${columns.id} < @cursorId)`,
    params: { cursorAt: cursor.at, cursorId: cursor.id },
  };
}

/** A page of `limit` rows out of the `limit + 1` read, and the cursor of the next page when there is one. */
export function pageOf<R, C>(rows: R[], limit: number, cursorOf: (row: R) => C): { rows: R[]; nextCursor: C | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
