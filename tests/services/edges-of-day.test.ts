import { describe, expect, it } from 'vitest';
import { nextClosingTime } from '../../electron/services/storage';
import { freshDesk } from '../helpers/db';
import { addLocation, bags, deposit } from '../helpers/storage';

/** Shanghai is UTC+8: `sh(24, 23, 59)` is 23:59 on 2026-11-24 (a Tuesday) at the desk. */
const sh = (day: number, hour: number, minute = 0, second = 0) => Date.UTC(2026, 10, day, hour - 8, minute, second);

/** On a controlled clock, never the machine's hour: the default pickup and the day's serials at the day's edges. */
describe('the edges of the desk day', () => {
  it('the default pickup just before and after closing, at midnight and at 00:30', async () => {
    const desk = await freshDesk();
    expect(nextClosingTime(desk.ctx, sh(24, 21, 59, 59))).toBe(sh(24, 22));
    // At 22:00 sharp the desk has closed: tomorrow's closing.
    expect(nextClosingTime(desk.ctx, sh(24, 22))).toBe(sh(25, 22));
    expect(nextClosingTime(desk.ctx, sh(24, 23, 59, 59))).toBe(sh(25, 22));
    // Midnight and half past: the new day's closing, the same one as just before midnight.
    expect(nextClosingTime(desk.ctx, sh(25, 0))).toBe(sh(25, 22));
    expect(nextClosingTime(desk.ctx, sh(25, 0, 30))).toBe(sh(25, 22));
    // Friday night: Saturday closes at 22:30.
    expect(nextClosingTime(desk.ctx, sh(27, 23, 59))).toBe(sh(28, 22, 30));
  });

  it('deposits at 23:59:59 and 00:00 site time: serials follow the site day and start again at 0001', async () => {
    const desk = await freshDesk();
    const shelf = addLocation(desk, 'D-09', true).id;
    desk.clock.current = sh(24, 23, 59, 59);
    const late = deposit(desk, bags(shelf)).slip;
    desk.clock.current = sh(25, 0);
    const midnight = deposit(desk, bags(shelf)).slip;
    desk.clock.current = sh(25, 0, 30);
    const after = deposit(desk, bags(shelf)).slip;
    expect(late.serialNo).toMatch(/-20261124-0001$/);
    expect(midnight.serialNo).toMatch(/-20261125-0001$/);
    expect(after.serialNo).toMatch(/-20261125-0002$/);
    expect(midnight.expectedPickupAt).toBe(sh(25, 22));
    expect(late.expectedPickupAt).toBe(sh(25, 22));
  });
});
