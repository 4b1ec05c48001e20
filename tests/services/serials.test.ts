import { describe, expect, it } from 'vitest';
import { saveSite } from '../../electron/services/settings';
import { write } from '../../electron/services/write';
import { freshDesk } from '../helpers/db';

const SERIAL = /^([A-Z]+)-([A-Z0-9]+)-(\d{8})-(\d{4,})$/;

function parts(serial: string): { prefix: string; site: string; day: string; n: number } {
  const m = SERIAL.exec(serial);
  if (!m) throw new Error(`not a serial: ${serial}`);
  return { prefix: m[1] as string, site: m[2] as string, day: m[3] as string, n: Number(m[4]) };
}

/** The calendar day in Shanghai computed independently of the service: UTC+8, no daylight saving. */
function shanghaiDay(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

describe('serial numbers', () => {
  it('1,000 quick allocations are unique, gapless and well formed', async () => {
    const { ctx, clock } = await freshDesk();
    const serials: string[] = [];
    for (let i = 0; i < 1000; i++) serials.push(write(ctx, null, (tx) => tx.serial('TS')));

    expect(new Set(serials).size).toBe(1000);
    const day = shanghaiDay(clock.now());
    serials.forEach((serial, i) => {
      expect(serial).toMatch(/^TS-XH-\d{8}-\d{4}$/);
      expect(parts(serial)).toEqual({ prefix: 'TS', site: 'XH', day, n: i + 1 });
    });
    expect(serials[0]).toBe(`TS-XH-${day}-0001`);
    expect(serials[999]).toBe(`TS-XH-${day}-1000`);
    expect(
      ctx.sqlite.prepare('select last from serial_counters where prefix = ? and day = ?').pluck().get('TS', day),
    ).toBe(1000);
  });

  it('uses the day in Asia/Shanghai, not in UTC', async () => {
    const { ctx, clock } = await freshDesk();
    clock.current = Date.UTC(2026, 10, 24, 15, 59, 59, 999); // 23:59:59.999 on the 24th in Shanghai
    expect(write(ctx, null, (tx) => tx.serial('TS'))).toBe('TS-XH-20261124-0001');
    clock.advance(1); // midnight in Shanghai, still the 24th in UTC
    expect(write(ctx, null, (tx) => tx.serial('TS'))).toBe('TS-XH-20261125-0001');
    clock.current = Date.UTC(2026, 10, 24, 17, 0, 0);
    expect(new Date(clock.current).toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(write(ctx, null, (tx) => tx.serial('TS'))).toBe('TS-XH-20261125-0002');
  });

  it('follows the site time zone and code when they are changed', async () => {
    const { ctx, clock } = await freshDesk();
    clock.current = Date.UTC(2026, 10, 24, 17, 0, 0); // 25th in Shanghai, 24th in London
    saveSite(ctx, null, { name: '星河广场', code: 'XHB', timeZone: 'Europe/London', deskPhone: '' });
    expect(write(ctx, null, (tx) => tx.serial('TS'))).toBe('TS-XHB-20261124-0001');
  });

  it('a transaction that fails after allocating gives its number back', async () => {
    const { ctx } = await freshDesk();
    const first = write(ctx, null, (tx) => tx.serial('LF'));
    let lost = '';
    expect(() =>
      write(ctx, null, (tx) => {
        lost = tx.serial('LF');
        throw new Error('save failed');
      }),
    ).toThrow('save failed');
    expect(parts(lost).n).toBe(parts(first).n + 1);
    const next = write(ctx, null, (tx) => tx.serial('LF'));
    expect(next).toBe(lost);
    expect(parts(next).n).toBe(2);
  });

  it('prefixes and days are counted separately', async () => {
    const { ctx, clock } = await freshDesk();
    const take = (prefix: string) => parts(write(ctx, null, (tx) => tx.serial(prefix)));
    expect(take('TS').n).toBe(1);
    expect(take('TS').n).toBe(2);
    expect(take('LF').n).toBe(1);
    expect(take('TS').n).toBe(3);
    expect(take('LF').n).toBe(2);

    const today = take('JC');
    clock.advance(24 * 3600_000);
    const tomorrow = take('TS');
    expect(tomorrow.n).toBe(1);
    expect(tomorrow.day).not.toBe(today.day);
    expect(tomorrow.day).toBe(shanghaiDay(clock.now()));
    expect(take('LF').n).toBe(1);
    expect(take('TS').n).toBe(2);
  });

  it('several serials in one transaction are consecutive', async () => {
    const { ctx } = await freshDesk();
    const pair = write(ctx, null, (tx) => [tx.serial('TS'), tx.serial('TS')]);
    expect(pair.map((s) => parts(s).n)).toEqual([1, 2]);
  });
});
