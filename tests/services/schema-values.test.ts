import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';
import { freshDesk } from '../helpers/db';

/** Every drizzle table of the schema by its SQL name, with its columns by SQL name. */
function tablesBySqlName(): Map<string, Map<string, SQLiteColumn>> {
  const out = new Map<string, Map<string, SQLiteColumn>>();
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const columns = new Map<string, SQLiteColumn>();
    for (const column of Object.values<SQLiteColumn>(getTableColumns(value))) columns.set(column.name, column);
    out.set(getTableName(value), columns);
  }
  return out;
}

const literals = (list: string) => [...list.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);

interface Use {
  where: string;
  column: string;
  codes: string[];
  /** A CHECK that is nothing but `column in (…)`: it states the allowed values, so it must list them all. */
  whole: boolean;
}

/** The codes a CHECK or a partial index compares a column with: `"col" in (…)`, `not in (…)`, `= '…'`, `<> '…'`. */
function usesIn(where: string, sqlText: string): Use[] {
  const uses: Use[] = [];
  const column = /"(?:\w+"\.")?(\w+)"/.source;
  for (const m of sqlText.matchAll(new RegExp(`${column}\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)`, 'gi'))) {
    const whole = new RegExp(`CHECK\\(\\s*${column}\\s+in\\s*\\([^)]*\\)\\s*\\)`, 'i').test(sqlText);
    uses.push({ where, column: m[1] as string, codes: literals(m[2] as string), whole });
  }
  for (const m of sqlText.matchAll(new RegExp(`${column}\\s*(?:=|<>|!=)\\s*'([^']*)'`, 'g')))
    uses.push({ where, column: m[1] as string, codes: [m[2] as string], whole: false });
  return uses;
}

describe('CHECK constraints and partial indexes in the migrations', () => {
  it('compare value-list columns only with codes of their list, and list every code where they state them', async () => {
    const { ctx } = await freshDesk({ demo: false });
    const tables = tablesBySqlName();
    const objects = ctx.sqlite
      .prepare(
        "select name, tbl_name as tableName, sql from sqlite_master where type in ('table', 'index') and sql is not null",
      )
      .all() as { name: string; tableName: string; sql: string }[];
    let checked = 0;
    for (const object of objects) {
      const columns = tables.get(object.tableName);
      if (!columns) continue;
      for (const use of usesIn(object.name, object.sql)) {
        const column = columns.get(use.column);
        const codes = column?.enumValues;
        if (!codes?.length) continue;
        checked += 1;
        for (const code of use.codes) expect(codes, `${use.where}: ${use.column} = '${code}'`).toContain(code);
        if (use.whole) expect([...use.codes].sort(), `${use.where}: ${use.column}`).toEqual([...codes].sort());
      }
    }
    // clerks.role, invoice and storage statuses, complaint statuses, return approval: the rules that name codes.
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});
