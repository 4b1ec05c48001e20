import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { seedDemoData } from '../../electron/services/demo-data';
import { registerVisit } from '../../electron/services/reception/visits';
import { searchRecords } from '../../electron/services/search/query';
import { REFOLD_JOB, refoldJobPending, refoldSearchIndex } from '../../electron/services/search/refold';
import { registerVisitInput } from '../../shared/contract/reception';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';

/**
 * A real data file at migration 0044 with visits whose search text is in the form an older desk indexed it (as
 * typed: full-width, capitals, a curly apostrophe), then the real migrations to the latest, then the one-off job.
 */
async function oldDeskFile() {
  const { file, opened } = await databaseBefore('0044_audit_scrubs');
  const clock = new TestClock();
  const ctx = serviceContext(opened, clock);
  seedDemoData(ctx);
  const clerkId = ctx.sqlite.prepare("select id from clerks where role = 'clerk' limit 1").pluck().get() as string;
  const clerk = { clerkId, name: '王芳', role: 'clerk' as const, shiftId: null, counterId: null };
  const ids: string[] = [];
  for (const name of ['ＳＥＡＮ Ｏ’ＢＲＩＥＮ', 'Anna STRAUß', '陈明']) {
    const visit = registerVisit(ctx, clerk, registerVisitInput.parse({ visitorName: name, purpose: 'enquiry' }));
    ids.push(visit.id);
    // As the indexer before folding stored it: the text as typed, and the name's characters and pairs as keys.
    const rowid = ctx.sqlite.prepare('select rowid from search_entries where entity_id = ?').pluck().get(visit.id);
    ctx.sqlite.prepare('delete from search_fts where rowid = ?').run(rowid);
    ctx.sqlite.prepare('insert into search_fts (rowid, body) values (?, ?)').run(rowid, name);
    ctx.sqlite.prepare('delete from search_keys where entry_rowid = ?').run(rowid);
    for (const key of [...name].slice(0, 2)) {
      ctx.sqlite.prepare('insert or ignore into search_keys (key, entry_rowid) values (?, ?)').run(key, rowid);
    }
  }
  opened.sqlite.close();
  const migrated = await migrateToLatest(file);
  return { ctx: serviceContext(migrated, clock), ids };
}

const found = (ctx: ReturnType<typeof serviceContext>, q: string) =>
  searchRecords(ctx.sqlite, q, 30).map((h) => h.entityId);

describe('migration 0045: search text indexed before folding is folded once, audited', () => {
  it('finds older O’Brien and Strauß by what a clerk types only after the job; the chain still verifies', async () => {
    const { ctx, ids } = await oldDeskFile();
    const [obrien, strauss, chen] = ids as [string, string, string];
    expect(refoldJobPending(ctx)).toBe(true);
    // Before the job the old entries are missed: the bug the job is there for.
    expect(found(ctx, "o'brien")).toEqual([]);
    expect(found(ctx, 'strauss')).toEqual([]);
    const auditBefore = ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;

    // Batches of one record, so the job crosses batch ends; every record with a search entry is filed again.
    const changed = await refoldSearchIndex(ctx, null, 1);
    expect(changed).toBeGreaterThanOrEqual(3);
    expect(found(ctx, "o'brien")).toEqual([obrien]);
    expect(found(ctx, 'Ｏ＇ＢＲＩＥＮ')).toEqual([obrien]);
    expect(found(ctx, 'strauss')).toEqual([strauss]);
    expect(found(ctx, '陈明')).toEqual([chen]);
    // A short query goes through the keys: the name's first character, folded.
    expect(found(ctx, 's')).toContain(obrien);
    expect(ctx.sqlite.prepare("select count(*) from search_keys where key = 'Ｓ'").pluck().get()).toBe(0);

    expect(refoldJobPending(ctx)).toBe(false);
    const job = ctx.sqlite.prepare('select done_at, changed from data_jobs where name = ?').get(REFOLD_JOB);
    expect(job).toEqual({ done_at: ctx.clock.now(), changed });
    const entries = ctx.sqlite
      .prepare("select entity, entity_id, action, note, changes from audit_log where entity = 'search'")
      .all();
    expect(entries).toEqual([
      {
        entity: 'search',
        entity_id: 'index',
        action: 'event',
        note: 'refolded',
        changes: JSON.stringify({ changed }),
      },
    ]);
    expect(ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(auditBefore + 1);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
    ctx.sqlite.close();
  });

  it('runs once: a second start changes nothing and writes no second entry; a stop between batches resumes', async () => {
    const { ctx } = await oldDeskFile();
    // Asked to stop before the first batch: nothing done, still pending.
    expect(await refoldSearchIndex(ctx, async () => false, 1)).toBe(0);
    expect(refoldJobPending(ctx)).toBe(true);
    expect(found(ctx, "o'brien")).toEqual([]);
    expect(await refoldSearchIndex(ctx)).toBeGreaterThanOrEqual(3);
    expect(found(ctx, "o'brien")).toHaveLength(1);
    expect(await refoldSearchIndex(ctx)).toBe(0);
    expect(ctx.sqlite.prepare("select count(*) from audit_log where entity = 'search'").pluck().get()).toBe(1);
    ctx.sqlite.close();
  });

  it('a new desk has the job done at once with nothing to file and no audit entry', async () => {
    // A new desk: a file the app creates at its first start, then the demo desk.
    const file = path.join(tempDir(), 'desk.sqlite');
    const opened = await openDatabase(file, { migrationsFolder });
    const ctx = serviceContext(opened, new TestClock());
    seedDemoData(ctx);
    const before = ctx.sqlite.prepare('select count(*) from audit_log').pluck().get();
    expect(await refoldSearchIndex(ctx)).toBe(0);
    expect(refoldJobPending(ctx)).toBe(false);
    expect(ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(before);
    expect(file).toMatch(/desk\.sqlite$/);
    ctx.sqlite.close();
  });
});
