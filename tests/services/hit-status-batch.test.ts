import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteMidnight } from '../../bench/generator/day';
import { generate } from '../../bench/generator/generate';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import {
  type HitStatusSource,
  type StoredHit,
  withStatus,
  withStatusOneByOne,
} from '../../electron/services/search/hit-status';
import { customerHistory, searchRecords } from '../../electron/services/search/query';
import type { ModuleName } from '../../shared/modules';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';

const batched: ModuleName[] = [
  'reception',
  'calls',
  'storage',
  'invoices',
  'returns',
  'complaints',
  'lostfound',
  'loans',
  'gifts',
  'directory',
  'repairs',
  'renovations',
];

describe('hit states read per module in one go', () => {
  it('say of every hit of a generated file what the one-record path says, at several moments', async () => {
    const out = path.join(tempDir(), 'hits.sqlite');
    // Five days to 4 December: the month's gift campaign runs from the 1st, so every module has records.
    const end = siteMidnight(Date.UTC(2026, 11, 4, 12));
    await generate({ out, days: 5, seed: 11, end });
    const opened = await openDatabase(out, { migrationsFolder });
    try {
      const clock = new TestClock(end);
      const ctx = serviceContext(opened, clock);
      const sources = ctx.modules.hitStatus ?? {};
      for (const name of batched) expect(sources[name]?.many, name).toBeTypeOf('function');
      // The busiest customers of each module, so that every batched module's hits are among the histories.
      const topPhones = opened.sqlite.prepare(
        'select phone from search_entries where phone is not null and module = ? group by phone order by count(*) desc limit 10',
      );
      const phones = [...new Set(batched.flatMap((name) => topPhones.pluck().all(name) as string[]))];
      const histories = phones.map((phone) => customerHistory(opened.sqlite, phone));
      const every = opened.sqlite.prepare('select module, entity_id as entityId from search_entries').all() as Pick<
        StoredHit,
        'module' | 'entityId'
      >[];
      // Invoice requests carry no phone in the index: found by a company's name, as Ctrl+K finds them.
      const company = opened.sqlite
        .prepare("select title from search_entries where module = 'invoices' group by title order by count(*) desc")
        .pluck()
        .get() as string;
      // Shops are found by their name (their phones are the shops', not a customer's).
      const shop = opened.sqlite
        .prepare("select title from search_entries where module = 'directory' order by rowid limit 1")
        .pluck()
        .get() as string;
      const all = [
        ...searchRecords(opened.sqlite, '1', 500),
        ...searchRecords(opened.sqlite, company, 200),
        ...searchRecords(opened.sqlite, shop, 50),
      ];
      const found = new Set([...histories.flat(), ...all].map((h) => h.module));
      for (const name of batched) expect(found.has(name), name).toBe(true);
      // Now, a day later (deadlines and pickups overdue) and a month later (unclaimed goods).
      for (const later of [0, 86_400_000, 31 * 86_400_000]) {
        clock.current = end + later;
        for (const hits of [...histories, all]) expect(withStatus(ctx, hits)).toEqual(withStatusOneByOne(ctx, hits));
        const seen = new Map<string, number>();
        for (const hit of withStatus(ctx, histories.flat())) {
          const key = `${hit.module}:${hit.status?.tone}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
        expect([...seen.keys()].some((k) => k.endsWith(':open'))).toBe(true);
        expect([...seen.keys()].some((k) => k.endsWith(':done'))).toBe(true);
      }
      // Every record of the batched modules in the index, in one batch per module.
      for (const name of batched) {
        const ids = every.filter((e) => e.module === name).map((e) => e.entityId);
        const many = sources[name]?.many as NonNullable<HitStatusSource['many']>;
        const one = sources[name] as HitStatusSource;
        const states = many(ctx, ids);
        // A record of the module that has no state (a directory's common answer) is absent, as one at a time says null.
        const stated = ids.filter((id) => one(ctx, id) !== null);
        expect(stated.length, name).toBeGreaterThan(0);
        expect(states.size, name).toBe(new Set(stated).size);
        for (const id of ids) expect(states.get(id) ?? null, `${name} ${id}`).toEqual(one(ctx, id));
      }
    } finally {
      opened.sqlite.close();
    }
  }, 600_000);

  it('leaves a hit whose record is gone or is another module’s without a state, as one at a time does', async () => {
    const out = path.join(tempDir(), 'hits-missing.sqlite');
    const end = siteMidnight(Date.UTC(2026, 10, 24, 12));
    await generate({ out, days: 1, seed: 5, end });
    const opened = await openDatabase(out, { migrationsFolder });
    try {
      const ctx = serviceContext(opened, new TestClock(end));
      const [visit] = customerHistory(
        opened.sqlite,
        opened.sqlite
          .prepare("select phone from search_entries where module = 'reception' limit 1")
          .pluck()
          .get() as string,
      ).filter((h) => h.module === 'reception');
      expect(visit).toBeDefined();
      const stray: StoredHit[] = [
        { ...(visit as StoredHit), entityId: 'no-such-visit' },
        { ...(visit as StoredHit), module: 'calls' },
        visit as StoredHit,
        { ...(visit as StoredHit), module: 'calls', entityId: 'no-such-call' },
      ];
      const states = withStatus(ctx, stray);
      expect(states).toEqual(withStatusOneByOne(ctx, stray));
      expect(states.map((s) => s.serialNo === null)).toEqual([true, true, false, true]);
    } finally {
      opened.sqlite.close();
    }
  }, 600_000);
});
