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
});
