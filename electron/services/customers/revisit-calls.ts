/** Working the day's call list: each call logged, retried or closed; a visit cancelled. */
import type { z } from 'zod';
import type { RevisitPlanView, revisitCallInput } from '../../../shared/contract/customers';
import { customersLabels } from '../../../shared/contract/customers-labels';
import { insertCall } from '../calls/calls';
import type { Actor, ServiceContext } from '../context';
import { refuse } from '../errors';
import { write } from '../write';
import { getRevisit, insertPlan, planRowById, planView } from './revisit-plans';
import { DAY_MS, siteDayStart, timeZone } from './revisit-time';

function assertPlanned(plan: RevisitPlanView): void {
  if (plan.status !== 'planned') throw refuse('errors.revisitClosed', undefined, { serial: plan.serialNo });
}

const resultLabel = (code: string) => (customersLabels['zh-CN'].values.result as Record<string, string>)[code] ?? code;
const satisfactionLabel = (code: string | null) =>
  code ? ((customersLabels['zh-CN'].values.satisfaction as Record<string, string>)[code] ?? code) : '';

/**
 * One call of the day's list: logged as an outgoing call (电话记录) in the same transaction. Reached closes the visit
 * with the customer's satisfaction and may plan the next one; not reached is called again after the plan's days,
 * until its limit of calls, then given up; refused and a wrong number close it as not reached.
 */
export function logRevisitCall(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof revisitCallInput>,
): RevisitPlanView {
  const tz = timeZone(ctx);
  if (input.result === 'reached' && !input.satisfaction)
    throw refuse('errors.revisitSatisfactionRequired', 'satisfaction');
  if (input.nextDueAt !== null && siteDayStart(input.nextDueAt, tz) <= siteDayStart(ctx.clock.now(), tz))
    throw refuse('errors.revisitNextNotAfterToday', 'nextDueAt');
  write(ctx, actor, (tx) => {
    const row = planRowById(ctx, input.id);
    const plan = planView(row, 0);
    assertPlanned(plan);
    const words = [
      `回访 ${plan.serialNo}`,
      plan.sourceSerial ? `（${plan.sourceSerial}）` : '',
      `：${resultLabel(input.result)}`,
      input.satisfaction ? `，${satisfactionLabel(input.satisfaction)}` : '',
      input.note ? `。${input.note}` : '',
    ].join('');
    const call = insertCall(ctx, tx, actor, {
      direction: 'outgoing',
      durationSec: input.durationSec,
      callerName: plan.name,
      phone: plan.phone,
      category: 'callback',
      summary: words,
      transferredTo: '',
      transferDepartmentId: null,
      replyNeeded: false,
      replyDueAt: null,
      answersCallId: null,
      result: resultLabel(input.result),
    });
    const attempts = plan.attempts + 1;
    const closing = { closedAt: tx.now, closedBy: actor.clerkId, closedShiftId: actor.shiftId };
    const common = { attempts, lastResult: input.result, lastNote: input.note, lastCallId: call.id };
    if (input.result === 'reached') {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, ...closing, status: 'done', satisfaction: input.satisfaction },
        { action: 'status', note: 'done' },
      );
      if (input.nextDueAt !== null) {
        insertPlan(tx, actor, {
          ruleId: null,
          customerId: plan.customerId,
          name: plan.name,
          phone: plan.phone,
          sourceModule: plan.sourceModule,
          sourceRef: plan.sourceRef,
          sourceSerial: plan.sourceSerial,
          reason: plan.reason,
          dueAt: siteDayStart(input.nextDueAt, tz),
          maxAttempts: plan.maxAttempts,
          retryDays: row.retryDays,
        });
      }
    } else if (input.result === 'not_reached' && attempts < plan.maxAttempts) {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, dueAt: siteDayStart(tx.now + row.retryDays * DAY_MS, tz) },
        { note: 'retry' },
      );
    } else {
      tx.update(
        'revisitPlans',
        plan.id,
        { ...common, ...closing, status: 'failed' },
        { action: 'status', note: 'failed' },
      );
    }
  });
  return getRevisit(ctx, input.id);
}

export function cancelRevisit(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; reason: string },
): RevisitPlanView {
  write(ctx, actor, (tx) => {
    const plan = getRevisit(ctx, input.id);
    assertPlanned(plan);
    tx.update(
      'revisitPlans',
      plan.id,
      {
        status: 'cancelled',
        cancelReason: input.reason,
        closedAt: tx.now,
        closedBy: actor.clerkId,
        closedShiftId: actor.shiftId,
      },
      { action: 'status', note: input.reason },
    );
  });
  return getRevisit(ctx, input.id);
}
