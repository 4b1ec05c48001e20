import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { assignComplaint, getComplaintDetail, listComplaints } from '../../electron/services/complaints';
import { freshDesk } from '../helpers/db';
import { fileComplaint, firstDepartment } from './complaints-helpers';

// 首问责任制: the clerk who first received a complaint stays on it as 首问责任人 whoever handles it later.
describe('complaints: 首问责任人', () => {
  it('keeps the intake clerk as first owner through assignment and reassignment, apart from the 责任人', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const supervisor = desk.clerkByRole('supervisor');
    const c = fileComplaint(desk);
    expect(c.firstOwnerClerkId).toBe(clerk.clerkId);
    expect(c.firstOwnerClerkName).toBe(c.clerkName);
    const dept = firstDepartment(desk);
    assignComplaint(desk.ctx, lead, { id: c.id, departmentId: dept, clerkId: lead.clerkId, reason: '' });
    const again = assignComplaint(desk.ctx, lead, {
      id: c.id,
      departmentId: dept,
      clerkId: supervisor.clerkId,
      reason: '原负责人休假',
    });
    expect(again.assignedClerkId).toBe(supervisor.clerkId);
    expect(again.ownerClerkId).toBe(supervisor.clerkId);
    expect(again.firstOwnerClerkId).toBe(clerk.clerkId);
    const listed = listComplaints(desk.ctx, { scope: 'open', text: '', cursor: null, limit: 50 }).rows.find(
      (x) => x.id === c.id,
    );
    expect(listed?.firstOwnerClerkId).toBe(clerk.clerkId);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('cannot be edited: the database refuses a change to the first owner, even by raw SQL', async () => {
    const desk = await freshDesk();
    const c = fileComplaint(desk);
    const lead = desk.clerkByRole('lead');
    expect(() =>
      desk.ctx.sqlite.prepare('update complaints set first_owner_clerk_id = ? where id = ?').run(lead.clerkId, c.id),
    ).toThrow(/first_owner/);
    expect(() =>
      desk.ctx.sqlite.prepare('update complaints set first_owner_clerk_id = null where id = ?').run(c.id),
    ).toThrow(/first_owner/);
    expect(getComplaintDetail(desk.ctx, c.id).firstOwnerClerkId).toBe(desk.clerkByRole('clerk').clerkId);
  });
});
