import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { LabelledModule } from '../../../shared/contract/label-text';

/**
 * A table whose rows are written through the audited writer: its key, what names a record to a clerk (its serial,
 * code or name: shown instead of its id wherever another record refers to it), and which columns the log keeps
 * out of clear text. `fields` are the label of every column, checked against the table by `auditedEntity`, so a
 * new column without a label fails to compile.
 */
export interface AuditedEntity<T extends SQLiteTable = SQLiteTable> {
  table: T;
  key: SQLiteColumn;
  keyName: string;
  /** The module whose label tables name this entity and its fields. */
  module: LabelledModule;
  /** The column a clerk knows a record by (serial, code, name, or a time); null when a record is never referred to. */
  display: SQLiteColumn | null;
  /** Columns that hold another entity's key without a foreign key in the schema; foreign keys are found by themselves. */
  refs?: Readonly<Record<string, string>>;
  /** Columns whose values must not appear in the log in clear (they are replaced by a short hash). */
  redacted?: readonly string[];
  /** Redacted columns digested under the record's own key, erased at anonymisation (audit/record-keys.ts). */
  keyed?: readonly string[];
  /** Columns that change without a clerk's action and are not part of the record's audited state. */
  unaudited?: readonly string[];
  /** Columns added by a migration after records existed, with their default (see `auditedRow`). */
  addedLater?: Readonly<Record<string, unknown>>;
}

type ColumnKey<T extends SQLiteTable> = keyof T['_']['columns'] & string;

export function auditedEntity<T extends SQLiteTable, K extends ColumnKey<T>>(
  table: T,
  keyName: K,
  spec: {
    module: LabelledModule;
    /**
     * Every column's label, from the module's zh-CN table: a column missing here fails to compile. `version` is
     * the writer's (it moves with every change), never shown as a change and not part of the audited state.
     */
    fields: Record<Exclude<ColumnKey<T>, 'version'>, string>;
    display: ColumnKey<T> | null;
    refs?: Partial<Record<ColumnKey<T>, string>>;
    redacted?: readonly ColumnKey<T>[];
    keyed?: readonly ColumnKey<T>[];
    unaudited?: readonly ColumnKey<T>[];
    addedLater?: Partial<Record<ColumnKey<T>, unknown>>;
  },
): AuditedEntity<T> {
  const columns: Record<string, SQLiteColumn> = getTableColumns(table);
  const column = (name: string): SQLiteColumn => {
    const found = columns[name];
    if (!found) throw new Error(`no column ${name}`);
    return found;
  };
  const refs: Record<string, string> = {};
  for (const [name, target] of Object.entries(spec.refs ?? {})) if (typeof target === 'string') refs[name] = target;
  return {
    table,
    key: column(keyName),
    keyName,
    module: spec.module,
    display: spec.display === null ? null : column(spec.display),
    refs,
    redacted: spec.redacted,
    keyed: spec.keyed,
    unaudited: 'version' in columns ? [...(spec.unaudited ?? []), 'version'] : spec.unaudited,
    addedLater: spec.addedLater,
  };
}
