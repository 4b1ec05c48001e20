import { describe, expect, it } from 'vitest';
import {
  closeComplaint,
  listComplaints,
  recordReturnVisit,
  resolveComplaint,
} from '../../electron/services/complaints';
import { freshDesk, type TestDesk } from '../helpers/db';
import { fileComplaint, resolveArgs, toInProgress } from './complaints-helpers';

const queue = (desk: TestDesk) =>
  listComplaints(desk.ctx, { scope: 'returnVisit', text: '', cursor: null, limit: 100 }).rows.map((c) => c.id);

// 待回访: a resolved complaint waits on the work list for its return visit until it is recorded or closed.
describe('complaints: the 待回访 queue', () => {
  it('holds a resolved complaint until its return visit is recorded, another until it is closed without one', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visited = toInProgress(desk);
    const closed = toInProgress(desk);
    const stillOpen = toInProgress(desk);
    fileComplaint(desk);
    expect(queue(desk)).toEqual([]);
    resolveComplaint(desk.ctx, clerk, resolveArgs(visited.id, desk));
    resolveComplaint(desk.ctx, clerk, resolveArgs(closed.id, desk));
    expect(queue(desk).sort()).toEqual([visited.id, closed.id].sort());
    // Still being handled: not waiting for a return visit.
    expect(queue(desk)).not.toContain(stillOpen.id);

    recordReturnVisit(desk.ctx, clerk, { id: visited.id, result: '顾客表示满意', satisfaction: 'satisfied' });
    expect(queue(desk)).toEqual([closed.id]);
    closeComplaint(desk.ctx, clerk, { id: closed.id, noReturnVisitReason: '顾客电话停机，联系不上' });
    expect(queue(desk)).toEqual([]);
  });

  it('finds a resolved complaint by the text typed, and not one that does not match', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const c = toInProgress(desk);
    resolveComplaint(desk.ctx, clerk, resolveArgs(c.id, desk));
    const find = (text: string) =>
      listComplaints(desk.ctx, { scope: 'returnVisit', text, cursor: null, limit: 100 }).rows.map((r) => r.id);
    expect(find(c.serialNo)).toEqual([c.id]);
    expect(find('没有这个人')).toEqual([]);
  });
});
