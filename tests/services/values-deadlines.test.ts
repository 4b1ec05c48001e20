import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getComplaint,
  getComplaintSettings,
  listComplaints,
  saveComplaintSettings,
} from '../../electron/services/complaints';
import { nextClosingTime } from '../../electron/services/storage';
import { type ComplaintSettings, complaintSettingsSchema } from '../../shared/contract/complaints';
import { addDeskTime, type DeskHours, nextClosing, openingOf } from '../../shared/contract/desk-hours';
import { freshDesk } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { fileComplaint, HOUR, MINUTE } from './complaints-helpers';

const desk: DeskHours = {
  hours: { weekdayOpen: '09:30', weekdayClose: '22:00', weekendOpen: '09:30', weekendClose: '22:30' },
  timeZone: 'Asia/Shanghai',
};
/** A moment on the site's clock (Shanghai is UTC+8 all year). */
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('deadlines that respect the desk hours', () => {
  it('moves the part of a span after closing to the next opening, and leaves one that ends while open', () => {
    // Tuesday 2026-11-24.
    expect(addDeskTime(desk, at('2026-11-24T10:00'), 4 * HOUR)).toBe(at('2026-11-24T14:00'));
    expect(addDeskTime(desk, at('2026-11-24T21:00'), 4 * HOUR)).toBe(at('2026-11-25T12:30'));
    expect(addDeskTime(desk, at('2026-11-24T23:00'), HOUR)).toBe(at('2026-11-25T10:30'));
    expect(addDeskTime(desk, at('2026-11-24T08:00'), HOUR)).toBe(at('2026-11-24T10:30'));
    // Started before opening, it counts from the opening (09:30), even though 12:00 would fall while open.
    expect(addDeskTime(desk, at('2026-11-24T08:00'), 4 * HOUR)).toBe(at('2026-11-24T13:30'));
    // Friday evening into Saturday; Saturday closes at 22:30.
    expect(addDeskTime(desk, at('2026-11-27T21:30'), 2 * HOUR)).toBe(at('2026-11-28T11:00'));
    expect(addDeskTime(desk, at('2026-11-28T22:00'), HOUR)).toBe(at('2026-11-29T10:00'));
  });

  it('closing time is today until closing, then the next day’s (weekend hours on Saturday)', () => {
    expect(nextClosing(desk, at('2026-11-24T10:00'))).toBe(at('2026-11-24T22:00'));
    expect(nextClosing(desk, at('2026-11-24T22:03'))).toBe(at('2026-11-25T22:00'));
    expect(nextClosing(desk, at('2026-11-27T22:05'))).toBe(at('2026-11-28T22:30'));
    expect(nextClosing(desk, at('2026-11-25T03:00'))).toBe(at('2026-11-25T22:00'));
  });

  it('property: a deadline is never before its span on the clock, and always while the desk is open', () => {
    const start = at('2026-01-01T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 1, max: 7 * 24 * 60 }),
        (fromMinute, spanMinutes) => {
          const from = start + fromMinute * MINUTE;
          const due = addDeskTime(desk, from, spanMinutes * MINUTE);
          const day = openingOf(desk, due);
          expect(due).toBeGreaterThanOrEqual(from + spanMinutes * MINUTE);
          expect(due).toBeGreaterThanOrEqual(day.open);
          expect(due).toBeLessThanOrEqual(day.close);
          const closing = nextClosing(desk, from);
          expect(closing).toBeGreaterThan(from);
          expect(closing).toBe(openingOf(desk, closing).close);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a 特急 complaint received at 21:00 is due the next morning, never at 01:00; a deposit after closing is due the next closing', async () => {
    const d = await freshDesk();
    d.clock.current = at('2026-11-24T21:00');
    const c = fileComplaint(d, { urgency: 'very_urgent' });
    expect(c.deadlineAt).toBe(at('2026-11-25T12:30'));
    // A normal one, three working days on, falls within that day's hours even when received after closing.
    d.clock.current = at('2026-11-24T23:30');
    const late = fileComplaint(d);
    expect(late.deadlineAt).toBe(at('2026-11-27T22:00'));
    d.clock.current = at('2026-11-24T22:03');
    expect(nextClosingTime(d.ctx, d.clock.now())).toBe(at('2026-11-25T22:00'));
  });

  it('due soon is the supervisor’s window per urgency, not the moment a 特急 complaint is filed', async () => {
    const d = await freshDesk();
    d.clock.current = at('2026-11-24T10:00');
    const urgent = fileComplaint(d, { urgency: 'very_urgent' });
    expect(getComplaint(d.ctx, urgent.id).deadlineState).toBe('ok');
    d.clock.advance(3 * HOUR + 1 * MINUTE);
    expect(getComplaint(d.ctx, urgent.id).deadlineState).toBe('dueSoon');
    d.clock.current = at('2026-11-24T10:00');
    const settings = getComplaintSettings(d.ctx);
    saveComplaintSettings(d.ctx, d.clerkByRole('supervisor'), {
      ...settings,
      dueSoonMinutes: { ...settings.dueSoonMinutes, very_urgent: 230 },
    });
    const open = listComplaints(d.ctx, { scope: 'open', text: '', cursor: null, limit: 10 });
    expect(open.rows.map((r) => r.deadlineState)).toEqual(['ok']);
    d.clock.advance(11 * MINUTE);
    expect(getComplaint(d.ctx, urgent.id).deadlineState).toBe('dueSoon');
  });

  it('refuses a window as long as the deadline, and keeps an older setting that had none', async () => {
    const d = await freshDesk();
    const settings = getComplaintSettings(d.ctx);
    const tooLong = { ...settings, dueSoonMinutes: { ...settings.dueSoonMinutes, very_urgent: 240 } };
    const parsed = complaintSettingsSchema.safeParse(tooLong);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['dueSoonMinutes', 'very_urgent'],
      message: 'errors.dueSoonNotShorter',
    });
    expect(() => saveComplaintSettings(d.ctx, d.clerkByRole('supervisor'), tooLong)).toThrow(/dueSoonNotShorter/);
    expect(d.ctx.sqlite.prepare("select count(*) from settings where key = 'complaints'").pluck().get()).toBe(0);
    // A setting stored before the windows existed, with a 1-hour 特急 deadline: kept, its window cut to 30 minutes.
    const { dueSoonMinutes: _none, ...older } = settings;
    const stored = { ...older, deadlines: { ...settings.deadlines, very_urgent: { unit: 'hours', amount: 1 } } };
    d.ctx.sqlite
      .prepare("insert into settings (key, value, updated_at) values ('complaints', ?, 0)")
      .run(JSON.stringify(stored));
    const read = getComplaintSettings(d.ctx);
    expect(read.deadlines.very_urgent).toEqual({ unit: 'hours', amount: 1 });
    expect(read.dueSoonMinutes).toEqual({ very_urgent: 30, urgent: 240, normal: 1440 });
  });
});

describe('the due-soon window through the channel', () => {
  it('a supervisor’s window as long as the deadline is refused at its field; a shorter one is saved', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    const current = data<ComplaintSettings>(await desk.dispatch('complaints:settings', {}));
    expect(current.dueSoonMinutes).toEqual({ very_urgent: 60, urgent: 240, normal: 1440 });
    const refused = failure(
      await desk.dispatch('complaints:saveSettings', {
        ...current,
        dueSoonMinutes: { ...current.dueSoonMinutes, very_urgent: 240 },
      }),
    );
    expect(refused.fieldErrors?.['dueSoonMinutes.very_urgent']).toBe('errors.dueSoonNotShorter');
    const saved = data<ComplaintSettings>(
      await desk.dispatch('complaints:saveSettings', {
        ...current,
        dueSoonMinutes: { ...current.dueSoonMinutes, very_urgent: 120 },
      }),
    );
    expect(saved.dueSoonMinutes.very_urgent).toBe(120);
  });
});
