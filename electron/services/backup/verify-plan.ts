import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { auditedEntities } from '../entities';

/**
 * What the verification worker needs to know of each audited table, as plain data (a worker cannot be handed
 * drizzle's tables): its columns with their TypeScript keys, how drizzle maps each value on select, and which
 * columns the log redacts, leaves out, or ignores at their default. Built from the same tables the writer uses, so
 * the worker hashes a record exactly as `verifyRecords` does (a test compares both on the same files).
 */
export interface EntityPlan {
  entity: string;
  table: string;
  keyColumn: string;
  keyName: string;
  columns: { name: string; key: string; map: 'boolean' | 'json' | null }[];
  redacted: readonly string[];
  keyed: readonly string[];
  unaudited: readonly string[];
  addedLater: Readonly<Record<string, unknown>>;
}

/** Column types whose values drizzle hands over unchanged. */
const PLAIN = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal', 'SQLiteNumeric']);

export function verificationPlan(): EntityPlan[] {
  return Object.entries(auditedEntities).map(([entity, spec]) => {
    const config = getTableConfig(spec.table);
    const keys = new Map<string, string>();
    for (const [key, column] of Object.entries(spec.table)) {
      if (column && typeof column === 'object' && 'name' in column && 'columnType' in column)
        keys.set(String(column.name), key);
    }
    return {
      entity,
      table: config.name,
      keyColumn: (spec.key as { name: string }).name,
      keyName: spec.keyName,
      columns: config.columns.map((c) => {
        if (!PLAIN.has(c.columnType) && c.columnType !== 'SQLiteBoolean' && c.columnType !== 'SQLiteTextJson')
          throw new Error(`the verification worker does not know column type ${c.columnType}`);
        const map = c.columnType === 'SQLiteBoolean' ? 'boolean' : c.columnType === 'SQLiteTextJson' ? 'json' : null;
        return { name: c.name, key: keys.get(c.name) ?? c.name, map };
      }),
      redacted: spec.redacted ?? [],
      keyed: spec.keyed ?? [],
      unaudited: spec.unaudited ?? [],
      addedLater: spec.addedLater ?? {},
    };
  });
}
