import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { describe, expect, it } from 'vitest';
import { DAY as GEN_DAY, siteMidnight } from '../../bench/generator/day';
import { generate } from '../../bench/generator/generate';
import { verifyAuditChain, verifyAuditChainInSteps } from '../../electron/services/audit/verify';
import { checkBackupFileInSteps } from '../../electron/services/backup/check';
import { pinMatches } from '../../electron/services/pin';
import { listVisits } from '../../electron/services/reception/visit-queries';
import { newClaimOffThread } from '../../electron/services/storage';
import { siteDay } from '../../electron/services/time';
import { listVisitsInput } from '../../shared/contract/reception';
import { freshDesk, tempDir } from '../helpers/db';
import { register } from '../helpers/reception';

dayjs.extend(utc);
dayjs.extend(timezone);

describe('performance fixes keep behaviour', () => {
  it('the statement cache hands out a statement in its default mode after another caller plucked it', async () => {
    const { ctx } = await freshDesk();
    const sql = "select id, name from shops where name = '星巴克'";
    expect(typeof ctx.sqlite.prepare(sql).pluck().get()).toBe('string');
    expect(ctx.sqlite.prepare(sql).get()).toMatchObject({ name: '星巴克' });
    expect(ctx.sqlite.prepare(sql).raw().get()).toEqual([expect.any(String), '星巴克']);
    expect(ctx.sqlite.prepare(sql).get()).toMatchObject({ name: '星巴克' });
  });

  it('a statement being iterated is not handed out again', async () => {
    const { ctx } = await freshDesk();
    const sql = 'select name from shops order by name';
    const names: string[] = [];
    for (const row of ctx.sqlite.prepare(sql).iterate() as IterableIterator<{ name: string }>)
      names.push(`${row.name}:${(ctx.sqlite.prepare(sql).all() as unknown[]).length}`);
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n.endsWith(`:${names.length}`))).toBe(true);
  });

  it('siteDay gives the Shanghai calendar day as dayjs did, either side of midnight', () => {
    for (const ms of [Date.UTC(2026, 10, 24, 15, 59, 59), Date.UTC(2026, 10, 24, 16, 0, 0), Date.UTC(2016, 1, 29, 3)]) {
      expect(siteDay(ms, 'Asia/Shanghai')).toBe(dayjs(ms).tz('Asia/Shanghai').format('YYYYMMDD'));
      expect(siteDay(ms, 'Europe/Berlin')).toBe(dayjs(ms).tz('Europe/Berlin').format('YYYYMMDD'));
    }
  });

  it('the visit list text filter finds the same visits through the index as by substring', async () => {
    const desk = await freshDesk();
    const hit1 = register(desk, { visitorName: '欧阳娜娜', organisation: '星河贸易公司' });
    const hit2 = register(desk, { visitorName: '李四', visiting: '星河贸易公司财务' });
    const hit3 = register(desk, { visitorName: '王五', plate: '沪A12345' });
    register(desk, { visitorName: '赵六', organisation: '星河物业' });
    const ids = (text: string) =>
      listVisits(desk.ctx, listVisitsInput.parse({ text }))
        .rows.map((r) => r.id)
        .sort();
    expect(ids('星河贸易')).toEqual([hit1.id, hit2.id].sort());
    expect(ids('欧阳娜')).toEqual([hit1.id]);
    expect(ids('a12345')).toEqual([hit3.id]);
    expect(ids('无此访客')).toEqual([]);
  });

  it('a claim code hashed off the main thread is a full-cost scrypt hash that verifies', async () => {
    const claim = await newClaimOffThread();
    expect(claim.code).toMatch(/^\d{6}$/);
    expect(claim.hash.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(pinMatches(claim.code, claim.hash)).toBe(true);
    expect(pinMatches(claim.code === '000000' ? '000001' : '000000', claim.hash)).toBe(false);
  });

  it('the search short-key table is stored without rowid and still answers one-character searches', async () => {
    const { ctx } = await freshDesk();
    const ddl = ctx.sqlite.prepare("select sql from sqlite_master where name = 'search_keys'").pluck().get() as string;
    expect(ddl).toMatch(/WITHOUT ROWID/i);
  });
});

describe('audit verification in steps', () => {
  it('gives the same verdict as the one-go check, for a good log and for each kind of tampering', async () => {
    const { ctx } = await freshDesk();
    expect(await verifyAuditChainInSteps(ctx.sqlite)).toEqual(verifyAuditChain(ctx.sqlite));
    expect(verifyAuditChain(ctx.sqlite).ok).toBe(true);
    const shop = ctx.sqlite.prepare("select id from shops where name = '星巴克'").pluck().get() as string;
    ctx.sqlite.prepare("update shops set name = 'x' where id = ?").run(shop);
    expect(await verifyAuditChainInSteps(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordChanged',
      entityId: shop,
    });
    ctx.sqlite.prepare("update shops set name = '星巴克' where id = ?").run(shop);
    const department = ctx.sqlite.prepare("select id from departments where name = '财务部'").pluck().get() as string;
    ctx.sqlite.prepare('delete from departments where id = ?').run(department);
    const stepped = await verifyAuditChainInSteps(ctx.sqlite);
    expect(stepped).toMatchObject({ ok: false, reasonKey: 'audit.recordMissing', entityId: department });
    expect(stepped).toEqual(verifyAuditChain(ctx.sqlite));
  });

  it('checks a backup file (integrity and chain in a worker) and refuses one that is not a database', async () => {
    const desk = await freshDesk();
    const copy = path.join(desk.dir, 'copy.sqlite');
    await desk.ctx.sqlite.backup(copy);
    expect(await checkBackupFileInSteps(copy)).toMatchObject({
      ok: true,
      count: verifyAuditChain(desk.ctx.sqlite).count,
    });
    const junk = path.join(desk.dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(await checkBackupFileInSteps(junk)).toMatchObject({ ok: false });
  });
});

describe('data generator', () => {
  it('writes days of records for every module through the services, refused nothing, and the chain verifies', async () => {
    const out = path.join(tempDir(), 'gen.sqlite');
    const end = siteMidnight(Date.UTC(2026, 10, 24, 12));
    const { written, refused } = await generate({ out, days: 2, seed: 7, end });
    expect([...refused]).toEqual([]);
    for (const label of [
      'visit',
      'call',
      'storage deposit',
      'storage pickup',
      'invoice request',
      'return',
      'complaint',
      'lostfound item',
      'lostfound report',
      'loan',
      'loan return',
      'announcement',
      'repair',
      'repair dispatch',
      'repair completion',
      'release pass',
      'release gate check',
      'pass',
    ])
      expect(written.get(label) ?? 0, label).toBeGreaterThan(0);
    const sqlite = new Database(out, { readonly: true });
    try {
      const first = sqlite.prepare('select min(time_in) from visits').pluck().get() as number;
      expect(first).toBeGreaterThanOrEqual(end - 2 * GEN_DAY);
      // Opening hours in Shanghai: 10:00 to 22:00 local time (02:00 to 14:00 UTC).
      const outside = sqlite
        .prepare(
          "select count(*) from visits where cast(strftime('%H', time_in / 1000, 'unixepoch', '+8 hours') as int) not between 10 and 21",
        )
        .pluck()
        .get();
      expect(outside).toBe(0);
      const repeat = sqlite
        .prepare('select max(n) from (select count(*) as n from calls group by phone)')
        .pluck()
        .get();
      expect(repeat as number).toBeGreaterThan(1);
      expect(verifyAuditChain(sqlite)).toMatchObject({ ok: true });
    } finally {
      sqlite.close();
    }
  });

  it('runs the mall and property modules through their follow-ups over weeks, leaving nothing open that a desk would have closed', async () => {
    const out = path.join(tempDir(), 'gen-modules.sqlite');
    // 40 days from 27 October: a campaign on 1 November and 1 December, the directory edit on the 15th, Mondays.
    const end = siteMidnight(Date.UTC(2026, 11, 5, 12));
    // A twentieth of the front desk's volume: the other modules at theirs, in minutes even on a loaded machine.
    const { written, refused } = await generate({ out, days: 40, seed: 5, end, frontDesk: 0.05 });
    expect([...refused]).toEqual([]);
    for (const label of [
      'lostfound claim',
      'lostfound hand-over',
      'lostfound report void',
      'lost child close',
      'announcement again',
      'gift campaign',
      'gift redemption',
      'gift draw',
      'directory edit',
      'repair follow-up',
      'repair close',
      'pass return',
      'renovation approval',
      'renovation worker pass',
    ])
      expect(written.get(label) ?? 0, label).toBeGreaterThan(0);
    const sqlite = new Database(out, { readonly: true });
    const count = (sql: string, ...params: unknown[]) =>
      sqlite
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    try {
      // Kept past 30 days plus a week to the Monday hand-over; every loss report found or voided after a month.
      expect(
        count("select count(*) from lostfound_items where status = 'held' and found_at < ?", end - 38 * GEN_DAY),
      ).toBe(0);
      expect(
        count(
          "select count(*) from lostfound_reports where status = 'open' and voided_at is null and created_at < ?",
          end - 33 * GEN_DAY,
        ),
      ).toBe(0);
      expect(count("select count(*) from loans where status = 'out' and due_at < ?", end - 3 * GEN_DAY)).toBe(0);
      expect(count("select count(*) from announcements where status = 'open' and created_at < ?", end - GEN_DAY)).toBe(
        0,
      );
      expect(
        count("select count(*) from repair_orders where status <> 'closed' and reported_at < ?", end - 5 * GEN_DAY),
      ).toBe(0);
      expect(
        count("select count(*) from release_passes where status = 'issued' and issued_at < ?", end - GEN_DAY),
      ).toBe(0);
      expect(
        count("select count(*) from renovations where status = 'applied' and applied_at < ?", end - 3 * GEN_DAY),
      ).toBe(0);
      expect(count("select count(*) from passes where status = 'issued' and valid_to < ?", '2026-11-25')).toBe(0);
      // Works last three weeks to three months, so inspection and refund (seen at a quarter of a year) mostly fall later.
      expect(
        count("select count(*) from renovations where status in ('approved', 'passed', 'refunded')"),
      ).toBeGreaterThan(0);
      expect(verifyAuditChain(sqlite)).toMatchObject({ ok: true });
    } finally {
      sqlite.close();
    }
  }, 900_000);

  it('leaves no promised callback open for more than two weeks past its due time, as a real desk would not', async () => {
    const out = path.join(tempDir(), 'gen-callbacks.sqlite');
    const end = siteMidnight(Date.UTC(2026, 10, 24, 12));
    await generate({ out, days: 20, seed: 3, end });
    const sqlite = new Database(out, { readonly: true });
    try {
      const promised = sqlite.prepare('select count(*) from calls where reply_needed = 1').pluck().get() as number;
      expect(promised).toBeGreaterThan(50);
      const forgotten = sqlite
        .prepare('select count(*) from calls where reply_needed = 1 and reply_closed_at is null and reply_due_at < ?')
        .pluck()
        .get(end - 15 * GEN_DAY);
      expect(forgotten).toBe(0);
    } finally {
      sqlite.close();
    }
    // Twenty generated days take about 40 s on a quiet machine and three minutes with both cores loaded four times
    // over; the bound is there to end a hung run, not to time the generator.
  }, 600_000);
});
