import { describe, expect, it } from 'vitest';
import { closeRuntime } from '../../electron/app/runtime';
import type { CallView } from '../../shared/contract/calls';
import { data, failure, startIpcDesk } from '../helpers/ipc';

const call = { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary: '询问营业时间' };
const KEY = 'form-0123456789abcdef';

describe('a form sent again', () => {
  it('is stored once, even after a restart: the key is kept with the write, in its transaction', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const first = data<CallView>(await desk.dispatch('calls:log', { ...call, __submission: KEY }));
    expect(first.serialNo).toMatch(/-0001$/);
    expect(failure(await desk.dispatch('calls:log', { ...call, __submission: KEY }))).toMatchObject({
      code: 'conflict',
      messageKey: 'errors.alreadySaved',
    });
    closeRuntime(desk.runtime);
    const again = await startIpcDesk({ dataDir: desk.dataDir });
    await again.loginAs('K001', 'clerk');
    expect(failure(await again.dispatch('calls:log', { ...call, __submission: KEY })).messageKey).toBe(
      'errors.alreadySaved',
    );
    expect(again.count('select count(*) from calls')).toBe(1);
    // Another form (another key) is another call.
    data(await again.dispatch('calls:log', { ...call, __submission: 'form-fedcba9876543210' }));
    expect(again.count('select count(*) from calls')).toBe(2);
  });

  it('is not marked stored when its save was refused, so the corrected form goes through', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const future = desk.clock.now() + 24 * 3600_000;
    expect(failure(await desk.dispatch('calls:log', { ...call, startedAt: future, __submission: KEY })).field).toBe(
      'startedAt',
    );
    expect(desk.count('select count(*) from submissions')).toBe(0);
    data(await desk.dispatch('calls:log', { ...call, __submission: KEY }));
    expect(desk.count('select count(*) from submissions')).toBe(1);
  });

  it('ignores a malformed key and a call without one (each call is then its own)', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    data(await desk.dispatch('calls:log', { ...call, __submission: 'short' }));
    data(await desk.dispatch('calls:log', { ...call, __submission: 'short' }));
    data(await desk.dispatch('calls:log', call));
    expect(desk.count('select count(*) from calls')).toBe(3);
    expect(desk.count('select count(*) from submissions')).toBe(0);
  });
});
