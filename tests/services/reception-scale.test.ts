import { describe, expect, it } from 'vitest';
import { listOnSite, listVisits, suggestVisitors } from '../../electron/services/reception/visit-queries';
import { listVisitsInput } from '../../shared/contract/reception';
import { freshDesk } from '../helpers/db';

// Correctness of keyset paging and the on-site list over many rows; speed is measured by `npm run bench`, not here.
const ROWS = 50_000;

describe('reception reads on a big file', () => {
  it(`pages, suggests and lists who is on site correctly with ${ROWS.toLocaleString()} visits`, async () => {
    const desk = await freshDesk();
    const clerkId = desk.clerkByRole('clerk').clerkId;
    // Raw inserts on purpose: this measures reads, and the audited writer would take minutes for this many rows.
    const insert = desk.ctx.sqlite.prepare(
      `insert into visits (id, serial_no, time_in, time_out, visitor_name, phone, purpose, clerk_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, 'visit', ?, ?, ?)`,
    );
    const start = desk.clock.now() - ROWS * 60_000;
    desk.ctx.sqlite.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        const at = start + i * 60_000;
        const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        const out = i % 1000 === 0 ? null : at + 30 * 60_000;
        insert.run(id, `LF-XH-S-${i}`, at, out, `访客${i % 5000}`, `139${String(i).padStart(8, '0')}`, clerkId, at, at);
      }
    })();
    desk.ctx.sqlite.exec('analyze');

    const seen = new Set<string>();
    let page = listVisits(desk.ctx, listVisitsInput.parse({ limit: 50 }));
    let previous = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 100 && page.nextCursor; i++) {
      for (const row of page.rows) {
        // Newest first, no row twice across pages.
        expect(row.timeIn).toBeLessThanOrEqual(previous);
        expect(seen.has(row.id)).toBe(false);
        seen.add(row.id);
        previous = row.timeIn;
      }
      page = listVisits(desk.ctx, listVisitsInput.parse({ limit: 50, cursor: page.nextCursor }));
    }
    expect(seen.size).toBe(100 * 50);
    expect(page.rows).toHaveLength(50);

    expect(suggestVisitors(desk.ctx, '1390001').length).toBeGreaterThan(0);
    expect(listOnSite(desk.ctx)).toHaveLength(ROWS / 1000);
  }, 120_000);

  it('looks for a rare short text in bounded steps, says how far back it has looked, and finds it in the end', async () => {
    const desk = await freshDesk();
    const clerkId = desk.clerkByRole('clerk').clerkId;
    const insert = desk.ctx.sqlite.prepare(
      `insert into visits (id, serial_no, time_in, time_out, visitor_name, phone, purpose, organisation, clerk_id,
         created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'visit', ?, ?, ?, ?)`,
    );
    const start = desk.clock.now() - ROWS * 60_000;
    const rareId = '00000000-0000-7000-8000-000000000007';
    desk.ctx.sqlite.transaction(() => {
      for (let i = 0; i < ROWS; i++) {
        const at = start + i * 60_000;
        const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        // One of the oldest visits is the only one from this organisation.
        const organisation = id === rareId ? '冷杉物业' : '华联商场';
        insert.run(
          id,
          `LF-XH-S-${i}`,
          at,
          at + 60_000,
          `访客${i % 5000}`,
          `139${String(i).padStart(8, '0')}`,
          organisation,
          clerkId,
          at,
          at,
        );
      }
    })();

    // A common short text fills the first page at once, with an ordinary cursor.
    const common = listVisits(desk.ctx, listVisitsInput.parse({ text: '华联', limit: 50 }));
    expect(common.rows).toHaveLength(50);
    expect(common.searchedBackTo).toBeNull();

    // A rare one: each call reads a bounded stretch, returns what it found there and how far back it got.
    let page = listVisits(desk.ctx, listVisitsInput.parse({ text: '冷', limit: 50 }));
    const found: string[] = [];
    const reachedBack: number[] = [];
    for (let calls = 1; ; calls++) {
      found.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      expect(page.searchedBackTo).not.toBeNull();
      reachedBack.push(page.searchedBackTo as number);
      expect(calls).toBeLessThan(10);
      page = listVisits(desk.ctx, listVisitsInput.parse({ text: '冷', limit: 50, cursor: page.nextCursor }));
    }
    expect(found).toEqual([rareId]);
    // Four stretches of 15,000 visits cover 50,000, each further back than the one before.
    expect(reachedBack).toHaveLength(3);
    expect(reachedBack[1] as number).toBeLessThan(reachedBack[0] as number);
    expect(reachedBack[2] as number).toBeLessThan(reachedBack[1] as number);
    expect(page.searchedBackTo).toBeNull();
  }, 120_000);
});
