import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_SESSION } from '../../electron/services/session';
import { writeSetting } from '../../electron/services/settings';
import type { HandoverCloseResult } from '../../shared/contract/handover';
import type { SessionView } from '../../shared/contract/session';
import { demoPin, tempDir } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

async function startDesk() {
  const desk = await startIpcDesk();
  const clerks = new Map<string, string>();
  for (const employeeNo of ['K001', 'K002', 'K003', 'K004']) clerks.set(employeeNo, await desk.idOf(employeeNo));
  const idOf = (employeeNo: string) => clerks.get(employeeNo) ?? '';
  return { runtime: desk.runtime, dispatch: desk.dispatch, idOf, loginAs: desk.loginAs, clock: desk.clock };
}

describe('handover channels', () => {
  it('hand the desk to the incoming clerk in a new shift at the same counter, and back up the database', async () => {
    const { runtime, dispatch, idOf, loginAs } = await startDesk();
    const before = await loginAs('K001', 'clerk');
    const result = data<HandoverCloseResult>(
      await dispatch('handover:close', {
        notes: '',
        cashCountedFen: 0,
        incoming: { clerkId: idOf('K002'), pin: demoPin('lead') },
      }),
    );
    expect(result.backupOk).toBe(true);
    expect(result.session?.clerk.employeeNo).toBe('K002');
    expect(result.session?.counter.id).toBe(before.counter.id);
    expect(result.session?.shift.id).not.toBe(before.shift.id);
    expect(runtime.sessions.holder(DESKTOP_SESSION).current?.shiftId).toBe(result.session?.shift.id);
    expect(fs.readdirSync(runtime.backupDir).some((f) => f.includes('shift'))).toBe(true);
    // The new clerk works on: her own shift's sheet, with nothing handed over from the last one counted again.
    const sheet = data<{ shiftId: string }>(await dispatch('handover:preview', {}));
    expect(sheet.shiftId).toBe(result.session?.shift.id);
  });

  it('keep the handover when the shift backup fails, and say so', async () => {
    const { runtime, dispatch, idOf, loginAs } = await startDesk();
    if (runtime.state.kind !== 'ready') throw new Error('not ready');
    // A backup folder below a regular file can never be created.
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, '');
    writeSetting(runtime.state.ctx, null, 'backup', { folder: path.join(blocker, 'backups') });
    await loginAs('K001', 'clerk');
    const result = data<HandoverCloseResult>(
      await dispatch('handover:close', {
        cashCountedFen: 0,
        incoming: { clerkId: idOf('K002'), pin: demoPin('lead') },
      }),
    );
    expect(result.backupOk).toBe(false);
    expect(data<unknown[]>(await dispatch('handover:list', {}))).toHaveLength(1);
    expect(result.session?.clerk.employeeNo).toBe('K002');
  });

  it('log the desk out at end of day; the just-closed sheet may still be printed, nothing else', async () => {
    const { runtime, dispatch, loginAs, clock } = await startDesk();
    await loginAs('K001', 'clerk');
    expect(failure(await dispatch('handover:close', { cashCountedFen: 0, incoming: null })).messageKey).toBe(
      'errors.handoverNeedsSuccessor',
    );
    await dispatch('session:logout', {});
    await loginAs('K002', 'lead');
    const result = data<HandoverCloseResult>(await dispatch('handover:close', { cashCountedFen: 0, incoming: null }));
    expect(result.session).toBeNull();
    // The clerk who ended the day keeps the handover result on screen: the session stays, for that sheet only.
    expect(runtime.sessions.holder(DESKTOP_SESSION).current?.endedDay).toBe(true);
    expect(data<SessionView>(await dispatch('session:current', {})).endedDay).toBe(true);
    expect(failure(await dispatch('handover:preview', {})).messageKey).toBe('errors.dayEnded');
    expect(failure(await dispatch('calls:list', {})).messageKey).toBe('errors.dayEnded');
    expect(failure(await dispatch('session:lock', {})).messageKey).toBe('errors.dayEnded');
    const id = result.handover.id;
    expect(data(await dispatch('handover:get', { id }))).toMatchObject({ id });
    clock.advance(20 * 60_000);
    expect(data(await dispatch('handover:printed', { id, reprint: true }))).toBeNull();
    // Leaving the result ends the session; without one, the sheet is printed only within minutes of the close.
    expect(data(await dispatch('session:logout', {}))).toBeNull();
    expect(data(await dispatch('session:current', {}))).toBeNull();
    expect(failure(await dispatch('handover:printed', { id, reprint: true })).code).toBe('unauthenticated');
  });

  it('print an audit head that Settings → Audit verifies later, even after more work was done', async () => {
    const { dispatch, idOf, loginAs } = await startDesk();
    await loginAs('K001', 'clerk');
    const closed = data<HandoverCloseResult>(
      await dispatch('handover:close', {
        cashCountedFen: 0,
        incoming: { clerkId: idOf('K002'), pin: demoPin('lead') },
      }),
    );
    const printed = { count: closed.handover.auditCount, hashPrefix: closed.handover.auditHashPrefix };
    const verified = data<{ ok: boolean }>(await dispatch('audit:verify', { printed }));
    expect(verified.ok).toBe(true);
    const tampered = printed.hashPrefix.startsWith('0')
      ? `1${printed.hashPrefix.slice(1)}`
      : `0${printed.hashPrefix.slice(1)}`;
    expect(
      data<{ ok: boolean }>(await dispatch('audit:verify', { printed: { ...printed, hashPrefix: tampered } })).ok,
    ).toBe(false);
  });

  it('let only a supervisor edit the tracked items', async () => {
    const { dispatch, loginAs } = await startDesk();
    await loginAs('K002', 'lead');
    expect(failure(await dispatch('handover:saveSettings', { trackedItems: ['钥匙'] })).code).toBe('forbidden');
    expect(failure(await dispatch('handover:saveSettings', { trackedItems: [''] })).messageKey).toBe('errors.required');
  });
});
