import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { LabelledModule } from '../../../shared/contract/label-text';

/**
 * One person a record names, as a customer's erasure (customers/forget.ts) finds and blanks them: the column of
 * their phone (canonical form: how the erasure finds the record), and the columns of their name, ID (masked number,
 * keyed hash) and other details. A record may name several people (a finder and a claimant): only the one whose
 * phone matches is blanked.
 */
export interface PersonColumns<C extends string = string> {
  phone: C;
  name?: C;
  /** Text columns of the person's ID (the masked number) and other details (address, e-mail): blanked. */
  details?: readonly C[];
  /** Hash columns of the person's ID: set to null. */
  hashes?: readonly C[];
  /** What the phone column holds once erased, where a rule needs it non-empty (a special invoice); '' otherwise. */
  erasedPhone?: string;
}

/**
 * One person a record names without their phone (a storage collector, a lost child's guardian), for a customer's
 * erasure: erased where their ID hash is one the erased person's records hold (anywhere), or where their name is the
 * person's in a record the erasure found by phone or in a child of one (`parent`: the column holding that record's
 * key, and its entity). A namesake elsewhere is someone else and is left alone.
 */
export interface NamedPerson<C extends string = string> {
  name: C;
  details?: readonly C[];
  hashes?: readonly C[];
  parent?: { column: C; entity: string };
}

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
  /** The people a record names, for a customer's erasure; absent when it names nobody by phone. */
  people?: readonly PersonColumns[];
  /** The people a record names without a phone (found through the erased person's name or ID hash). */
  named?: readonly NamedPerson[];
  /**
   * A child of another record (a complaint's timeline event) whose free text may name that record's person: masked
   * at their erasure, through `erasure_rewrites` where the table is append-only.
   */
  maskedUnder?: { column: string; entity: string };
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
    people?: readonly PersonColumns<ColumnKey<T>>[];
    named?: readonly NamedPerson<ColumnKey<T>>[];
    maskedUnder?: { column: ColumnKey<T>; entity: string };
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
    people: spec.people,
    named: spec.named,
    maskedUnder: spec.maskedUnder,
  };
}
