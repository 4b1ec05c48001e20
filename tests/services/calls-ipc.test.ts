import { describe, expect, it } from 'vitest';
import type { CallbackCounts, CallView } from '../../shared/contract/calls';
import { TestClock } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

async function startDesk(clock = new TestClock()) {
  const desk = await startIpcDesk({ clock });
  return {
    dispatch: desk.dispatch,
    loginAs: desk.loginAs,
    callCount: () => desk.count('select count(*) from calls'),
    clock,
  };
}

const good = { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary: '询问营业时间' };

describe('calls channels', () => {
  it('refuse bad input before the service runs, naming the field', async () => {
    const { dispatch, loginAs, callCount } = await startDesk();
    expect(failure(await dispatch('calls:log', good)).code).toBe('unauthenticated');
    await loginAs('K001', 'clerk');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ summary: '' }, 'summary', 'errors.required'],
      [{ phone: '1234' }, 'phone', 'errors.phoneMobileLength'],
      [{ phone: '138001380000' }, 'phone', 'errors.phoneMobileLength'],
      [{ phone: '55501234' }, 'phone', 'errors.phoneAreaCode'],
      [{ durationSec: -1 }, 'durationSec', 'errors.negativeDuration'],
      [{ replyNeeded: true }, 'replyDueAt', 'errors.replyDueRequired'],
      [{ category: 'weather' }, 'category', 'errors.required'],
    ];
    for (const [patch, field, messageKey] of cases)
      expect(failure(await dispatch('calls:log', { ...good, ...patch }))).toMatchObject({
        code: 'invalid_input',
        field,
        messageKey,
      });
    expect(failure(await dispatch('calls:log', { ...good, startedAt: Date.UTC(2027, 0, 1) }))).toMatchObject({
      code: 'rule',
      field: 'startedAt',
      messageKey: 'errors.futureTime',
    });
    expect(callCount()).toBe(0);
  });

  it('log, count for the badge, and void only from lead up', async () => {
    const { dispatch, loginAs, clock } = await startDesk();
    await loginAs('K001', 'clerk');
    const call = data<CallView>(
      await dispatch('calls:log', { ...good, replyNeeded: true, replyDueAt: clock.now() + 10 * 60_000 }),
    );
    expect(data<CallbackCounts>(await dispatch('calls:attention', {}))).toEqual({ open: 1, dueSoon: 1, overdue: 0 });
    clock.advance(11 * 60_000);
    expect(data<CallbackCounts>(await dispatch('calls:attention', {}))).toEqual({ open: 1, dueSoon: 0, overdue: 1 });
    expect(failure(await dispatch('calls:void', { id: call.id, version: call.version, reason: '重复' })).code).toBe(
      'forbidden',
    );
    await loginAs('K002', 'lead');
    expect(
      data<CallView>(await dispatch('calls:void', { id: call.id, version: call.version, reason: '重复' })).voidReason,
    ).toBe('重复');
    expect(data<CallbackCounts>(await dispatch('calls:attention', {})).open).toBe(0);
  });
});
