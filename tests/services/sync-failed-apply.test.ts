import { afterAll, describe, expect, it } from 'vitest';
import { thisCounterId } from '../../electron/services/settings';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { failedEventCount, listFailedEvents, retryFailedEvents } from '../../electron/services/sync/failed';
import { write } from '../../electron/services/write';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { bags, deposit } from '../helpers/storage';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const one = (desk: TestDesk, sql: string, ...params: unknown[]): unknown =>
  desk.ctx.sqlite
    .prepare(sql)
    .pluck()
    .get(...params);

describe('an event this counter cannot store', () => {
  it('is kept as failed with why, the site stream goes on, and a supervisor retries it once fixed', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const a = await freshDesk();
    const b = await freshDesk();
    engines.push(startCounterSync(a, server, 'XH', 1), startCounterSync(b, server, 'XH', 2));
    // Each desk's clerk K001 has its own id: the other's cannot be stored beside it (one employee number, one clerk).
    const shelf = one(a, "select id from storage_locations where code = 'D-01'") as string;
    const { slip } = deposit(a, bags(shelf));
    await until(
      'slip at B',
      () => one(b, 'select status from storage_slips where id = ?', slip.id) === 'stored',
      30_000,
    );
    expect(one(b, "select count(*) from sync_inbox where outcome = 'failed' and entity = 'clerks'")).toBe(4);
    expect(one(b, 'select count(*) from clerks')).toBe(4);
    // What belongs to the PC is not taken from the other: B stays its own counter (else no clerk could log in there).
    const counterOf = (desk: TestDesk) => thisCounterId(desk.ctx);
    expect(counterOf(b)).not.toBe(counterOf(a));
    expect(one(b, 'select count(*) from counters where id = ?', counterOf(b))).toBe(1);

    // What the supervisor is shown: the kind of record, the counter, when, and why; the count is the warning.
    const failed = listFailedEvents(b.ctx.sqlite);
    expect(failedEventCount(b.ctx.sqlite)).toBe(failed.length);
    const clerks = failed.filter((f) => f.entity === 'clerks');
    expect(clerks).toHaveLength(4);
    expect(clerks.every((f) => f.counter === 1 && f.failure === 'unique' && f.module === 'core')).toBe(true);
    expect(clerks.map((f) => f.display).sort()).toEqual(['张伟', '李娜', '王芳', '陈静']);
    expect(clerks.every((f) => f.at <= a.clock.now() && f.retriedAt === null)).toBe(true);

    // Only a supervisor retries; a retry with nothing put right leaves every event failed, with its reason.
    const sync = { entities: b.ctx.modules.sync, counter: 2 };
    expect(() => retryFailedEvents(b.ctx, b.clerkByRole('clerk'), sync)).toThrow();
    expect(retryFailedEvents(b.ctx, b.clerkByRole('supervisor'), sync).applied).toBe(0);
    expect(failedEventCount(b.ctx.sqlite)).toBe(failed.length);
    expect(listFailedEvents(b.ctx.sqlite).every((f) => f.retriedAt !== null)).toBe(true);

    // B's own 王芳 takes another employee number: A's 王芳 can now be stored here, the other three still cannot.
    const wang = one(b, "select id from clerks where employee_no = 'K001'") as string;
    write(b.ctx, b.clerkByRole('supervisor'), (tx) => tx.update('clerks', wang, { employeeNo: 'K901' }));
    const before = failedEventCount(b.ctx.sqlite);
    const result = retryFailedEvents(b.ctx, b.clerkByRole('supervisor'), sync);
    expect(result.applied).toBeGreaterThan(0);
    expect(failedEventCount(b.ctx.sqlite)).toBe(before - result.applied);
    expect(one(b, "select count(*) from clerks where employee_no = 'K001'")).toBe(1);
    expect(one(b, 'select count(*) from clerks')).toBe(5);
    expect(listFailedEvents(b.ctx.sqlite).filter((f) => f.entity === 'clerks')).toHaveLength(3);
    // The retry is in the audit log, as every write is.
    expect(one(b, "select count(*) from audit_log where entity = 'syncInbox'")).toBe(2);
  });
});
