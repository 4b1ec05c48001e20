import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDeskTime, type DeskHours, openingOf, replyByPreset } from '../../shared/contract/desk-hours';
import type { ClosedDays, VersionedSetting } from '../../shared/contract/settings';
import { data, startIpcDesk } from '../helpers/ipc';

const HOUR = 3600_000;
const MINUTE = 60_000;
/** A moment on the site's clock (Shanghai is UTC+8 all year). */
const at = (local: string) => Date.parse(`${local}+08:00`);
const siteDay = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

/** The desk hours the calls form reads, after a supervisor has made Wednesday 2026-12-02 a closed day. */
async function deskHoursWithClosedWednesday() {
  const desk = await startIpcDesk();
  await desk.loginAs('K003', 'supervisor');
  const before = data<DeskHours>(await desk.dispatch('settings:deskHours', {}));
  expect(before).toEqual({
    hours: { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' },
    timeZone: 'Asia/Shanghai',
    closedDays: [],
  });
  const closed = data<VersionedSetting<ClosedDays>>(await desk.dispatch('settings:closedDays', {}));
  data(
    await desk.dispatch('settings:saveClosedDays', {
      version: closed.version,
      days: [{ date: '2026-12-02', name: '设备检修闭店' }],
    }),
  );
  await desk.loginAs('K001', 'clerk');
  return { desk, hours: data<DeskHours>(await desk.dispatch('settings:deskHours', {})) };
}

describe("a callback's reply-by quick choices follow the service's desk hours and closed days", () => {
  it('the form reads the closed days the supervisor saved', async () => {
    const { hours } = await deskHoursWithClosedWednesday();
    expect(hours.closedDays).toEqual(['2026-12-02']);
  });

  it('at 21:00 Tuesday, before a closed Wednesday: 2 hours is Thursday 10:30, closing is tonight', async () => {
    const { hours } = await deskHoursWithClosedWednesday();
    const now = at('2026-12-01T21:00');
    expect(replyByPreset(hours, 'in30m', now)).toBe(at('2026-12-01T21:30'));
    expect(replyByPreset(hours, 'in2h', now)).toBe(at('2026-12-03T10:30'));
    expect(replyByPreset(hours, 'closing', now)).toBe(at('2026-12-01T22:00'));
    // Without the closed day the same choice is Wednesday: the closed day, not the clock, moved it.
    expect(replyByPreset({ ...hours, closedDays: [] }, 'in2h', now)).toBe(at('2026-12-02T10:30'));
  });

  it('after closing on Tuesday every choice is on Thursday, none on the closed day', async () => {
    const { hours } = await deskHoursWithClosedWednesday();
    const now = at('2026-12-01T22:10');
    expect(replyByPreset(hours, 'in30m', now)).toBe(at('2026-12-03T10:00'));
    expect(replyByPreset(hours, 'in2h', now)).toBe(at('2026-12-03T11:30'));
    expect(replyByPreset(hours, 'closing', now)).toBe(at('2026-12-03T22:00'));
    expect(replyByPreset({ ...hours, closedDays: [] }, 'closing', now)).toBe(at('2026-12-02T22:00'));
  });

  it('the form and the service count over the same hours: a 4-hour span is the service’s 特急 deadline', async () => {
    const { desk, hours } = await deskHoursWithClosedWednesday();
    desk.clock.current = at('2026-12-01T21:00');
    await desk.loginAs('K001', 'clerk');
    const service = data<{ deadlineAt: number }>(
      await desk.dispatch('complaints:deadline', { urgency: 'very_urgent', from: desk.clock.now() }),
    );
    expect(addDeskTime(hours, desk.clock.now(), 4 * HOUR)).toBe(service.deadlineAt);
    expect(service.deadlineAt).toBe(at('2026-12-03T12:30'));
  });

  it('property: a quick choice is never on a closed day, never while the desk is shut, never early', () => {
    const start = at('2027-01-25T00:00');
    const hours = { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        fc.constantFrom('in30m' as const, 'in2h' as const, 'closing' as const),
        fc.uniqueArray(fc.integer({ min: 0, max: 25 }), { maxLength: 6 }),
        (minute, preset, offsets) => {
          const closedDays = offsets.map((d) => siteDay(start + d * 24 * HOUR));
          const desk: DeskHours = { hours, timeZone: 'Asia/Shanghai', closedDays };
          const now = start + minute * MINUTE;
          const due = replyByPreset(desk, preset, now);
          const day = openingOf(desk, due);
          expect(closedDays).not.toContain(siteDay(due));
          expect(due).toBeGreaterThanOrEqual(day.open);
          expect(due).toBeLessThanOrEqual(day.close);
          expect(due).toBeGreaterThan(now);
          if (preset !== 'closing')
            expect(due - now).toBeGreaterThanOrEqual(preset === 'in30m' ? 30 * MINUTE : 2 * HOUR);
        },
      ),
      { numRuns: 300 },
    );
  });
});
