import { describe, expect, it } from 'vitest';
import type { ComplaintDetail, ComplaintView } from '../../shared/contract/complaints-views';
import type { BusinessHours, ClosedDays, VersionedSetting } from '../../shared/contract/settings';
import { data, failure, type IpcDesk, startIpcDesk } from '../helpers/ipc';
import { baseComplaint, MINUTE } from './complaints-helpers';

/** A moment on the site's clock (Shanghai is UTC+8 all year). */
const at = (local: string) => Date.parse(`${local}+08:00`);

/**
 * The deadline as the desk really sets it: the supervisor's settings saved through their channels, the complaint
 * filed through `complaints:create` with no deadline typed, the service counting desk time over the stored hours and
 * closed days. Wednesday 2026-12-02 is closed; weekday hours are cut to 09:30–20:00.
 */
async function deskWithClosedWednesday(): Promise<IpcDesk> {
  const desk = await startIpcDesk();
  desk.clock.current = at('2026-11-28T09:00');
  await desk.loginAs('K003', 'supervisor');
  const hours = data<VersionedSetting<BusinessHours>>(await desk.dispatch('settings:businessHours', {}));
  data(
    await desk.dispatch('settings:saveBusinessHours', {
      version: hours.version,
      weekdayOpen: '09:30',
      weekdayClose: '20:00',
      weekendOpen: '09:30',
      weekendClose: '22:30',
    }),
  );
  const closed = data<VersionedSetting<ClosedDays>>(await desk.dispatch('settings:closedDays', {}));
  data(
    await desk.dispatch('settings:saveClosedDays', {
      version: closed.version,
      days: [{ date: '2026-12-02', name: '设备检修闭店' }],
    }),
  );
  return desk;
}

async function file(desk: IpcDesk, urgency: 'very_urgent' | 'urgent' | 'normal'): Promise<ComplaintDetail> {
  const offered = data<{ deadlineAt: number }>(
    await desk.dispatch('complaints:deadline', { urgency, from: desk.clock.now() }),
  );
  const filed = data<ComplaintDetail>(await desk.dispatch('complaints:create', { ...baseComplaint, urgency }));
  // What the form offered is what was stored: one rule, not a second guess in the form.
  expect(filed.deadlineAt).toBe(offered.deadlineAt);
  return filed;
}

describe('complaint deadlines through the real path: stored hours and closed days', () => {
  it('a 特急 promise at 19:00 Tuesday: one hour that evening, three from Thursday’s opening, never on the closed day', async () => {
    const desk = await deskWithClosedWednesday();
    desk.clock.current = at('2026-12-01T19:00');
    await desk.loginAs('K001', 'clerk');
    const urgent = await file(desk, 'very_urgent');
    expect(urgent.deadlineAt).toBe(at('2026-12-03T12:30'));
    // Neither the clock (23:00) nor the closed Wednesday (12:30 on 12-02) is what was stored.
    expect(urgent.deadlineAt).not.toBe(at('2026-12-01T23:00'));
    expect(urgent.deadlineAt).not.toBe(at('2026-12-02T12:30'));
    // 24 desk hours: 1 on Tuesday, none on Wednesday, 10.5 on Thursday and on Friday (09:30–20:00), then 2 from
    // Saturday's opening.
    const day = await file(desk, 'urgent');
    expect(day.deadlineAt).toBe(at('2026-12-05T11:30'));
  });

  it('three working days landing on the closed day are kept by the next open day’s closing', async () => {
    const desk = await deskWithClosedWednesday();
    // Saturday 21:00: Monday, Tuesday, Wednesday 21:00, the closed day.
    desk.clock.current = at('2026-11-28T21:00');
    await desk.loginAs('K001', 'clerk');
    const normal = await file(desk, 'normal');
    expect(normal.deadlineAt).toBe(at('2026-12-03T20:00'));
  });

  it('due soon counts from the computed deadline with the supervisor’s window, not from filing', async () => {
    const desk = await deskWithClosedWednesday();
    desk.clock.current = at('2026-12-01T19:00');
    await desk.loginAs('K001', 'clerk');
    const urgent = await file(desk, 'very_urgent');
    const stateAt = async (local: string) => {
      desk.clock.current = at(local);
      await desk.loginAs('K001', 'clerk');
      const list = data<{ rows: ComplaintView[] }>(
        await desk.dispatch('complaints:list', { scope: 'open', text: '', cursor: null, limit: 10 }),
      );
      return list.rows.find((r) => r.id === urgent.id)?.deadlineState;
    };
    // Filed 特急, it is not due soon at once, nor through the closed Wednesday.
    expect(await stateAt('2026-12-01T19:01')).toBe('ok');
    expect(await stateAt('2026-12-02T15:00')).toBe('ok');
    // The default window for 特急 is 60 minutes before 12:30 on Thursday.
    expect(await stateAt('2026-12-03T11:29')).toBe('ok');
    expect(await stateAt('2026-12-03T11:31')).toBe('dueSoon');
    desk.clock.current = at('2026-12-03T12:31');
    await desk.loginAs('K001', 'clerk');
    const late = data<ComplaintDetail>(await desk.dispatch('complaints:get', { id: urgent.id }));
    expect(late.deadlineState).toBe('overdue');
    expect(late.effectiveDeadlineAt - desk.clock.now()).toBe(-1 * MINUTE);
  });

  it('a clerk cannot move the closed days the deadlines are counted over', async () => {
    const desk = await deskWithClosedWednesday();
    await desk.loginAs('K001', 'clerk');
    const refused = failure(await desk.dispatch('settings:saveClosedDays', { version: 1, days: [] }));
    expect(refused.code).toBe('forbidden');
    const stored = data<VersionedSetting<ClosedDays>>(await desk.dispatch('settings:closedDays', {}));
    expect(stored.days.map((d) => d.date)).toEqual(['2026-12-02']);
  });
});
