import { eq } from 'drizzle-orm';
import { clerks, counters, shifts } from '../../db/schema';
import type { LoginClerk, SessionView } from '../../shared/contract/session';
import { checkPin, getClerk } from './clerks';
import type { Actor, ServiceContext } from './context';
import { AppError } from './errors';
import { getSite, getSiteKind, thisCounterId } from './settings';
import { openOrContinueShift, openShiftAt } from './shifts';
import { write } from './write';

/** Who is at one desk session (the Electron window, or one browser tab). Lives in main, never in the renderer. */
export interface SessionState {
  clerkId: string;
  shiftId: string;
  counterId: string;
  locked: boolean;
  /**
   * Set when this clerk ended the day (handover without a successor): the shift is closed, but the session stays so
   * the clerk can still see, print and save the sheet of that handover; nothing else is allowed until logout.
   */
  endedDay?: boolean;
}

export interface SessionHolder {
  current: SessionState | null;
}

/** The key of the desktop app's one session (its one window). */
export const DESKTOP_SESSION = 'desktop';

/**
 * Every desk session of this process, by the key its caller sends (browser mode: one per tab). Each is bound to its
 * own login; the shift they work on is the counter's, shared by all of them.
 */
export class SessionStore {
  private readonly sessions = new Map<string, SessionState>();

  holder(key: string): SessionHolder {
    const sessions = this.sessions;
    return {
      get current() {
        return sessions.get(key) ?? null;
      },
      set current(state: SessionState | null) {
        if (state) sessions.set(key, state);
        else sessions.delete(key);
      },
    };
  }

  clear(): void {
    this.sessions.clear();
  }
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
  const shift = state.endedDay
    ? ctx.db.select().from(shifts).where(eq(shifts.id, state.shiftId)).get()
    : openShiftAt(ctx, state.counterId);
  // A session whose shift another session has handed over is over: that tab logs in again.
  if (!counter || !shift || shift.id !== state.shiftId) return null;
  const opener = getClerk(ctx, shift.clerkId);
  const site = getSite(ctx);
  return {
    clerk: { id: clerk.id, name: clerk.name, employeeNo: clerk.employeeNo, role: clerk.role },
    shift: { id: shift.id, openedAt: shift.openedAt, openedBy: opener.id, openedByName: opener.name },
    counter: { id: counter.id, name: counter.name },
    site: { name: site.name, code: site.code, timeZone: site.timeZone, kind: getSiteKind(ctx).kind },
    locked: state.locked,
    endedDay: state.endedDay === true,
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
  if (state.endedDay) throw new AppError('unauthenticated', 'errors.dayEnded');
  write(ctx, actorOf(ctx, state), (tx) => tx.event('clerks', state.clerkId, 'screen locked', {}, 'login'));
  state.locked = true;
  return sessionView(ctx, state) as SessionView;
}

/** The same clerk unlocks, or another clerk takes over the desk; the shift stays open either way. */
export function unlock(ctx: ServiceContext, holder: SessionHolder, clerkId: string, pin: string): SessionView {
  const state = holder.current;
  if (!state || state.endedDay) return login(ctx, holder, clerkId, pin);
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
  // The day's end already logged this clerk out; leaving the handover result just ends the session.
  if (state.endedDay) {
    holder.current = null;
    return;
  }
  write(ctx, actorOf(ctx, state), (tx) => tx.event('clerks', state.clerkId, 'logout', {}, 'login'));
  holder.current = null;
}

export function requireSession(holder: SessionHolder): SessionState {
  if (!holder.current) throw new AppError('unauthenticated', 'errors.notLoggedIn');
  return holder.current;
}
