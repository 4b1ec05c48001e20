import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { getSlip, pickUpGoods } from '../../electron/services/storage';
import { listConflicts, resolveConflict } from '../../electron/services/sync/conflicts';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { pickupInput } from '../../shared/contract/storage';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { addLocation, bags, deposit } from '../helpers/storage';
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

describe('the same slip picked up at two counters while cut off', () => {
  it('is flagged on both, with both pickups kept and one state; a supervisor resolves it for both', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const a = await freshDesk();
    const b = await freshDesk({ demo: false });
    engines.push(startCounterSync(a, server, 'XH', 1), startCounterSync(b, server, 'XH', 2));
    const { slip, claimCode } = deposit(a, bags(addLocation(a, 'L-01').id));
    await until('slip at B', () => one(b, 'select status from storage_slips where id = ?', slip.id) === 'stored');

    await server.kill9();
    const clerk = a.clerkByRole('clerk');
    const input = pickupInput.parse({ id: slip.id, pieces: 2, collectorName: '赵敏', proof: 'claim_code', claimCode });
    // Work never waits for the network: both counters hand the goods back at once.
    pickUpGoods(a.ctx, clerk, input);
    pickUpGoods(b.ctx, clerk, input);
    await server.start();

    const conflicts = (desk: TestDesk) => one(desk, 'select count(*) from sync_conflicts') as number;
    await until('conflict at both', () => conflicts(a) === 1 && conflicts(b) === 1, 10_000);
    for (const desk of [a, b]) {
      expect(one(desk, 'select count(*) from storage_pickups where slip_id = ?', slip.id)).toBe(2);
      expect(getSlip(desk.ctx, slip.id)).toMatchObject({ status: 'collected', piecesOut: 2 });
      const [conflict] = listConflicts(desk.ctx.sqlite);
      expect(conflict).toMatchObject({ entity: 'storageSlips', entityId: slip.id, resolvedAt: null });
      expect(new Set([conflict?.kept?.counter, conflict?.other?.counter])).toEqual(new Set([1, 2]));
      expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
    }
    const same = (desk: TestDesk) =>
      JSON.stringify(desk.ctx.sqlite.prepare('select * from storage_slips where id = ?').get(slip.id));
    expect(same(a)).toBe(same(b));

    const [conflict] = listConflicts(a.ctx.sqlite);
    expect(() =>
      resolveConflict(a.ctx, a.clerkByRole('clerk'), { eventId: conflict?.eventId ?? '', keep: 'kept', note: 'x' }),
    ).toThrow();
    resolveConflict(a.ctx, a.clerkByRole('supervisor'), {
      eventId: conflict?.eventId ?? '',
      keep: 'kept',
      note: '监控确认只交还一次',
    });
    await until('resolved at B', () => one(b, 'select count(*) from sync_conflicts where resolved_at is null') === 0);
    expect(listConflicts(b.ctx.sqlite)[0]).toMatchObject({ resolution: 'kept' });
  });
});
