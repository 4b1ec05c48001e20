import { describe, expect, it } from 'vitest';
import { defaultDeadline } from '../../electron/services/complaints/settings';
import { freshDesk } from '../helpers/db';
import { fileComplaint } from './complaints-helpers';

/**
 * Shanghai is UTC+8: `sh(10, 8, 0, 30)` is 00:30 on Thu 2026-10-08 at the desk, still Oct 7 (a holiday) in UTC.
 * 国庆 2026 by the packaged calendar: Oct 1–7 rest days, Sat Oct 10 a make-up working day (调休), Sun Oct 11 rest.
 * Desk hours (defaults): weekdays 09:30–22:00, Saturday and Sunday 09:30–22:30.
 */
const sh = (month: number, day: number, hour: number, minute = 0) => Date.UTC(2026, month - 1, day, hour - 8, minute);

/** A 一般 complaint is due in 3 working days by default: at the edges of the day, around a holiday, on a controlled clock. */
describe('complaint deadlines across a holiday at the edges of the day', () => {
  it('counts working days from the site day the complaint came in on, not the UTC day', async () => {
    const desk = await freshDesk();
    const due = (at: number) => defaultDeadline(desk.ctx, 'normal', at);
    // 23:59 on the last working day before the holiday: Oct 8, 9 and the 调休 Saturday; after closing, so at
    // Saturday's closing (weekend hours), not 23:59.
    expect(due(sh(9, 30, 23, 59))).toBe(sh(10, 10, 22, 30));
    // 00:30 on the first holiday (still Sep 30 in UTC): the same three working days, due at Saturday's opening.
    expect(due(sh(10, 1, 0, 30))).toBe(sh(10, 10, 9, 30));
    // 23:30 on the last holiday evening: Oct 8, 9, 10 again.
    expect(due(sh(10, 7, 23, 30))).toBe(sh(10, 10, 22, 30));
    // 00:30 on the first working day after it (Oct 7, a holiday, in UTC): counting starts after Oct 8, so Oct 9,
    // the 调休 Saturday and Monday Oct 12 (Sunday rests), at Monday's opening. Counted by the UTC day it would be Oct 10.
    expect(due(sh(10, 8, 0, 30))).toBe(sh(10, 12, 9, 30));
    // Noon on the Sunday after the 调休 Saturday: Mon–Wed, at the same hour.
    expect(due(sh(10, 11, 12))).toBe(sh(10, 14, 12));
  });

  it('stores that deadline on a complaint filed at 00:30 on the first day after the holiday', async () => {
    const desk = await freshDesk();
    desk.clock.current = sh(10, 8, 0, 30);
    const complaint = fileComplaint(desk);
    expect(complaint.receivedAt).toBe(sh(10, 8, 0, 30));
    expect(complaint.deadlineAt).toBe(sh(10, 12, 9, 30));
    expect(complaint.serialNo).toMatch(/-20261008-0001$/);
  });

  it('counts hours on through the holiday, when the desk is open, never in the night', async () => {
    const desk = await freshDesk();
    // 特急 4 h at 21:00 on the eve: one hour that evening, three from 09:30 on Oct 1.
    expect(defaultDeadline(desk.ctx, 'very_urgent', sh(9, 30, 21))).toBe(sh(10, 1, 12, 30));
    // 紧急 24 h at 21:00 on the eve end at 21:00 on the holiday, while the desk is open (a holiday keeps the desk's
    // hours of its weekday): unchanged. From 23:00, after closing, the night is not counted: they start at 09:30 on
    // Oct 1 and end at 09:30 on Oct 2, while the desk is open.
    expect(defaultDeadline(desk.ctx, 'urgent', sh(9, 30, 21))).toBe(sh(10, 1, 21));
    expect(defaultDeadline(desk.ctx, 'urgent', sh(9, 30, 23))).toBe(sh(10, 2, 9, 30));
  });
});
