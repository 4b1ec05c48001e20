import { describe, expect, it } from 'vitest';
import { listCalls, logCall, voidCall } from '../../electron/services/calls';
import { type LogCallInput, listCallsInput, logCallInput } from '../../shared/contract/calls';
import { freshDesk, type TestDesk } from '../helpers/db';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const base: LogCallInput = {
  direction: 'incoming',
  callerName: '刘先生',
  phone: '13812345678',
  category: 'enquiry',
  summary: '询问停车收费标准',
};

function log(desk: TestDesk, input: Partial<LogCallInput> = {}) {
  return logCall(desk.ctx, desk.clerkByRole('clerk'), logCallInput.parse({ ...base, ...input }));
}

describe('lists', () => {
  it('page newest first with a stable cursor, even with many calls in the same millisecond', async () => {
    const desk = await freshDesk();
    for (let i = 0; i < 25; i++) log(desk, { startedAt: desk.clock.now() - Math.floor(i / 5) * MINUTE });
    const seen: string[] = [];
    let cursor = null;
    for (let page = 0; page < 10; page++) {
      const result = listCalls(desk.ctx, listCallsInput.parse({ limit: 7, cursor }));
      seen.push(...result.rows.map((r) => r.id));
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const all = listCalls(desk.ctx, listCallsInput.parse({ limit: 200 })).rows.map((r) => r.id);
    expect(seen).toEqual(all);
  });

  it('filter by date range, category, direction, clerk, text and voided', async () => {
    const desk = await freshDesk();
    const now = desk.clock.now();
    const old = log(desk, { startedAt: now - 2 * DAY, category: 'suggestion', summary: '建议增加母婴室' });
    const out = logCall(
      desk.ctx,
      desk.clerkByRole('lead'),
      logCallInput.parse({ ...base, direction: 'outgoing', summary: '通知失物招领' }),
    );
    const list = (input: Parameters<typeof listCallsInput.parse>[0]) =>
      listCalls(desk.ctx, listCallsInput.parse(input)).rows.map((r) => r.id);
    expect(list({ from: now - DAY })).toEqual([out.id]);
    expect(list({ to: now - DAY })).toEqual([old.id]);
    expect(list({ category: 'suggestion' })).toEqual([old.id]);
    expect(list({ direction: 'outgoing' })).toEqual([out.id]);
    expect(list({ clerkId: desk.clerkByRole('lead').clerkId })).toEqual([out.id]);
    expect(list({ text: '母婴' })).toEqual([old.id]);
    expect(list({ text: out.serialNo })).toEqual([out.id]);
    voidCall(desk.ctx, desk.clerkByRole('lead'), { id: old.id, reason: '重复' });
    expect(list({ includeVoided: false })).toEqual([out.id]);
  });

  it('use the indexes for paging, the open-callback queue and repeat callers', async () => {
    const desk = await freshDesk();
    const plan = (sql: string) =>
      (desk.ctx.sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan('select id from calls where started_at <= 5 order by started_at desc, id desc limit 51')).toMatch(
      /calls_started_at/,
    );
    expect(
      plan(
        'select id from calls where reply_needed = 1 and reply_closed_at is null and voided_at is null order by reply_due_at',
      ),
    ).toMatch(/calls_open_callbacks/);
    expect(plan("select count(*) from calls where phone = '1' and started_at >= 0 and voided_at is null")).toMatch(
      /calls_phone/,
    );
  });
});
