import { assignComplaint, createComplaint, progressComplaint } from '../../electron/services/complaints';
import type { Actor } from '../../electron/services/context';
import { AppError } from '../../electron/services/errors';
import { type CreateComplaintInput, createComplaintInput, resolveInput } from '../../shared/contract/complaints';
import type { TestDesk } from '../helpers/db';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

export const baseComplaint: CreateComplaintInput = {
  channel: 'in_person',
  customerName: '赵女士',
  phone: '13900001111',
  type: 'product',
  reason: '新买的电饭煲一周后不能加热',
  demand: '退货',
  urgency: 'normal',
};

export function fileComplaint(desk: TestDesk, input: Partial<CreateComplaintInput> = {}, actor?: Actor) {
  return createComplaint(
    desk.ctx,
    actor ?? desk.clerkByRole('clerk'),
    createComplaintInput.parse({ ...baseComplaint, ...input }),
  );
}

export function firstDepartment(desk: TestDesk): string {
  return desk.ctx.sqlite
    .prepare('select id from departments where active = 1 order by name limit 1')
    .pluck()
    .get() as string;
}

export const counts = (desk: TestDesk) => ({
  complaints: desk.ctx.sqlite.prepare('select count(*) from complaints').pluck().get() as number,
  events: desk.ctx.sqlite.prepare('select count(*) from complaint_events').pluck().get() as number,
  audit: desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number,
  updated: desk.ctx.sqlite.prepare('select coalesce(max(updated_at), 0) from complaints').pluck().get() as number,
});

export function resolveArgs(id: string, desk: TestDesk, extra: Partial<Parameters<typeof resolveInput.parse>[0]> = {}) {
  return resolveInput.parse({
    id,
    // The dispatcher checks the version; a service called directly, as here, does not.
    version: 1,
    cause: 'occasional',
    outcome: 'other',
    resolution: '更换新机并道歉',
    compensationFen: 0,
    informedAt: desk.clock.now(),
    informedHow: '电话',
    customerReaction: '接受',
    ...extra,
  });
}

/** A complaint accepted, assigned by the lead to the clerk, and in progress. */
export function toInProgress(desk: TestDesk) {
  const c = fileComplaint(desk);
  const lead = desk.clerkByRole('lead');
  const clerk = desk.clerkByRole('clerk');
  assignComplaint(desk.ctx, lead, {
    id: c.id,
    departmentId: firstDepartment(desk),
    clerkId: clerk.clerkId,
    reason: '',
  });
  progressComplaint(desk.ctx, clerk, { id: c.id, to: 'in_progress', reason: '' });
  return c;
}
