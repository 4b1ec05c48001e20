import { describe, expect, it } from 'vitest';
import { closeRuntime } from '../../electron/app/runtime';
import type { VisitView } from '../../shared/contract/reception';
import { TestClock, tempDir } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

async function startDesk(dataDir = tempDir(), clock = new TestClock(), schedulers = false) {
  const desk = await startIpcDesk({ dataDir, clock, schedulers });
  return {
    runtime: desk.runtime,
    dispatch: desk.dispatch,
    loginAs: desk.loginAs,
    visitCount: () => desk.count('select count(*) from visits'),
    count: desk.count,
  };
}

describe('reception channels', () => {
  it('refuse bad input before the service runs, naming the field', async () => {
    const { dispatch, loginAs, visitCount } = await startDesk();
    await loginAs('K001', 'clerk');
    const good = { visitorName: '张三', purpose: 'visit' };
    expect(failure(await dispatch('reception:register', { ...good, visitorName: '' }))).toMatchObject({
      code: 'invalid_input',
      field: 'visitorName',
      messageKey: 'errors.required',
    });
    expect(failure(await dispatch('reception:register', { ...good, phone: '1234' }))).toMatchObject({
      field: 'phone',
      messageKey: 'errors.phoneMobileLength',
    });
    expect(
      failure(await dispatch('reception:register', { ...good, idType: 'resident_id', idNumber: '110105194912310021' })),
    ).toMatchObject({ field: 'idNumber', messageKey: 'errors.residentIdCheck' });
    expect(failure(await dispatch('reception:register', { ...good, plate: '沪12345' }))).toMatchObject({
      field: 'plate',
      messageKey: 'errors.plateFormat',
    });
    expect(visitCount()).toBe(0);
    data<VisitView>(await dispatch('reception:register', good));
    expect(visitCount()).toBe(1);
  });

  it('void is for lead and up; the watch list for supervisors', async () => {
    const { dispatch, loginAs } = await startDesk();
    await loginAs('K001', 'clerk');
    const visit = data<VisitView>(await dispatch('reception:register', { visitorName: '张三', purpose: 'visit' }));
    expect(failure(await dispatch('reception:void', { id: visit.id, version: visit.version, reason: '错' })).code).toBe(
      'forbidden',
    );
    expect(failure(await dispatch('reception:watchList', {})).code).toBe('forbidden');
    await loginAs('K002', 'lead');
    expect(
      failure(await dispatch('reception:void', { id: visit.id, version: visit.version, reason: '' })),
    ).toMatchObject({
      field: 'reason',
      messageKey: 'errors.required',
    });
    expect(
      data<VisitView>(await dispatch('reception:void', { id: visit.id, version: visit.version, reason: '错' }))
        .voidReason,
    ).toBe('错');
  });

  it('the retention job runs just after the app starts', async () => {
    const dataDir = tempDir();
    const clock = new TestClock();
    const first = await startDesk(dataDir, clock);
    await first.loginAs('K001', 'clerk');
    const visit = data<VisitView>(
      await first.dispatch('reception:register', { visitorName: '张三', phone: '13812345678', purpose: 'visit' }),
    );
    closeRuntime(first.runtime);
    clock.advance(181 * 24 * 60 * 60 * 1000);
    const second = await startDesk(dataDir, clock, true);
    // The job runs after start, not before it: the desk is ready with the visit still as it was.
    expect(second.count("select count(*) from visits where phone <> ''")).toBe(1);
    await second.runtime.backgroundIdle();
    await second.loginAs('K001', 'clerk');
    const again = data<VisitView>(await second.dispatch('reception:get', { id: visit.id }));
    expect(again).toMatchObject({ visitorName: '张三', phone: '', anonymisedAt: clock.now() });
  });
});
