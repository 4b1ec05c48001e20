import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hqFailureKey } from '../../electron/services/hq/connection';
import type { HqConnectionView, HqReportView } from '../../shared/contract/hq';
import { HQ_READER, type HqDatabase, startHqDatabase } from '../helpers/hq-seed';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { freePort } from '../helpers/nats-servers';

let hq: HqDatabase;
beforeAll(async () => {
  hq = await startHqDatabase();
}, 90_000);
afterAll(async () => {
  await hq?.stop();
});

const connection = (over: Partial<Record<string, unknown>> = {}) => ({
  host: '127.0.0.1',
  port: hq.port,
  database: hq.database,
  user: HQ_READER.user,
  password: HQ_READER.password,
  tls: false,
  ...over,
});

/** A report's count for one module, by the module's name. */
const count = (r: HqReportView, module: string, counts = r.totals) => counts[r.modules.indexOf(module as never)];

describe('head office connection (hq:*)', () => {
  it('is a supervisor setting; the password is stored encrypted and never sent back', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K002', 'lead');
    expect(failure(await desk.dispatch('hq:connection', {})).code).toBe('forbidden');
    expect(failure(await desk.dispatch('hq:saveConnection', connection())).code).toBe('forbidden');
    expect(data<{ configured: boolean }>(await desk.dispatch('hq:configured', {}))).toEqual({ configured: false });
    expect(failure(await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-11', site: null }))).toMatchObject(
      { messageKey: 'hq.errors.notConfigured' },
    );

    await desk.loginAs('K003', 'supervisor');
    expect(failure(await desk.dispatch('hq:saveConnection', connection({ port: 70000 })))).toMatchObject({
      code: 'invalid_input',
      field: 'port',
    });
    expect(failure(await desk.dispatch('hq:saveConnection', connection({ host: 'a b' }))).field).toBe('host');
    const saved = data<HqConnectionView>(await desk.dispatch('hq:saveConnection', connection()));
    expect(saved).toMatchObject({ configured: true, host: '127.0.0.1', user: HQ_READER.user, passwordSaved: true });
    expect(JSON.stringify(saved)).not.toContain(HQ_READER.password);
    expect(JSON.stringify(data(await desk.dispatch('hq:connection', {})))).not.toContain(HQ_READER.password);
    const stored = desk.sqlite().prepare('select password from hq_connection').pluck().get();
    expect(String(stored)).toMatch(/^enc:v1:/);
    desk.sqlite().pragma('wal_checkpoint(TRUNCATE)');
    const file = path.join(desk.dataDir, 'frontdesk.sqlite');
    expect(fs.readFileSync(file).includes(Buffer.from(HQ_READER.password))).toBe(false);

    // Saving again with the password left empty keeps the one saved.
    data(await desk.dispatch('hq:saveConnection', connection({ password: '', database: hq.database })));
    expect(data<{ sites: number }>(await desk.dispatch('hq:testConnection', connection({ password: '' })))).toEqual({
      sites: 2,
    });
  }, 60_000);

  it('a failed test says why in words: wrong password, database, schema, nothing listening', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    const test = async (over: Record<string, unknown>) =>
      failure(await desk.dispatch('hq:testConnection', connection(over)));
    expect(await test({ password: 'wrong' })).toMatchObject({ code: 'unavailable', messageKey: 'hq.errors.auth' });
    expect((await test({ database: 'nope' })).messageKey).toBe('hq.errors.database');
    expect((await test({ database: 'postgres', user: 'postgres' })).messageKey).toBe('hq.errors.schema');
    expect((await test({ port: await freePort() })).messageKey).toBe('hq.errors.refused');
    // Nothing was saved by the tests.
    expect(desk.count('select count(*) from hq_connection')).toBe(0);
    expect(hqFailureKey(new Error('self signed certificate'))).toBe('hq.errors.tls');
    expect(hqFailureKey({ code: 'ENOTFOUND' })).toBe('hq.errors.host');
    expect(hqFailureKey(new Error('boom'))).toBe('hq.errors.other');
  }, 60_000);

  it('reports across sites by month, for all or one site, voided records left out', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    data(await desk.dispatch('hq:saveConnection', connection()));
    await desk.loginAs('K001', 'clerk');
    expect(failure(await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-11', site: null })).code).toBe(
      'forbidden',
    );
    await desk.loginAs('K002', 'lead');
    const all = data<HqReportView>(
      await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-11', site: null }),
    );
    expect(all.sites).toEqual(['LY', 'XH']);
    expect(all.siteNames).toEqual({ LY: '龙阳广场', XH: '星河广场' });
    expect([count(all, 'reception'), count(all, 'calls'), count(all, 'storage'), count(all, 'complaints')]).toEqual([
      4, 2, 0, 4,
    ]);
    expect(count(all, 'repairs')).toBe(0);
    expect(all.bySite.map((s) => s.site)).toEqual(['LY', 'XH']);
    expect(all.days.map((d) => d.day)).toEqual(['2026-11-24']);
    const xh = data<HqReportView>(await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-11', site: 'XH' }));
    expect([count(xh, 'reception'), count(xh, 'complaints')]).toEqual([3, 0]);
    expect(xh.bySite.map((s) => s.site)).toEqual(['XH']);
    const dec = data<HqReportView>(
      await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-12', site: null }),
    );
    expect(count(dec, 'repairs')).toBe(1);
    expect(failure(await desk.dispatch('hq:report', { kind: 'monthly', period: '2026-11-02', site: null })).code).toBe(
      'invalid_input',
    );
  }, 60_000);
});
