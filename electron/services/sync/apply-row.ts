import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Sqlite } from '../../../db/open';
import type { EntitySync } from './module-sync';

/**
 * Writes a record's full state as another counter wrote it: inserted when new, else its columns set (an
 * append-only table only ever gets the insert). The values are mapped by the columns as the writer maps them.
 * Returns the row as written (camelCase keys), for the module's hook.
 */
export function writeRecordState(
  sqlite: Sqlite,
  entity: EntitySync,
  state: Record<string, unknown>,
): Record<string, unknown> {
  const table = entity.spec.table;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in state);
  const name = getTableName(table);
  const keyColumn = entity.spec.key.name;
  const values = columns.map(([key, col]) => {
    const value = state[key];
    return value === null || value === undefined ? null : col.mapToDriverValue(value);
  });
  const id = state[entity.spec.keyName];
  const exists = sqlite.prepare(`select 1 from "${name}" where "${keyColumn}" = ?`).get(id);
  if (!exists) {
    const names = columns.map(([, col]) => `"${col.name}"`).join(', ');
    sqlite.prepare(`insert into "${name}" (${names}) values (${columns.map(() => '?').join(', ')})`).run(...values);
  } else {
    const sets = columns.filter(([, col]) => col.name !== keyColumn);
    const setValues = columns.flatMap(([, col], i) => (col.name === keyColumn ? [] : [values[i]]));
    if (sets.length > 0)
      sqlite
        .prepare(
          `update "${name}" set ${sets.map(([, col]) => `"${col.name}" = ?`).join(', ')} where "${keyColumn}" = ?`,
        )
        .run(...setValues, id);
  }
  return state;
}
