import { afterAll, describe, expect, it } from 'vitest';
import { pickUpGoods } from '../../electron/services/storage';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { claimCounterIndex } from '../../electron/services/sync/enrol';
import { pickupInput, type StorageDepositResult, type StorageSlipView } from '../../shared/contract/storage';
import type { SyncConflictView, SyncStatusView } from '../../shared/contract/sync';
import { freshDesk, type TestDesk } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { counterUser, freePort, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const users = [counterUser('XH', 1), counterUser('XH', 2), counterUser('XH', 3)];
const enrolment = (url: string, k: number) => ({
  serverUrl: url,
  user: `XH-${k}`,
  password: `pw-XH-${k}`,
  counterIndex: k,
});

describe('sync:status and sync:enrol', () => {
  it('a single PC is not enrolled; enrolling is a supervisor act, checked, and claims the counter number once', async () => {
    const server = await startSiteServer('XH', { users });
    const a = await startIpcDesk();
    await a.loginAs('K001', 'clerk');
    expect(data<SyncStatusView>(await a.dispatch('sync:status', {}))).toMatchObject({
      enabled: false,
      site: null,
      connected: false,
      waiting: 0,
      conflicts: 0,
    });
    expect(failure(await a.dispatch('sync:enrol', enrolment(server.url, 1))).code).toBe('forbidden');

    await a.loginAs('K003', 'supervisor');
    const bad = failure(await a.dispatch('sync:enrol', { ...enrolment(server.url, 1), serverUrl: 'http://x' }));
    expect(bad).toMatchObject({ code: 'invalid_input', field: 'serverUrl' });
    expect(failure(await a.dispatch('sync:enrol', { ...enrolment(server.url, 1), counterIndex: 0 })).field).toBe(
      'counterIndex',
    );
    const nobody = `nats://127.0.0.1:${await freePort()}`;
    expect(failure(await a.dispatch('sync:enrol', enrolment(nobody, 1)))).toMatchObject({
      messageKey: 'sync.errors.unreachable',
    });
    expect(a.count('select count(*) from sync_settings')).toBe(0);

    const enrolled = data<SyncStatusView>(await a.dispatch('sync:enrol', enrolment(server.url, 1)));
    expect(enrolled).toMatchObject({ enabled: true, site: 'XH', counterIndex: 1, serverUrl: server.url });
    await until('A sent its history and read it back', () => a.count('select count(*) from sync_inbox') > 0, 20_000);
    // Enrolling the same desk again under its own number is fine.
    expect(data<SyncStatusView>(await a.dispatch('sync:enrol', enrolment(server.url, 1))).counterIndex).toBe(1);

    // Another PC cannot take number 1: the site server's key-value store already holds it for A.
    const b = await startIpcDesk();
    await b.loginAs('K003', 'supervisor');
    expect(failure(await b.dispatch('sync:enrol', enrolment(server.url, 1)))).toMatchObject({
      code: 'conflict',
      messageKey: 'sync.errors.indexTaken',
      field: 'counterIndex',
    });
    expect(b.count('select count(*) from sync_settings')).toBe(0);
  });

  it('two PCs racing for one counter number: exactly one gets it', async () => {
    const server = await startSiteServer('XH', { users });
    for (const index of [5, 6, 7]) {
      const claim = (desk: string) =>
        claimCounterIndex({ serverUrl: server.url, user: 'XH-1', password: 'pw-XH-1', site: 'XH', index, desk });
      const outcomes = await Promise.allSettled([claim('desk-a'), claim('desk-b')]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(String((refused as PromiseRejectedResult).reason?.messageKey)).toBe('sync.errors.indexTaken');
    }
  });
});

describe('sync:conflicts and sync:resolve', () => {
  it('list a double pickup for a lead with the slip serial and both sides; only a supervisor resolves it', async () => {
    const server = await startSiteServer('XH', { users });
    const a = await startIpcDesk();
    await a.loginAs('K003', 'supervisor');
    data(await a.dispatch('sync:enrol', enrolment(server.url, 1)));
    const peer: TestDesk = await freshDesk({ demo: false });
    engines.push(startCounterSync(peer, server, 'XH', 2));

    await a.loginAs('K001', 'clerk');
    const shelf = a.sqlite().prepare("select id from storage_locations where code = 'D-01'").pluck().get() as string;
    const { slip, claimCode } = data<StorageDepositResult>(
      await a.dispatch('storage:deposit', {
        depositorName: '赵敏',
        phone: '13912345678',
        description: '购物袋两个',
        pieces: 2,
        size: 'small',
        locationId: shelf,
      }),
    );
    const statusAt = (sqlite: TestDesk['ctx']['sqlite']) =>
      sqlite.prepare('select status from storage_slips where id = ?').pluck().get(slip.id);
    await until('slip at the peer', () => statusAt(peer.ctx.sqlite) === 'stored', 30_000);

    await server.kill9();
    const pickup = { id: slip.id, pieces: 2, collectorName: '赵敏', proof: 'claim_code', claimCode };
    expect(data<StorageSlipView>(await a.dispatch('storage:pickup', pickup)).status).toBe('collected');
    const clerk = peer.ctx.sqlite.prepare("select id, name from clerks where role = 'clerk' limit 1").get() as {
      id: string;
      name: string;
    };
    pickUpGoods(
      peer.ctx,
      { clerkId: clerk.id, name: clerk.name, role: 'clerk', shiftId: null, counterId: null },
      pickupInput.parse(pickup),
    );
    await server.start();
    await until('conflict at A', () => a.count('select count(*) from sync_conflicts') === 1, 30_000);
    expect(data<SyncStatusView>(await a.dispatch('sync:status', {})).conflicts).toBe(1);

    expect(failure(await a.dispatch('sync:conflicts', {})).code).toBe('forbidden');
    await a.loginAs('K002', 'lead');
    const [conflict, ...rest] = data<SyncConflictView[]>(await a.dispatch('sync:conflicts', {}));
    expect(rest).toHaveLength(0);
    expect(conflict).toMatchObject({ display: slip.serialNo, resolvedAt: null });
    expect(new Set([conflict?.kept?.counter, conflict?.other?.counter])).toEqual(new Set([1, 2]));
    const resolution = { eventId: conflict?.eventId ?? '', keep: 'kept', note: '监控确认只交还一次' };
    expect(failure(await a.dispatch('sync:resolve', resolution)).code).toBe('forbidden');

    await a.loginAs('K003', 'supervisor');
    expect(failure(await a.dispatch('sync:resolve', { ...resolution, note: ' ' })).field).toBe('note');
    expect(failure(await a.dispatch('sync:resolve', { ...resolution, keep: 'both' })).field).toBe('keep');
    const resolved = data<SyncConflictView>(await a.dispatch('sync:resolve', resolution));
    expect(resolved).toMatchObject({ resolution: 'kept' });
    expect(resolved.resolvedAt).not.toBeNull();
    expect(data<SyncConflictView[]>(await a.dispatch('sync:conflicts', {}))).toHaveLength(0);
    expect(data<SyncConflictView[]>(await a.dispatch('sync:conflicts', { open: false }))).toHaveLength(1);
    await until(
      'resolved at the peer',
      () =>
        peer.ctx.sqlite.prepare('select count(*) from sync_conflicts where resolved_at is null').pluck().get() === 0,
      30_000,
    );
  });
});
