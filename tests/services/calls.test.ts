import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  getCall,
  listCallbacks,
  logCall,
  openCallbackCounts,
  repeatCaller,
  updateCall,
  voidCall,
} from '../../electron/services/calls';
import { FUTURE_TOLERANCE_MS } from '../../electron/services/calls/calls';
import { AppError } from '../../electron/services/errors';
import { searchRecords } from '../../electron/services/search/query';
import { type LogCallInput, logCallInput, parseDuration, updateCallInput } from '../../shared/contract/calls';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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

const callCount = (desk: TestDesk): number =>
  desk.ctx.sqlite.prepare('select count(*) from calls').pluck().get() as number;

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

function callback(desk: TestDesk, dueInMs = HOUR) {
  return log(desk, { replyNeeded: true, replyDueAt: desk.clock.now() + dueInMs, category: 'repair' });
}

function answer(desk: TestDesk, callId: string, result = '已告知维修时间') {
  return log(desk, { direction: 'outgoing', answersCallId: callId, result, summary: '回复维修安排' });
}

describe('logging a call', () => {
  it('stores the call with a DH serial, the clerk, an audit entry and a search entry', async () => {
    const desk = await freshDesk();
    const call = log(desk, { durationSec: 95 });
    expect(call.serialNo).toMatch(/^DH-XH-20261124-0001$/);
    expect(call).toMatchObject({ direction: 'incoming', durationSec: 95, startedAt: desk.clock.now() });
    expect(call.clerkName).toBe('王芳');
    expect(auditHistory(desk.ctx.sqlite, 'calls', call.id)[0]?.action).toBe('create');
    // The category is a tag the screen labels in the clerk's language; its words are searchable.
    expect(searchRecords(desk.ctx.sqlite, '询问停车', 5)).toEqual([
      expect.objectContaining({ title: '刘先生', subtitle: '询问停车收费标准', tag: 'enquiry' }),
    ]);
    expect(searchRecords(desk.ctx.sqlite, 'Enquiry', 5).map((hit) => hit.entityId)).toContain(call.id);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses a missing summary, a bad number and a negative duration at the field', () => {
    expect(firstIssue(logCallInput.safeParse({ ...base, summary: '  ' }))).toEqual({
      path: 'summary',
      key: 'errors.required',
    });
    expect(firstIssue(logCallInput.safeParse({ ...base, phone: '12345678901' }))).toEqual({
      path: 'phone',
      key: 'errors.phoneMobilePrefix',
    });
    expect(firstIssue(logCallInput.safeParse({ ...base, phone: '5550123' })).key).toBe('errors.phoneAreaCode');
    expect(logCallInput.safeParse({ ...base, phone: '021-55501234' }).success).toBe(true);
    expect(firstIssue(logCallInput.safeParse({ ...base, durationSec: -5 }))).toEqual({
      path: 'durationSec',
      key: 'errors.negativeDuration',
    });
  });

  it('reads durations typed as mm:ss or seconds', () => {
    expect(parseDuration('3:05')).toBe(185);
    expect(parseDuration('42')).toBe(42);
    expect(parseDuration('')).toBe(0);
    expect(parseDuration('-1:00')).toBe(-60);
    expect(parseDuration('abc')).toBeNull();
  });

  it('refuses a start time in the future beyond the tolerance, and writes nothing', async () => {
    const desk = await freshDesk();
    const now = desk.clock.now();
    expect(log(desk, { startedAt: now + FUTURE_TOLERANCE_MS - 1000 }).startedAt).toBe(now + FUTURE_TOLERANCE_MS - 1000);
    const error = refusal(() => log(desk, { startedAt: now + FUTURE_TOLERANCE_MS + 1000 }));
    expect(error).toMatchObject({ messageKey: 'errors.futureTime', field: 'startedAt' });
    expect(callCount(desk)).toBe(1);
  });

  it('refuses "reply needed" without a due time, and a due time before the call', async () => {
    const desk = await freshDesk();
    expect(firstIssue(logCallInput.safeParse({ ...base, replyNeeded: true }))).toEqual({
      path: 'replyDueAt',
      key: 'errors.replyDueRequired',
    });
    const error = refusal(() => log(desk, { replyNeeded: true, replyDueAt: desk.clock.now() - HOUR }));
    expect(error).toMatchObject({ messageKey: 'errors.dueBeforeStart', field: 'replyDueAt' });
    expect(callCount(desk)).toBe(0);
  });
});

describe('callbacks', () => {
  it('are queued by due time and become due soon, then overdue, as the clock moves', async () => {
    const desk = await freshDesk();
    const later = callback(desk, 3 * HOUR);
    const sooner = callback(desk, HOUR);
    expect(listCallbacks(desk.ctx, false).map((c) => c.id)).toEqual([sooner.id, later.id]);
    expect(getCall(desk.ctx, sooner.id).callbackStatus).toBe('open');
    desk.clock.advance(40 * MINUTE);
    expect(getCall(desk.ctx, sooner.id).callbackStatus).toBe('dueSoon');
    expect(openCallbackCounts(desk.ctx, desk.clock.now())).toEqual({ open: 2, dueSoon: 1, overdue: 0 });
    desk.clock.advance(30 * MINUTE);
    expect(getCall(desk.ctx, sooner.id).callbackStatus).toBe('overdue');
    expect(openCallbackCounts(desk.ctx, desk.clock.now())).toEqual({ open: 2, dueSoon: 0, overdue: 1 });
    expect(listCallbacks(desk.ctx, true).map((c) => c.id)).toEqual([sooner.id]);
  });

  it('are closed by the outgoing call that answers them, with its result; closing twice is refused', async () => {
    const desk = await freshDesk();
    const promised = callback(desk);
    expect(firstIssue(logCallInput.safeParse({ ...base, direction: 'outgoing', answersCallId: promised.id }))).toEqual({
      path: 'result',
      key: 'errors.required',
    });
    expect(firstIssue(logCallInput.safeParse({ ...base, answersCallId: promised.id, result: 'x' })).key).toBe(
      'errors.answerMustBeOutgoing',
    );
    desk.clock.advance(10 * MINUTE);
    const reply = answer(desk, promised.id);
    const closed = getCall(desk.ctx, promised.id);
    expect(closed).toMatchObject({
      replyClosedAt: desk.clock.now(),
      answeredByCallId: reply.id,
      result: '已告知维修时间',
      callbackStatus: 'done',
    });
    expect(reply.answersCallId).toBe(promised.id);
    expect(listCallbacks(desk.ctx, false)).toEqual([]);
    expect(auditHistory(desk.ctx.sqlite, 'calls', promised.id).map((e) => e.note)).toContain('callback_closed');
    const twice = refusal(() => answer(desk, promised.id));
    expect(twice.messageKey).toBe('errors.callbackAlreadyClosed');
    expect(callCount(desk)).toBe(2);
  });

  it('refuse closing a voided callback, or a call that promised none', async () => {
    const desk = await freshDesk();
    const promised = callback(desk);
    voidCall(desk.ctx, desk.clerkByRole('lead'), { id: promised.id, reason: '重复登记' });
    expect(refusal(() => answer(desk, promised.id)).messageKey).toBe('errors.callbackVoided');
    const plain = log(desk);
    expect(refusal(() => answer(desk, plain.id)).messageKey).toBe('errors.notACallback');
    expect(openCallbackCounts(desk.ctx, desk.clock.now()).open).toBe(0);
  });

  it('reopen when the outgoing call that closed them is voided', async () => {
    const desk = await freshDesk();
    const promised = callback(desk);
    const reply = answer(desk, promised.id);
    voidCall(desk.ctx, desk.clerkByRole('lead'), { id: reply.id, reason: '打错号码' });
    expect(getCall(desk.ctx, promised.id)).toMatchObject({ replyClosedAt: null, callbackStatus: 'open' });
  });
});

describe('editing and voiding', () => {
  it('edits with an audit entry; edits of voided records are refused', async () => {
    const desk = await freshDesk();
    const call = log(desk);
    const edited = updateCall(
      desk.ctx,
      desk.clerkByRole('clerk'),
      updateCallInput.parse({ ...base, id: call.id, version: call.version, summary: '询问停车收费与会员优惠' }),
    );
    expect(edited.summary).toBe('询问停车收费与会员优惠');
    const entry = auditHistory(desk.ctx.sqlite, 'calls', call.id).find((e) => e.action === 'update');
    expect(entry?.changes).toMatchObject({ summary: ['询问停车收费标准', '询问停车收费与会员优惠'] });
    voidCall(desk.ctx, desk.clerkByRole('lead'), { id: call.id, reason: '测试记录' });
    const error = refusal(() =>
      updateCall(desk.ctx, desk.clerkByRole('clerk'), updateCallInput.parse({ ...base, id: call.id, version: 2 })),
    );
    expect(error.messageKey).toBe('errors.callVoided');
  });

  it('void needs a lead and a reason', async () => {
    const desk = await freshDesk();
    const call = log(desk);
    expect(refusal(() => voidCall(desk.ctx, desk.clerkByRole('clerk'), { id: call.id, reason: '重复' })).code).toBe(
      'forbidden',
    );
    expect(refusal(() => voidCall(desk.ctx, desk.clerkByRole('lead'), { id: call.id, reason: ' ' }))).toMatchObject({
      messageKey: 'errors.required',
      field: 'reason',
    });
    const voided = voidCall(desk.ctx, desk.clerkByRole('lead'), { id: call.id, reason: '重复' });
    expect(voided).toMatchObject({ voidReason: '重复' });
    expect(
      refusal(() => voidCall(desk.ctx, desk.clerkByRole('lead'), { id: call.id, reason: '再次' })).messageKey,
    ).toBe('errors.callVoided');
    expect(callCount(desk)).toBe(1);
  });
});

describe('repeat callers', () => {
  it('counts calls of the last 30 days, excluding older and voided ones', async () => {
    const desk = await freshDesk();
    log(desk, { startedAt: desk.clock.now() - 31 * DAY });
    log(desk, { startedAt: desk.clock.now() - 29 * DAY });
    const voided = log(desk, { startedAt: desk.clock.now() - DAY });
    voidCall(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '重复' });
    log(desk);
    log(desk, { phone: '13900001111' });
    const repeat = repeatCaller(desk.ctx, '13812345678');
    expect(repeat.count).toBe(2);
    expect(repeat.recent).toHaveLength(3);
    expect(repeat.recent[0]?.startedAt).toBe(desk.clock.now());
  });
});
