import { asc, eq } from 'drizzle-orm';
import { clerks } from '../../db/schema';
import type { ClerkView } from '../../shared/contract/clerks';
import { hasRole, type Role } from '../../shared/contract/roles';
import type { Actor, ServiceContext } from './context';
import { AppError, refuse } from './errors';
import { newId } from './ids';
import { hashPin, pinMatches } from './pin';
import { selectRow } from './row-sql';
import { outsideSubmission } from './submissions';
import { write } from './write';

export const MAX_PIN_FAILURES = 5;
export const PIN_LOCK_MS = 5 * 60 * 1000;

type ClerkRow = typeof clerks.$inferSelect;

export function toClerkView(row: ClerkRow): ClerkView {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    employeeNo: row.employeeNo,
    role: row.role,
    active: row.active,
    lockedUntil: row.lockedUntil,
  };
}

export function listClerks(ctx: ServiceContext, includeInactive: boolean): ClerkView[] {
  const rows = ctx.db.select().from(clerks).orderBy(asc(clerks.employeeNo)).all();
  return rows.filter((r) => includeInactive || r.active).map(toClerkView);
}

export function getClerk(ctx: ServiceContext, id: string): ClerkRow {
  // Every IPC call reads its clerk (role check, actor): plain SQL, not the query builder (bench/results.md).
  const row = selectRow(ctx.sqlite, clerks, clerks.id, id) as ClerkRow | undefined;
  if (!row) throw new AppError('not_found', 'errors.clerkNotFound', 'clerkId');
  return row;
}

export function addClerk(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { name: string; employeeNo: string; role: Role; pin: string },
): ClerkView {
  // A supervisor creating a manager with a PIN they chose would hold the manager's role.
  if (actor && !hasRole(actor.role, input.role)) throw new AppError('forbidden', 'errors.roleAboveOwn', 'role');
  const taken = ctx.db.select({ id: clerks.id }).from(clerks).where(eq(clerks.employeeNo, input.employeeNo)).get();
  if (taken) throw new AppError('conflict', 'errors.employeeNoTaken', 'employeeNo');
  const pinHash = hashPin(input.pin);
  return write(ctx, actor, (tx) => {
    const row = tx.insert('clerks', {
      id: newId(),
      name: input.name,
      employeeNo: input.employeeNo,
      role: input.role,
      pinHash,
      active: true,
      failedPinCount: 0,
      lockedUntil: null,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    return toClerkView(row);
  });
}

export function updateClerk(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; name: string; role: Role; active: boolean },
): ClerkView {
  const target = getClerk(ctx, input.id);
  if (input.id === actor.clerkId && !input.active) throw refuse('errors.cannotDeactivateSelf', 'active');
  if (input.id === actor.clerkId && input.role !== actor.role) throw refuse('errors.cannotChangeOwnRole', 'role');
  // Nobody hands out a role above their own, nor edits a clerk who holds one.
  if (!hasRole(actor.role, input.role) || !hasRole(actor.role, target.role))
    throw new AppError('forbidden', 'errors.roleAboveOwn', 'role');
  return write(ctx, actor, (tx) => {
    const { after } = tx.update('clerks', input.id, {
      name: input.name,
      role: input.role,
      active: input.active,
    });
    return toClerkView(after);
  });
}

export function resetPin(ctx: ServiceContext, actor: Actor, input: { id: string; pin: string }): ClerkView {
  // Setting a higher-ranked clerk's PIN would let the actor log in with that clerk's role.
  if (!hasRole(actor.role, getClerk(ctx, input.id).role))
    throw new AppError('forbidden', 'errors.roleAboveOwn', 'role');
  const pinHash = hashPin(input.pin);
  return write(ctx, actor, (tx) => {
    const { after } = tx.update(
      'clerks',
      input.id,
      { pinHash, failedPinCount: 0, lockedUntil: null },
      { note: 'pin reset' },
    );
    return toClerkView(after);
  });
}

/**
 * Checks a clerk's PIN. Wrong PINs are counted (and audited); the fifth locks the clerk for five minutes.
 * Used for login, unlock, and every approval that asks for a lead's or supervisor's PIN.
 */
export function checkPin(ctx: ServiceContext, actor: Actor | null, clerkId: string, pin: string): ClerkRow {
  const clerk = getClerk(ctx, clerkId);
  const now = ctx.clock.now();
  if (!clerk.active) throw new AppError('forbidden', 'errors.clerkInactive', 'clerkId');
  if (clerk.lockedUntil && clerk.lockedUntil > now) {
    const minutes = Math.ceil((clerk.lockedUntil - now) / 60000);
    throw new AppError('locked', 'errors.pinLocked', 'pin', { minutes });
  }
  if (pinMatches(pin, clerk.pinHash)) {
    if (clerk.failedPinCount > 0 || clerk.lockedUntil) {
      return outsideSubmission(() =>
        write(
          ctx,
          actor,
          (tx) =>
            tx.update('clerks', clerk.id, { failedPinCount: 0, lockedUntil: null }, { note: 'pin accepted' }).after,
        ),
      );
    }
    return clerk;
  }
  const failures = clerk.failedPinCount + 1;
  const locks = failures >= MAX_PIN_FAILURES;
  // Counted in its own transaction, apart from the form that carried the PIN (its key stays free for the retry).
  outsideSubmission(() =>
    write(ctx, actor, (tx) => {
      tx.update(
        'clerks',
        clerk.id,
        locks ? { failedPinCount: 0, lockedUntil: now + PIN_LOCK_MS } : { failedPinCount: failures },
        { note: locks ? 'locked after wrong pins' : 'wrong pin' },
      );
    }),
  );
  if (locks) throw new AppError('locked', 'errors.pinLocked', 'pin', { minutes: PIN_LOCK_MS / 60000 });
  throw new AppError('rule', 'errors.wrongPin', 'pin', { left: MAX_PIN_FAILURES - failures });
}

/** An approval at the counter: the approver types their PIN and must hold at least `role`. */
export function approveWithPin(
  ctx: ServiceContext,
  actor: Actor,
  approver: { clerkId: string; pin: string },
  role: Role,
): ClerkRow {
  const clerk = getClerk(ctx, approver.clerkId);
  if (!hasRole(clerk.role, role)) throw new AppError('forbidden', 'errors.approverRole', 'approverId', { role });
  return checkPin(ctx, actor, approver.clerkId, approver.pin);
}
