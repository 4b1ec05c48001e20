import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeBy, targetArrival } from '../../electron/services/repairs/settings';
import type { ComplaintDetail } from '../../shared/contract/complaints-views';
import { addDeskTime, type DeskHours, nextOpenMoment } from '../../shared/contract/desk-hours';
import type { ClosedDays, VersionedSetting } from '../../shared/contract/settings';
import { data, type IpcDesk, startIpcDesk } from '../helpers/ipc';

const HOUR = 3600_000;
/** A moment on the site's clock (the demo site is in Shanghai, UTC+8 all year; the desk opens 09:30–22:00). */
const at = (local: string) => Date.parse(`${local}+08:00`);

/** A 特急 complaint (4 desk hours by default) or an 急 one (24) registered at `receivedAt`, the clock standing there. */
async function complaintAt(desk: IpcDesk, receivedAt: number, urgency: 'very_urgent' | 'urgent' = 'very_urgent') {
  desk.clock.current = receivedAt;
  const made = data<ComplaintDetail>(
    await desk.dispatch('complaints:create', {
      channel: 'phone',
      customerName: '吴先生',
      phone: '13900002222',
      type: 'service',
      reason: '夜里打来电话，停车场道闸抬不起来',
      urgency,
    }),
  );
  return made.deadlineAt;
}

describe('an hour-based deadline started while the desk is closed starts counting at opening', () => {
  it('a 特急 complaint received at 00:30, 08:00 or 23:00 is due 4 hours after the next opening, not 4 after receipt', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K002', 'lead');
    // Tuesday 2026-11-24; the desk opens at 09:30.
    expect(await complaintAt(desk, at('2026-11-24T00:30'))).toBe(at('2026-11-24T13:30'));
    expect(await complaintAt(desk, at('2026-11-24T08:00'))).toBe(at('2026-11-24T13:30'));
    expect(await complaintAt(desk, at('2026-11-24T23:00'))).toBe(at('2026-11-25T13:30'));
    // The night is not counted: received at 00:30, it is not due at 04:30, nor overdue before 13:30.
    desk.clock.current = at('2026-11-24T00:30');
    expect(
      data<{ deadlineAt: number }>(
        await desk.dispatch('complaints:deadline', { urgency: 'very_urgent', from: at('2026-11-24T00:30') }),
      ).deadlineAt,
    ).toBe(at('2026-11-24T13:30'));
    // 24 hours from 23:00 start at Wednesday's opening: Thursday 09:30, not Wednesday 23:00 moved to Thursday 10:30.
    expect(await complaintAt(desk, at('2026-11-24T23:00'), 'urgent')).toBe(at('2026-11-26T09:30'));
  });

  it('while the desk is open, the hours count from receipt at once, to the minute (no moving to an opening)', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K002', 'lead');
    expect(await complaintAt(desk, at('2026-11-24T09:30'))).toBe(at('2026-11-24T13:30'));
    expect(await complaintAt(desk, at('2026-11-24T10:07'))).toBe(at('2026-11-24T14:07'));
    // Received in the last hour, it runs one hour that evening and three the next morning.
    expect(await complaintAt(desk, at('2026-11-24T21:00'))).toBe(at('2026-11-25T12:30'));
    expect(await complaintAt(desk, at('2026-11-24T21:00'))).not.toBe(at('2026-11-25T01:00'));
  });

  it('received on a closed day it starts at the next day the desk opens; a repair target the same way', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    const closed = data<VersionedSetting<ClosedDays>>(await desk.dispatch('settings:closedDays', {}));
    data(
      await desk.dispatch('settings:saveClosedDays', {
        version: closed.version,
        days: [{ date: '2027-02-06', name: '春节闭店' }],
      }),
    );
    // Saturday 6 February closed; Sunday 7 opens at 09:30 (weekend hours).
    expect(await complaintAt(desk, at('2027-02-06T11:00'))).toBe(at('2027-02-07T13:30'));
    expect(await complaintAt(desk, at('2027-02-05T23:30'))).toBe(at('2027-02-07T13:30'));
    if (desk.runtime.state.kind !== 'ready') throw new Error('no desk');
    const { ctx } = desk.runtime.state;
    // An urgent repair reported at 03:00: 15 minutes and 4 hours from the opening, not from 03:00.
    expect(targetArrival(ctx, 'urgent', at('2027-02-08T03:00'))).toBe(at('2027-02-08T09:45'));
    expect(completeBy(ctx, 'urgent', at('2027-02-08T03:00'))).toBe(at('2027-02-08T13:30'));
    // Reported at 10:00 while open, it counts from then.
    expect(targetArrival(ctx, 'urgent', at('2027-02-08T10:00'))).toBe(at('2027-02-08T10:15'));
    expect(completeBy(ctx, 'urgent', at('2027-02-08T10:00'))).toBe(at('2027-02-08T10:00') + 4 * HOUR);
  });
});

describe('the rule under any start', () => {
  const desk: DeskHours = {
    hours: { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' },
    timeZone: 'Asia/Shanghai',
    closedDays: ['2026-12-25'],
  };
  it('property: a deadline is never earlier than its span counted from the first open moment at or after its start', () => {
    const start = at('2026-12-01T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        fc.integer({ min: 1, max: 3 * 24 * 60 }),
        (fromMinute, spanMinutes) => {
          const from = start + fromMinute * 60_000;
          const span = spanMinutes * 60_000;
          const due = addDeskTime(desk, from, span);
          expect(due).toBeGreaterThanOrEqual(nextOpenMoment(desk, from) + span);
        },
      ),
      { numRuns: 400 },
    );
  });
});
