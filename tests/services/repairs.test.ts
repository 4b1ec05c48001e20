import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import {
  arriveOrder,
  closeOrder,
  completeOrder,
  dispatchOrder,
  followUpOrder,
  getOrderDetail,
  listOrders,
  repairCounts,
  saveRepairSettings,
  saveTeam,
  updateOrder,
  voidOrder,
} from '../../electron/services/repairs';
import { searchRecords } from '../../electron/services/search/query';
import {
  completeRepairInput,
  createRepairInput,
  followUpRepairInput,
  listRepairsInput,
  repairSettingsSchema,
  updateRepairInput,
} from '../../shared/contract/repairs';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addTeam, fileOrder, HOUR, MINUTE, report } from '../helpers/repairs';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function firstIssue(result: z.ZodSafeParseResult<unknown>): { path: string; key: string } {
  if (result.success) throw new Error(`expected the input to be refused: ${JSON.stringify(result.data)}`);
  const issue = result.error.issues[0];
  if (!issue) throw new Error('refused without an issue');
  return { path: issue.path.join('.'), key: parseMessage(issue.message).key };
}

const count = (desk: TestDesk, table: string): number =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

const complete = (id: string, fee = '') =>
  completeRepairInput.parse({ id, workDone: '更换三通阀门', materials: '三通阀 1 个', fee, customerConfirmed: true });

describe('repair work orders: what a clerk types', () => {
  it('refuses bad input at its field before anything runs', () => {
    expect(firstIssue(createRepairInput.safeParse({ ...report, phone: '1234' }))).toEqual({
      path: 'phone',
      key: 'errors.phoneMobileLength',
    });
    expect(firstIssue(createRepairInput.safeParse({ ...report, location: ' ' }))).toEqual({
      path: 'location',
      key: 'errors.required',
    });
    expect(firstIssue(createRepairInput.safeParse({ ...report, description: '' })).path).toBe('description');
    expect(firstIssue(createRepairInput.safeParse({ ...report, category: 'roof' })).path).toBe('category');
    expect(firstIssue(createRepairInput.safeParse({ ...report, reporterName: '' })).path).toBe('reporterName');
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(
      firstIssue(completeRepairInput.safeParse({ id, workDone: '修好', fee: '12.345', customerConfirmed: true })),
    ).toEqual({ path: 'fee', key: 'errors.amountDecimals' });
    expect(
      firstIssue(completeRepairInput.safeParse({ id, workDone: '修好', fee: '-5', customerConfirmed: true })),
    ).toEqual({ path: 'fee', key: 'errors.amountSign' });
    expect(firstIssue(completeRepairInput.safeParse({ id, workDone: '', customerConfirmed: true })).path).toBe(
      'workDone',
    );
    expect(completeRepairInput.parse({ id, workDone: '修好', fee: '¥1,280.5', customerConfirmed: false }).fee).toBe(
      128050,
    );
    expect(firstIssue(followUpRepairInput.safeParse({ id, satisfaction: 'dissatisfied', note: '' }))).toEqual({
      path: 'note',
      key: 'errors.repairReopenReason',
    });
    expect(firstIssue(repairSettingsSchema.safeParse({ targetMinutes: { urgent: 0, normal: 60 } })).path).toBe(
      'targetMinutes.urgent',
    );
  });

  it('refuses a shop location without a shop, a report in the future and an inactive team, writing nothing', async () => {
    const desk = await freshDesk();
    const team = addTeam(desk);
    saveTeam(desk.ctx, desk.clerkByRole('supervisor'), { ...team, active: false });
    const before = [count(desk, 'repair_orders'), count(desk, 'audit_log'), count(desk, 'serial_counters')];
    expect(refusal(() => fileOrder(desk, { locationKind: 'shop', location: 'B1-12' })).field).toBe('shopId');
    expect(refusal(() => fileOrder(desk, { reportedAt: desk.clock.now() + HOUR })).messageKey).toBe(
      'errors.futureTime',
    );
    expect(refusal(() => fileOrder(desk, { teamId: team.id })).messageKey).toBe('errors.repairTeamInactive');
    expect([count(desk, 'repair_orders'), count(desk, 'audit_log'), count(desk, 'serial_counters')]).toEqual(before);
  });
});

describe('repair work orders: from report to closing', () => {
  it('gives a per-day serial, a target arrival by urgency, a timeline with time and who, and search entries', async () => {
    const desk = await freshDesk();
    const order = fileOrder(desk);
    expect(order.serialNo).toMatch(/^BX-XH-20261124-0001$/);
    expect(order.status).toBe('pending');
    expect(order.source).toBe('direct');
    expect(order.targetArrivalAt).toBe(desk.clock.now() + 15 * MINUTE);
    expect(fileOrder(desk, { urgency: 'normal' }).targetArrivalAt).toBe(desk.clock.now() + 8 * HOUR);
    expect(order.events.map((e) => [e.kind, e.toStatus, e.clerkName])).toEqual([['created', 'pending', '王芳']]);
    for (const text of ['13912345678', '5678', '陈先生', '陈', order.serialNo, '1202', '水管漏水', 'plumbing'])
      expect(
        searchRecords(desk.ctx.sqlite, text, 20).some((h) => h.entityId === order.id),
        text,
      ).toBe(true);
  });

  it('runs 待派工 → 已派工 → 已到场 → 已完工 → 已回访 → 关闭, each step with its time and who', async () => {
    const desk = await freshDesk();
    const team = addTeam(desk, '工程部水电班', '021-55501234');
    const clerk = desk.clerkByRole('clerk');
    const lead = desk.clerkByRole('lead');
    const order = fileOrder(desk);
    desk.clock.advance(2 * MINUTE);
    const dispatched = dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
    expect([dispatched.status, dispatched.teamName, dispatched.dispatchedByName]).toEqual([
      'dispatched',
      '工程部水电班',
      '王芳',
    ]);
    desk.clock.advance(10 * MINUTE);
    const arrived = arriveOrder(desk.ctx, lead, { id: order.id });
    expect([arrived.status, arrived.arrivedAt, arrived.arrivedByName]).toEqual(['arrived', desk.clock.now(), '李娜']);
    desk.clock.advance(HOUR);
    const completed = completeOrder(desk.ctx, clerk, complete(order.id, '35.50'));
    expect([completed.status, completed.feeFen, completed.customerConfirmed, completed.workDone]).toEqual([
      'completed',
      3550,
      true,
      '更换三通阀门',
    ]);
    desk.clock.advance(HOUR);
    const visited = followUpOrder(
      desk.ctx,
      clerk,
      followUpRepairInput.parse({ id: order.id, satisfaction: 'satisfied' }),
    );
    expect([visited.status, visited.satisfaction, visited.followedUpByName]).toEqual([
      'followed_up',
      'satisfied',
      '王芳',
    ]);
    const closed = closeOrder(desk.ctx, lead, { id: order.id, note: '' });
    expect([closed.status, closed.closedByName]).toEqual(['closed', '李娜']);
    expect(closed.events.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'pending'],
      ['dispatched', 'pending', 'dispatched'],
      ['arrived', 'dispatched', 'arrived'],
      ['completed', 'arrived', 'completed'],
      ['followed_up', 'completed', 'followed_up'],
      ['closed', 'followed_up', 'closed'],
    ]);
    expect(auditHistory(desk.ctx.sqlite, 'repairOrders', order.id).length).toBe(6);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    expect(
      refusal(() =>
        updateOrder(desk.ctx, clerk, updateRepairInput.parse({ ...report, id: order.id, version: closed.version })),
      ).messageKey,
    ).toBe('errors.repairClosed');
  });

  it('refuses every other move, naming both statuses, and writes nothing', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const order = fileOrder(desk);
    const before = count(desk, 'audit_log');
    const refused = refusal(() => arriveOrder(desk.ctx, clerk, { id: order.id }));
    expect(refused.messageKey).toBe('errors.repairTransition');
    expect(refused.params).toEqual({
      from: 'labels.repairs.values.status.pending',
      to: 'labels.repairs.values.status.arrived',
    });
    expect(refusal(() => completeOrder(desk.ctx, clerk, complete(order.id))).messageKey).toBe(
      'errors.repairTransition',
    );
    expect(refusal(() => closeOrder(desk.ctx, clerk, { id: order.id, note: '' })).messageKey).toBe(
      'errors.repairTransition',
    );
    expect(
      refusal(() =>
        followUpOrder(desk.ctx, clerk, followUpRepairInput.parse({ id: order.id, satisfaction: 'satisfied' })),
      ).messageKey,
    ).toBe('errors.repairTransition');
    const team = addTeam(desk);
    const afterTeam = count(desk, 'audit_log');
    dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' });
    expect(refusal(() => dispatchOrder(desk.ctx, clerk, { id: order.id, teamId: team.id, note: '' })).messageKey).toBe(
      'errors.repairSameTeam',
    );
    expect(refusal(() => arriveOrder(desk.ctx, clerk, { id: order.id, at: desk.clock.now() - HOUR })).messageKey).toBe(
      'errors.repairArrivalBeforeDispatch',
    );
    expect(before).toBe(afterTeam - 1);
    expect(getOrderDetail(desk.ctx, order.id).status).toBe('dispatched');
  });

  it('an unsatisfied return visit reopens the order to the same team with a new target arrival', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const team = addTeam(desk);
    const order = fileOrder(desk, { teamId: team.id });
    expect(order.status).toBe('dispatched');
    arriveOrder(desk.ctx, clerk, { id: order.id });
    completeOrder(desk.ctx, clerk, complete(order.id));
    desk.clock.advance(2 * HOUR);
    const reopened = followUpOrder(
      desk.ctx,
      clerk,
      followUpRepairInput.parse({ id: order.id, satisfaction: 'dissatisfied', note: '还在滴水' }),
    );
    expect([
      reopened.status,
      reopened.teamName,
      reopened.reopenCount,
      reopened.arrivedAt,
      reopened.completedAt,
    ]).toEqual(['dispatched', '工程部水电班', 1, null, null]);
    expect(reopened.targetArrivalAt).toBe(desk.clock.now() + 15 * MINUTE);
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'reopened', text: '还在滴水', toStatus: 'dispatched' });
  });

  it('counts open and overdue orders by the target arrival in settings; arrival ends overdue', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const urgent = fileOrder(desk);
    fileOrder(desk, { urgency: 'normal' });
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 2, overdue: 0, followUpDue: 0 });
    desk.clock.advance(16 * MINUTE);
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 2, overdue: 1, followUpDue: 0 });
    expect(getOrderDetail(desk.ctx, urgent.id).overdue).toBe(true);
    const overdueList = listOrders(desk.ctx, listRepairsInput.parse({ onlyOverdue: true }));
    expect(overdueList.rows.map((r) => r.id)).toEqual([urgent.id]);
    const team = addTeam(desk);
    dispatchOrder(desk.ctx, clerk, { id: urgent.id, teamId: team.id, note: '' });
    arriveOrder(desk.ctx, clerk, { id: urgent.id });
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 2, overdue: 0, followUpDue: 0 });
    saveRepairSettings(desk.ctx, desk.clerkByRole('supervisor'), { targetMinutes: { urgent: 10, normal: 30 } });
    expect(fileOrder(desk, { urgency: 'normal' }).targetArrivalAt).toBe(desk.clock.now() + 30 * MINUTE);
    expect(refusal(() => saveRepairSettings(desk.ctx, clerk, { targetMinutes: { urgent: 5, normal: 5 } })).code).toBe(
      'forbidden',
    );
  });

  it('is voided by a lead with a reason only; a voided order takes no further step and leaves the counts', async () => {
    const desk = await freshDesk();
    const order = fileOrder(desk);
    expect(refusal(() => voidOrder(desk.ctx, desk.clerkByRole('clerk'), { id: order.id, reason: '重复' })).code).toBe(
      'forbidden',
    );
    expect(refusal(() => voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: order.id, reason: ' ' })).field).toBe(
      'reason',
    );
    const voided = voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: order.id, reason: '重复登记' });
    expect([voided.voidReason, voided.events.at(-1)?.kind]).toEqual(['重复登记', 'voided']);
    const team = addTeam(desk);
    expect(
      refusal(() => dispatchOrder(desk.ctx, desk.clerkByRole('clerk'), { id: order.id, teamId: team.id, note: '' }))
        .messageKey,
    ).toBe('errors.repairVoided');
    expect(repairCounts(desk.ctx, desk.clock.now())).toEqual({ open: 0, overdue: 0, followUpDue: 0 });
  });

  it('keeps teams unique by name, and a team with open orders active', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const team = addTeam(desk);
    expect(refusal(() => addTeam(desk)).messageKey).toBe('errors.nameTaken');
    fileOrder(desk, { teamId: team.id });
    expect(refusal(() => saveTeam(desk.ctx, supervisor, { ...team, active: false })).messageKey).toBe(
      'errors.repairTeamBusy',
    );
  });

  it('links an order to the visit or call it came with, and refuses a voided one', async () => {
    const desk = await freshDesk();
    const visitId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(refusal(() => fileOrder(desk, { visitId })).field).toBe('visitId');
    expect(firstIssue(createRepairInput.safeParse({ ...report, visitId, callId: visitId })).key).toBe(
      'errors.repairOneSource',
    );
  });
});
