import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  anonymiseOldVisits,
  RETENTION_BATCH,
  RETENTION_DUE_SQL,
  runRetention,
} from '../../electron/services/reception/retention';
import { voidVisit } from '../../electron/services/reception/visits';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import { freshDesk, type TestDesk } from '../helpers/db';
import { DAY, GOOD_ID, register } from '../helpers/reception';

const phoneOf = (desk: TestDesk, id: string) =>
  desk.ctx.sqlite.prepare('select phone from visits where id = ?').pluck().get(id);
const anonymisedAt = (desk: TestDesk, id: string) =>
  desk.ctx.sqlite.prepare('select anonymised_at from visits where id = ?').pluck().get(id);
const retentionEntries = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare("select count(*) from audit_log where note = 'retention'").pluck().get();

async function deskWithRetention(days: number): Promise<TestDesk> {
  const desk = await freshDesk();
  writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'policy', {
    ...getPolicy(desk.ctx),
    visitorDataRetentionDays: days,
  });
  return desk;
}

describe('retention: what is due', () => {
  it('blanks visits that arrived before the cutoff, not the one arriving at it, whatever their state', async () => {
    const desk = await deskWithRetention(30);
    const early = register(desk);
    const voided = register(desk, { visitorName: '李四' });
    voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '登记错误' });
    const idOnly = register(desk, { visitorName: '王五', phone: '', idType: 'resident_id', idNumber: GOOD_ID });
    const nothingPersonal = register(desk, { visitorName: '赵六', phone: '' });
    desk.clock.advance(1);
    const atCutoff = register(desk, { visitorName: '孙七' });
    desk.clock.advance(30 * DAY);
    // Now: `early` arrived 30 days and 1 ms ago, `atCutoff` exactly 30 days ago.
    expect(anonymiseOldVisits(desk.ctx)).toBe(3);
    for (const visit of [early, voided, idOnly]) {
      expect(phoneOf(desk, visit.id)).toBe('');
      expect(anonymisedAt(desk, visit.id)).toBe(desk.clock.now());
    }
    expect(desk.ctx.sqlite.prepare('select id_masked, id_hash from visits where id = ?').get(idOnly.id)).toEqual({
      id_masked: '',
      id_hash: null,
    });
    expect(phoneOf(desk, atCutoff.id)).toBe('13812345678');
    // A visit without personal data has nothing to blank: no change, no audit entry.
    expect(anonymisedAt(desk, nothingPersonal.id)).toBeNull();
    expect(auditHistory(desk.ctx.sqlite, 'visits', nothingPersonal.id)).toHaveLength(1);
    expect(retentionEntries(desk)).toBe(3);

    desk.clock.advance(1);
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    // Anonymised visits are never touched again.
    desk.clock.advance(DAY);
    expect(anonymiseOldVisits(desk.ctx)).toBe(0);
    expect(retentionEntries(desk)).toBe(4);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('blanks the phone and ID in the states kept for other counters too, and leaves a visit not yet due alone', async () => {
    const desk = await deskWithRetention(30);
    const old = register(desk, { phone: '13900001111', idType: 'resident_id', idNumber: GOOD_ID });
    desk.clock.advance(DAY);
    const recent = register(desk, { visitorName: '周八', phone: '13900002222' });
    const keptStates = (id: string) =>
      desk.ctx.sqlite
        .prepare(
          `select s.state from sync_event_states s join audit_log a on a.seq = s.seq
            where a.entity = 'visits' and a.entity_id = ? and s.state is not null`,
        )
        .pluck()
        .all(id) as string[];
    expect(keptStates(old.id).some((state) => state.includes('13900001111'))).toBe(true);
    desk.clock.advance(30 * DAY - DAY + 1);
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    const after = keptStates(old.id);
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const state of after) {
      expect(state).not.toContain('13900001111');
      expect(JSON.parse(state)).toMatchObject({ phone: '', idMasked: '', idHash: null });
    }
    expect(keptStates(recent.id).some((state) => state.includes('13900002222'))).toBe(true);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('a shorter retention period makes more visits due at the next run', async () => {
    const desk = await deskWithRetention(180);
    const visit = register(desk);
    desk.clock.advance(40 * DAY);
    expect(anonymiseOldVisits(desk.ctx)).toBe(0);
    writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'policy', {
      ...getPolicy(desk.ctx),
      visitorDataRetentionDays: 30,
    });
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    expect(phoneOf(desk, visit.id)).toBe('');
  });

  it('reads the due visits off the partial index, oldest first', async () => {
    const desk = await freshDesk();
    const plan = desk.ctx.sqlite.prepare(`explain query plan ${RETENTION_DUE_SQL}`).all(0, 1) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING INDEX visits_retention_due \(time_in<\?\)/);
    expect(plan.map((p) => p.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);
  });
});

describe('retention: in batches that yield', () => {
  it('works through a backlog batch by batch, stops when asked, and the next run goes on where it stopped', async () => {
    const desk = await deskWithRetention(30);
    const total = 2 * RETENTION_BATCH + 7;
    for (let i = 0; i < total; i++) register(desk, { visitorName: `访客${i}` });
    desk.clock.advance(31 * DAY);
    let batches = 0;
    // Asked before every batch: the first two run, then the job stops.
    const first = await runRetention(
      () => desk.ctx,
      () => batches++ >= 2,
    );
    expect(first).toBe(2 * RETENTION_BATCH);
    expect(desk.ctx.sqlite.prepare("select count(*) from visits where phone <> ''").pluck().get()).toBe(7);
    expect(await runRetention(() => desk.ctx)).toBe(7);
    expect(retentionEntries(desk)).toBe(total);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('lets other work run between batches, and stops when the database is no longer the one it started on', async () => {
    const desk = await deskWithRetention(30);
    for (let i = 0; i < 5 * RETENTION_BATCH; i++) register(desk, { visitorName: `访客${i}` });
    desk.clock.advance(31 * DAY);
    let current: TestDesk['ctx'] | null = desk.ctx;
    const job = runRetention(() => current);
    let turns = 0;
    const others = (async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        turns++;
      }
      current = null;
    })();
    const [done] = await Promise.all([job, others]);
    expect(turns).toBe(3);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(5 * RETENTION_BATCH);
    expect(retentionEntries(desk)).toBe(done);
    expect(desk.ctx.sqlite.prepare("select count(*) from visits where phone <> ''").pluck().get()).toBe(
      5 * RETENTION_BATCH - done,
    );
  });
});
