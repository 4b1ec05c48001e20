import { describe, expect, it } from 'vitest';
import type { ReleasePassDetail } from '../../shared/contract/releases';
import { demoPin } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { releasePass } from '../helpers/samples';

const pass = releasePass;

describe('goods release channels', () => {
  it('refuses bad input and a wrong PIN before the service writes, and a stale edit naming who changed it', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const leadId = await desk.idOf('K002');
    const before = desk.count('select count(*) from audit_log where entity = ?', 'releasePasses');
    expect(failure(await desk.dispatch('releases:issue', { ...pass, items: [] }))).toMatchObject({
      field: 'items',
      messageKey: 'errors.releaseNoItems',
    });
    expect(failure(await desk.dispatch('releases:issue', { ...pass, approval: null })).field).toBe('approval');
    const wrong = failure(
      await desk.dispatch('releases:issue', { ...pass, approval: { clerkId: leadId, pin: '0000' } }),
    );
    expect(wrong.messageKey).toBe('errors.wrongPin');
    expect(desk.count('select count(*) from release_passes')).toBe(0);
    expect(desk.count('select count(*) from audit_log where entity = ?', 'releasePasses')).toBe(before);

    const issued = data<ReleasePassDetail>(
      await desk.dispatch('releases:issue', { ...pass, approval: { clerkId: leadId, pin: demoPin('lead') } }),
    );
    const edit = { id: issued.id, phone: '13800001111', vehiclePlate: '沪B12345', validDay: '2026-11-24' };
    data(await desk.dispatch('releases:update', { ...edit, version: issued.version }));
    const stale = failure(
      await desk.dispatch('releases:update', { ...edit, version: issued.version, reasonNote: '改' }),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(stale.changedSince?.[0]?.fieldKeys.length).toBeGreaterThan(0);
    // A clerk keeps no unit notes and voids nothing.
    expect(failure(await desk.dispatch('releases:saveHold', { unit: '7栋 502', note: '欠费' })).code).toBe('forbidden');
    expect(
      failure(await desk.dispatch('releases:void', { id: issued.id, version: issued.version + 1, reason: '错' })).code,
    ).toBe('forbidden');
  });
});
