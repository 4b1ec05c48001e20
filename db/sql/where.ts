import type { SqlValue } from './query';

/**
 * The WHERE clause of a list query, built from the filters a clerk set: a filter left empty adds nothing, every
 * value is bound as a named parameter (never spliced into the SQL).
 */
export class SqlWhere {
  private readonly clauses: string[] = [];
  readonly params: Record<string, SqlValue> = {};

  /** Adds `clause` with `@name` bound to `value`, unless the filter is empty (null or ''). */
  filter(clause: string, name: string, value: SqlValue | null): this {
    if (value === null || value === '') return this;
    this.clauses.push(clause);
    this.params[name] = value;
    return this;
  }

  /** Adds a clause that binds nothing, or binds the given parameters. */
  always(clause: string, params: Record<string, SqlValue> = {}): this {
    this.clauses.push(clause);
    Object.assign(this.params, params);
    return this;
  }

  /** `where a and b`, or nothing when no filter is set. */
  toString(): string {
    return this.clauses.length ? `where ${this.clauses.join(' and ')}` : '';
  }
}
