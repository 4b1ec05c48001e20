import type { Db, Sqlite } from '../../db/open';
import type { Role } from '../../shared/contract/roles';
import type { ModuleContributions } from './contributions';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** What every service gets: the database, the time and the registered modules' parts. No Electron, no globals. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
  modules: ModuleContributions;
}

/** The clerk on whose behalf a service acts; null only for system jobs (demo data, retention). */
export interface Actor {
  clerkId: string;
  name: string;
  role: Role;
  shiftId: string | null;
  counterId: string | null;
}
