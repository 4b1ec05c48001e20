import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDeskTime,
  type DeskHours,
  nextClosing,
  nextOpenMoment,
  openingOf,
  withinDayHours,
} from '../../shared/contract/desk-hours';
import type { ClosedDays, VersionedSetting } from '../../shared/contract/settings';
import { data, failure, startIpcDesk } from '../helpers/ipc';

const HOUR = 3600_000;
const MINUTE = 60_000;
const hours = { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' };
/** A moment on the site's clock (Shanghai is UTC+8 all year). */
const at = (local: string) => Date.parse(`${local}+08:00`);
const siteDay = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

describe('deadlines skip the days the desk is closed', () => {
  // Friday 2027-02-05 is a working day; Saturday 6th and Sunday 7th (weekend hours) are closed for 春节.
  const desk: DeskHours = { hours, timeZone: 'Asia/Shanghai', closedDays: ['2027-02-06', '2027-02-07'] };

  it('a span that runs past Friday closing goes on on Monday, across a closed weekend', () => {
    expect(addDeskTime(desk, at('2027-02-05T21:00'), 4 * HOUR)).toBe(at('2027-02-08T12:30'));
    // Without the closed days it would be Saturday morning: the rule, not the clock, moved it.
    expect(addDeskTime({ ...desk, closedDays: [] }, at('2027-02-05T21:00'), 4 * HOUR)).toBe(at('2027-02-06T12:30'));
  });

  it('a span starting on a closed day starts at the next opening', () => {
    expect(addDeskTime(desk, at('2027-02-06T11:00'), HOUR)).toBe(at('2027-02-08T10:30'));
    expect(nextOpenMoment(desk, at('2027-02-06T11:00'))).toBe(at('2027-02-08T09:30'));
  });

  it('closing time and a day’s deadline on a closed day are the next opening day’s closing', () => {
    expect(nextClosing(desk, at('2027-02-05T22:03'))).toBe(at('2027-02-08T22:00'));
    expect(nextClosing(desk, at('2027-02-07T10:00'))).toBe(at('2027-02-08T22:00'));
    expect(withinDayHours(desk, at('2027-02-06T15:00'))).toBe(at('2027-02-08T22:00'));
    expect(withinDayHours(desk, at('2027-02-05T15:00'))).toBe(at('2027-02-05T15:00'));
  });

  it('property: a deadline never falls on a closed day and is never early', () => {
    const start = at('2027-01-25T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 * 24 * 60 }),
        fc.integer({ min: 1, max: 3 * 24 * 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }),
        (fromMinute, spanMinutes, closedOffsets) => {
          const closedDays = closedOffsets.map((d) => siteDay(start + d * 24 * HOUR));
          const d: DeskHours = { hours, timeZone: 'Asia/Shanghai', closedDays };
          const from = start + fromMinute * MINUTE;
          const due = addDeskTime(d, from, spanMinutes * MINUTE);
          const day = openingOf(d, due);
          expect(closedDays).not.toContain(siteDay(due));
          expect(due).toBeGreaterThanOrEqual(from + spanMinutes * MINUTE);
          expect(due).toBeGreaterThanOrEqual(day.open);
          expect(due).toBeLessThanOrEqual(day.close);
          expect(closedDays).not.toContain(siteDay(nextClosing(d, from)));
        },
      ),
    );
  });
});

describe('the closed-days setting through the channel', () => {
  it('a supervisor saves closed days; a date twice or a bad date is refused at its field, nothing written', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    const empty = data<VersionedSetting<ClosedDays>>(await desk.dispatch('settings:closedDays', {}));
    expect(empty.days).toEqual([]);
    const twice = failure(
      await desk.dispatch('settings:saveClosedDays', {
        version: empty.version,
        days: [
          { date: '2027-02-06', name: '春节闭店' },
          { date: '2027-02-06', name: '春节' },
        ],
      }),
    );
    expect(twice.fieldErrors?.['days.1.date']).toBe('errors.closedDayTwice');
    const bad = failure(
      await desk.dispatch('settings:saveClosedDays', {
        version: empty.version,
        days: [{ date: '2027-02-30', name: '春节闭店' }],
      }),
    );
    expect(bad.fieldErrors?.['days.0.date']).toBe('errors.dateFormat');
    const unnamed = failure(
      await desk.dispatch('settings:saveClosedDays', {
        version: empty.version,
        days: [{ date: '2027-02-06', name: ' ' }],
      }),
    );
    expect(unnamed.fieldErrors?.['days.0.name']).toBeDefined();
    expect(desk.count("select count(*) from settings where key = 'closedDays'")).toBe(0);
    const saved = data<VersionedSetting<ClosedDays>>(
      await desk.dispatch('settings:saveClosedDays', {
        version: empty.version,
        days: [
          { date: '2027-02-07', name: '春节闭店' },
          { date: '2027-02-06', name: '除夕闭店' },
        ],
      }),
    );
    expect(saved.days.map((d) => d.date)).toEqual(['2027-02-06', '2027-02-07']);
    const stale = failure(await desk.dispatch('settings:saveClosedDays', { version: empty.version, days: [] }));
    expect(stale.code).toBe('conflict');
  });

  it('a clerk who is not a supervisor cannot change the closed days', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const refused = failure(await desk.dispatch('settings:saveClosedDays', { version: 0, days: [] }));
    expect(refused.code).toBe('forbidden');
  });
});
