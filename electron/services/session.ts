import { eq } from 'drizzle-orm';
import { clerks, counters } from '../../db/schema';
import type { LoginClerk, SessionView } from '../../shared/contract/session';
import { checkPin, getClerk } from './clerks';
import type { Actor, ServiceContext } from './context';
import { AppError } from './errors';
import { getSite, thisCounterId } from './settings';
import { openOrContinueShift, openShiftAt } from './shifts';
import { write } from './write';

/** Who is at the desk of this app instance. Lives in the main process, never in the renderer. */
export interface SessionState {
  clerkId: string;
  shiftId: string;
  counterId: string;
  locked: boolean;
}

export interface SessionHolder {
  current: SessionState | null;
}

export function loginClerks(ctx: ServiceContext): LoginClerk[] {
  return ctx.db
    .select({
      id: clerks.id,
      name: clerks.name,
      employeeNo: clerks.employeeNo,
      role: clerks.role,
      lockedUntil: clerks.lockedUntil,
    })
    .from(clerks)
    .where(eq(clerks.active, true))
    .orderBy(clerks.employeeNo)
    .all()
    .map((c) => ({ ...c, lockedUntil: c.lockedUntil && c.lockedUntil > ctx.clock.now() ? c.lockedUntil : null }));
}

export function actorOf(ctx: ServiceContext, state: SessionState): Actor {
  const clerk = getClerk(ctx, state.clerkId);
  return { clerkId: clerk.id, name: clerk.name, role: clerk.role, shiftId: state.shiftId, counterId: state.counterId };
}

export function sessionView(ctx: ServiceContext, state: SessionState | null): SessionView | null {
  if (!state) return null;
  const clerk = getClerk(ctx, state.clerkId);
  const counter = ctx.db.select().from(counters).where(eq(counters.id, state.counterId)).get();
  const shift = openShiftAt(ctx, state.counterId);
  if (!counter || !shift || shift.id !== state.shiftId) return null;
  const opener = getClerk(ctx, shift.clerkId);
  const site = getSite(ctx);
  return {
    clerk: { id: clerk.id, name: clerk.name, employeeNo: clerk.employeeNo, role: clerk.role },
    shift: { id: shift.id, openedAt: shift.openedAt, openedBy: opener.id, openedByName: opener.name },
    counter: { id: counter.id, name: counter.name },
    site: { name: site.name, code: site.code, timeZone: site.timeZone },
    locked: state.locked,
  };
}

/** PIN login: opens a shift at this counter if none is open, else continues the open one. */
export function login(ctx: ServiceContext, holder: SessionHolder, clerkId: string, pin: string): SessionView {
  const clerk = checkPin(ctx, null, clerkId, pin);
  const counterId = thisCounterId(ctx);
  if (!counterId) throw new AppError('rule', 'errors.noCounter');
  const actor: Actor = { clerkId: clerk.id, name: clerk.name, role: clerk.role, shiftId: null, counterId };
  const shift = openOrContinueShift(ctx, actor, counterId);
  write(ctx, { ...actor, shiftId: shift.id }, (tx) => tx.event('clerks', clerk.id, 'login', {}, 'login'));
  holder.current = { clerkId: clerk.id, shiftId: shift.id, counterId, locked: false };
  return sessionView(ctx, holder.current) as SessionView;
}

export function lock(ctx: ServiceContext, holder: SessionHolder): SessionView {
  const state = requireSession(holder);
  write(ctx, actorOf(ctx, state), (tx) => tx.event('clerks', state.clerkId, 'screen locked', {}, 'login'));
  state.locked = true;
  return sessionView(ctx, state) as SessionView;
}

/** The same clerk unlocks, or another clerk takes over the desk; the shift stays open either way. */
export function unlock(ctx: ServiceContext, holder: SessionHolder, clerkId: string, pin: string): SessionView {
  const state = holder.current;
  if (!state) return login(ctx, holder, clerkId, pin);
  const clerk = checkPin(ctx, actorOf(ctx, state), clerkId, pin);
  const takeover = clerk.id !== state.clerkId;
  state.clerkId = clerk.id;
  state.locked = false;
  write(ctx, actorOf(ctx, state), (tx) =>
    tx.event('clerks', clerk.id, takeover ? 'took over the desk' : 'screen unlocked', {}, 'login'),
  );
  return sessionView(ctx, state) as SessionView;
}

export function logout(ctx: ServiceContext, holder: SessionHolder): void {
  const state = requireSession(holder);
  write(ctx, actorOf(ctx, state), (tx) => tx.event('clerks', state.clerkId, 'logout', {}, 'login'));
  holder.current = null;
}

export function requireSession(holder: SessionHolder): SessionState {
  if (!holder.current) throw new AppError('unauthenticated', 'errors.notLoggedIn');
  return holder.current;
}
