import { describe, expect, it } from 'vitest';
import { serviceContext } from '../../electron/app/modules';
import { seedDemoData } from '../../electron/services/demo-data';
import { listVisits } from '../../electron/services/reception/visit-queries';
import { registerVisit } from '../../electron/services/reception/visits';
import { searchRecords } from '../../electron/services/search/query';
import { refoldJobPending, refoldSearchIndex } from '../../electron/services/search/refold';
import { listVisitsInput, registerVisitInput } from '../../shared/contract/reception';
import { TestClock } from '../helpers/db';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';

/**
 * Migration 0053: an entry filed before every pair of consecutive initials was a short key holds only a name's
 * first two (zs for 张三丰), so `sf` found nothing in Ctrl+K or a list filter. The migration runs the refold job
 * again, which files every record once more with today's keys.
 */
async function deskFiledTheOldWay() {
  const { file, opened } = await databaseBefore('0052_sync_scrub_pending');
  const clock = new TestClock();
  const ctx = serviceContext(opened, clock);
  seedDemoData(ctx);
  const clerkId = ctx.sqlite.prepare("select id from clerks where role = 'clerk' limit 1").pluck().get() as string;
  const clerk = { clerkId, name: '王芳', role: 'clerk' as const, shiftId: null, counterId: null };
  const visit = registerVisit(ctx, clerk, registerVisitInput.parse({ visitorName: '张三丰', purpose: 'enquiry' }));
  const rowid = ctx.sqlite.prepare('select rowid from search_entries where entity_id = ?').pluck().get(visit.id);
  // As the indexer before 0053 kept it: the first two initials only.
  ctx.sqlite.prepare("delete from search_keys where entry_rowid = ? and key = 'sf'").run(rowid);
  opened.sqlite.close();
  const migrated = await migrateToLatest(file);
  return { ctx: serviceContext(migrated, clock), id: visit.id };
}

describe('migration 0053: short keys of every pair of initials for records filed before', () => {
  it('finds 张三丰 filed before by sf only after the job, in Ctrl+K and the visit list; zs all along', async () => {
    const { ctx, id } = await deskFiledTheOldWay();
    const hits = (q: string) => searchRecords(ctx.sqlite, q, 30).map((h) => h.entityId);
    const listed = (q: string) => listVisits(ctx, listVisitsInput.parse({ text: q })).rows.map((v) => v.id);
    expect(refoldJobPending(ctx)).toBe(true);
    // Before the job: the gap the migration is there for.
    expect(hits('sf')).not.toContain(id);
    expect(listed('sf')).toEqual([]);
    expect(listed('zs')).toEqual([id]);
    await refoldSearchIndex(ctx, null, 7);
    expect(refoldJobPending(ctx)).toBe(false);
    expect(hits('sf')).toContain(id);
    expect(listed('sf')).toEqual([id]);
    expect(listed('zs')).toEqual([id]);
    // Bad case: a pair that is not consecutive in the name is still no key.
    expect(listed('zf')).toEqual([]);
    const audited = ctx.sqlite
      .prepare("select count(*) from audit_log where entity = 'search' and note = 'refolded'")
      .pluck()
      .get() as number;
    expect(audited).toBeGreaterThanOrEqual(1);
  });
});
