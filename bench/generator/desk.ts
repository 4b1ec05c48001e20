import type { Actor, Clock, ServiceContext } from '../../electron/services/context';
import { listItems, thisCounterId } from '../../electron/services/settings';
import { listLocations } from '../../electron/services/storage/locations';
import { CustomerPool } from './people';
import { Random } from './random';
import { Scheduler } from './scheduler';

/** The generator's clock: every service call runs at the moment the simulated clerk acts. */
export class BenchClock implements Clock {
  current = 0;
  now(): number {
    return this.current;
  }
}

export interface Locker {
  id: string;
  busy: boolean;
}

/** Everything the module generators share: the services' context, the simulated desk and its staff. */
export interface GenDesk {
  ctx: ServiceContext;
  clock: BenchClock;
  rng: Random;
  customers: CustomerPool;
  scheduler: Scheduler;
  counterId: string;
  shops: string[];
  departments: string[];
  lockers: Locker[];
  shelfId: string;
  staff: Record<'clerk' | 'lead' | 'supervisor', Actor>;
  /** Whoever holds the desk right now (changes at the shift change). */
  onDuty: Actor;
  refused: Map<string, number>;
  written: Map<string, number>;
}

export function createGenDesk(ctx: ServiceContext, clock: BenchClock, seed: number): GenDesk {
  const rng = new Random(seed);
  const actor = (role: Actor['role']): Actor => {
    const row = ctx.sqlite.prepare('select id, name, role from clerks where role = ? limit 1').get(role) as {
      id: string;
      name: string;
      role: Actor['role'];
    };
    return { clerkId: row.id, name: row.name, role: row.role, shiftId: null, counterId: null };
  };
  const locations = listLocations(ctx, false);
  const shelf = locations.find((l) => l.shared);
  if (!shelf) throw new Error('the demo desk has no shared shelf');
  const counterId = thisCounterId(ctx);
  if (!counterId) throw new Error('the demo desk has no counter');
  const staff = { clerk: actor('clerk'), lead: actor('lead'), supervisor: actor('supervisor') };
  return {
    ctx,
    clock,
    rng,
    customers: new CustomerPool(rng, 20_000),
    scheduler: new Scheduler(),
    counterId,
    shops: listItems(ctx, 'shops', false).map((s) => s.id),
    departments: listItems(ctx, 'departments', false).map((d) => d.id),
    lockers: locations.filter((l) => !l.shared).map((l) => ({ id: l.id, busy: false })),
    shelfId: shelf.id,
    staff,
    onDuty: staff.clerk,
    refused: new Map(),
    written: new Map(),
  };
}

/** Runs one service call at `at`; a refusal is counted (the generator should produce none) and does not stop the run. */
export function act(desk: GenDesk, at: number, label: string, call: () => void): void {
  desk.clock.current = at;
  try {
    call();
    desk.written.set(label, (desk.written.get(label) ?? 0) + 1);
  } catch (error) {
    const key = `${label}: ${(error as { messageKey?: string }).messageKey ?? String(error).slice(0, 120)}`;
    desk.refused.set(key, (desk.refused.get(key) ?? 0) + 1);
  }
}
