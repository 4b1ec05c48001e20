import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { REKEY_JOB, rekeyAuditDigests } from '../../electron/services/audit/rekey';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { openChanges, siteDataKeyOf } from '../../electron/services/sync/personal';
import type { SyncEvent } from '../../shared/contract/sync-event';
import { asWrittenBeforeKeys, plain } from '../helpers/audit-rekey';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { register } from '../helpers/reception';
import { startCounterSync, until } from '../helpers/sync-counters';

/**
 * The re-key of 0050 at counter 1 of a desk with two counters, over a real site server: its entries attest the
 * rewritten ones as a customer's erasure does, so counter 2's copies of counter 1's entries (received with the plain
 * digests before the job) are rewritten the same attested way and its chain check of counter 1 passes.
 */
const engines: SyncEngine[] = [];
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.stop()));
});
afterAll(async () => {
  await stopAllNatsServers();
});

const PHONE = '13812345678';

const auditCount = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;
const chainOf = (desk: TestDesk, counter: number) =>
  desk.ctx.sqlite.prepare('select last_seq as lastSeq, alarm from sync_chains where counter = ?').get(counter) as
    | { lastSeq: number; alarm: string | null }
    | undefined;

/** The changes of every copy of counter 1's entries a desk keeps, opened with the site key. */
function openedChanges(desk: TestDesk): string {
  const key = siteDataKeyOf(desk.ctx.sqlite);
  const bodies = desk.ctx.sqlite.prepare('select body from sync_inbox where counter = 1').pluck().all() as string[];
  return bodies.map((b) => JSON.stringify(openChanges(key, JSON.parse(b) as SyncEvent))).join('\n');
}

describe('the re-key of old phone digests on a desk with several counters', () => {
  it('rewrites the other counter’s copies the attested way: no alarm, no plain digest left there', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    // Counter 1's visits as a desk before keys logged them, before anything is published.
    const visit = register(one, { phone: PHONE });
    asWrittenBeforeKeys(one.ctx, [visit.id], [PHONE]);
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));
    const seen = async () => {
      const head = auditCount(one);
      await until('counter 1’s chain verified at counter 2', () => (chainOf(two, 1)?.lastSeq ?? 0) >= head, 30_000);
      return head;
    };
    await seen();
    expect(openedChanges(two)).toContain(plain(PHONE));

    one.ctx.sqlite.prepare('update data_jobs set done_at = null where name = ?').run(REKEY_JOB);
    expect(await rekeyAuditDigests(one.ctx)).toMatchObject({ rekeyed: 1, skipped: 0 });
    const head = await seen();
    expect(chainOf(two, 1)).toEqual({ lastSeq: head, alarm: null });
    expect(two.ctx.sqlite.prepare('select count(*) from sync_scrub_pending').pluck().get()).toBe(0);
    expect(openedChanges(two)).not.toContain(plain(PHONE));
    expect(verifyAuditChain(one.ctx.sqlite).ok).toBe(true);
    expect(verifyAuditChain(two.ctx.sqlite).ok).toBe(true);
  }, 90_000);
});
