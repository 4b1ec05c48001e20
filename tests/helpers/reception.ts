import type { z } from 'zod';
import { AppError } from '../../electron/services/errors';
import { registerVisit } from '../../electron/services/reception/visits';
import { type RegisterVisitInput, registerVisitInput } from '../../shared/contract/reception';
import { parseMessage } from '../../shared/errors';
import type { TestDesk } from './db';

/** A valid resident ID (check digit X) and one with a wrong check digit. */
export const GOOD_ID = '11010519491231002X';
export const BAD_ID = '110105194912310021';
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

export function firstIssue(result: z.ZodSafeParseResult<unknown>): { path: string; key: string } {
  if (result.success) throw new Error(`expected the input to be refused: ${JSON.stringify(result.data)}`);
  const issue = result.error.issues[0];
  if (!issue) throw new Error('refused without an issue');
  return { path: issue.path.join('.'), key: parseMessage(issue.message).key };
}

export const count = (desk: TestDesk, table: string): number =>
  desk.ctx.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;

export const base: RegisterVisitInput = {
  visitorName: '张三',
  phone: '13812345678',
  purpose: 'visit',
  visiting: '物业办',
};

export function register(desk: TestDesk, input: Partial<RegisterVisitInput> = {}) {
  return registerVisit(desk.ctx, desk.clerkByRole('clerk'), registerVisitInput.parse({ ...base, ...input }));
}
