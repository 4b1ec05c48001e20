import type { Actor } from '../../electron/services/context';
import { AppError } from '../../electron/services/errors';
import { depositGoods, saveLocation } from '../../electron/services/storage';
import { type DepositInput, depositInput, locationInput } from '../../shared/contract/storage';
import type { TestDesk } from './db';

export const HOUR = 3600_000;
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

export const count = (desk: TestDesk, table: string): number =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

export function addLocation(desk: TestDesk, code: string, shared = false) {
  return saveLocation(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    locationInput.parse({ code, kind: shared ? 'shelf' : 'locker', shared }),
  );
}

export const bags = (locationId: string): DepositInput => ({
  depositorName: '赵敏',
  phone: '13912345678',
  description: '购物袋两个（服装）',
  pieces: 2,
  size: 'small',
  locationId,
});

export function deposit(desk: TestDesk, input: DepositInput, actor?: Actor) {
  return depositGoods(desk.ctx, actor ?? desk.clerkByRole('clerk'), depositInput.parse(input));
}

export function clerkIdOf(desk: TestDesk, role: Actor['role']): string {
  return desk.clerkByRole(role).clerkId;
}
