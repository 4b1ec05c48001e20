import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { handlerFor } from '../../electron/app/handlers';
import { mainModules, moduleContributions } from '../../electron/app/modules';
import { auditedEntities, isEntityName, moduleEntities } from '../../electron/services/entities';
import { channelNames, contract, contractModules } from '../../shared/contract';
import { exportModuleValues } from '../../shared/contract/backup-export';
import { core } from '../../shared/contract/registry';
import { languages } from '../../shared/labels';
import { moduleNames } from '../../shared/modules';

// The compiler refuses a module missing from a registry; these check the same guarantees at run time, and those
// the types cannot state (labels for every code in every language, names that match across registries).

describe('the module registries', () => {
  it('carry every module, in the one order, on every side', () => {
    expect(Object.keys(contractModules)).toEqual([...moduleNames]);
    expect(Object.keys(mainModules)).toEqual([...moduleNames]);
    expect(Object.keys(moduleEntities)).toEqual([...moduleNames]);
    for (const name of moduleNames) {
      expect(contractModules[name].name).toBe(name);
      expect(mainModules[name].name).toBe(name);
    }
  });

  it('give every channel one handler, and name each channel after the module that registers it', () => {
    for (const name of channelNames) expect(() => handlerFor(name), name).not.toThrow();
    for (const name of moduleNames)
      for (const channel of Object.keys(contractModules[name].channels)) expect(channel).toMatch(`${name}:`);
    const moduleChannels = moduleNames.flatMap((name) => Object.keys(contractModules[name].channels));
    expect(channelNames.length).toBe(moduleChannels.length + Object.keys(core.channels).length);
    expect(new Set(channelNames).size).toBe(channelNames.length);
    expect(Object.keys(contract)).toEqual([...channelNames]);
  });

  it('collect handover sections, report sections and export workbooks in the registry order', () => {
    const withExport = moduleNames.filter((name) => (exportModuleValues as readonly string[]).includes(name));
    expect(moduleContributions.exports.map((plan) => plan.module)).toEqual([...withExport, 'audit']);
    expect([...exportModuleValues]).toEqual([...withExport, 'audit']);
    expect(moduleContributions.reports.map((section) => section.module)).toEqual(
      moduleNames.filter((name) => name !== 'handover' && name !== 'reports'),
    );
    expect(moduleContributions.handover.map((section) => section.key)).toEqual(
      moduleNames.filter((name) => name !== 'handover' && name !== 'reports').map((m) => `handover.${m}.title`),
    );
  });

  it('label every code of every value list, and every field of every audited entity, in every language', () => {
    const tables = [core.labels, ...moduleNames.map((name) => contractModules[name].labels)];
    for (const table of tables)
      for (const language of languages) {
        const values: Record<string, Record<string, string> | undefined> = table[language].values;
        for (const [list, codes] of Object.entries(table.lists))
          for (const code of codes) expect(values[list]?.[code], `${list}.${code}`).toBeTruthy();
        expect(Object.keys(table[language].fields).sort()).toEqual(Object.keys(table['zh-CN'].fields).sort());
      }
    for (const [entity, spec] of Object.entries(auditedEntities)) {
      const labels = spec.module === 'core' ? core.labels : contractModules[spec.module].labels;
      for (const language of languages) {
        const entities: Record<string, string | undefined> = labels[language].entities;
        const fields: Record<string, Record<string, string> | undefined> = labels[language].fields;
        expect(entities[entity], entity).toBeTruthy();
        // `version` is the writer's: never a change in any history, so never shown and never labelled.
        for (const column of Object.keys(getTableColumns(spec.table)).filter((c) => c !== 'version'))
          expect(fields[entity]?.[column], `${entity}.${column}`).toBeTruthy();
      }
    }
  });

  it('name a search tag list the module has', () => {
    for (const name of moduleNames) {
      const { searchTag, labels } = contractModules[name];
      if (searchTag) expect(Object.keys(labels.lists)).toContain(searchTag);
    }
  });

  it('show every column holding another record by that record, never by its id', () => {
    for (const [entity, spec] of Object.entries(auditedEntities)) {
      const byForeignKey = new Set(
        getTableConfig(spec.table).foreignKeys.flatMap((fk) => fk.reference().columns.map((c) => c.name)),
      );
      for (const [key, column] of Object.entries(getTableColumns(spec.table))) {
        // A taxpayer ID is a number on the invoice, not a record of ours. A survey answer's question id names an item
        // of its form's question list (not a record), and the answer keeps the question's text to show instead.
        const notARecord = key === 'taxpayerId' || (entity === 'surveyAnswers' && key === 'questionId');
        if (key === spec.keyName || notARecord || !/(Id|By)$/.test(key)) continue;
        const declared = spec.refs?.[key];
        expect(
          byForeignKey.has(column.name) || (declared !== undefined && isEntityName(declared)),
          `${entity}.${key}`,
        ).toBe(true);
      }
    }
  });
});

describe('one way to the database', () => {
  it('keeps prepared statements only in the connection’s statement cache, not in a cache per module', () => {
    const root = join(__dirname, '../..');
    const sources = readdirSync(join(root, 'electron'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ f, text: readFileSync(join(root, 'electron', f), 'utf8') }));
    expect(sources.length).toBeGreaterThan(50);
    // A map per connection is a statement cache when what it holds mentions statements; the site's data key that sync
    // keeps per connection (sync/personal.ts) is not one.
    const statementCache = /new (Weak)?Map<\s*Sqlite\s*,[^;=]*Statement/;
    expect(statementCache.test('const c = new WeakMap<Sqlite, Map<string, Statement>>();')).toBe(true);
    expect(statementCache.test('const c = new Map<Sqlite, Record<string, Database.Statement>>();')).toBe(true);
    expect(statementCache.test('const keys = new WeakMap<Sqlite, Buffer>();')).toBe(false);
    const localCaches = sources.filter(({ text }) => statementCache.test(text)).map(({ f }) => f);
    expect(localCaches).toEqual([]);
  });
});
