import type { Db, Sqlite } from '../../db/open';
import type { Role } from '../../shared/contract/roles';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** What every service gets: the database and the time. No Electron, no globals. */
export interface ServiceContext {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
}

/** The clerk on whose behalf a service acts; null only for system jobs (demo data, retention). */
export interface Actor {
  clerkId: string;
  name: string;
  role: Role;
  shiftId: string | null;
  counterId: string | null;
}
