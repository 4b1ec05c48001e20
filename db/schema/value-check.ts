import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** A CHECK that a value-list column holds one of its codes (the list comes from `shared/contract/<module>-fields.ts`). */
export function oneOf(column: SQLiteColumn, codes: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(codes.map((code) => `'${code.replaceAll("'", "''")}'`).join(', '))})`;
}
