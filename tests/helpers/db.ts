import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import type { Actor, Clock, ServiceContext } from '../../electron/services/context';
import { demoClerks, seedDemoData } from '../../electron/services/demo-data';

export const migrationsFolder = path.resolve(__dirname, '../../db/migrations');

export class TestClock implements Clock {
  constructor(public current = Date.UTC(2026, 10, 24, 2, 0, 0)) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) if (o.sqlite.open) o.sqlite.close();
});

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-test-'));
}

export interface TestDesk {
  ctx: ServiceContext;
  clock: TestClock;
  opened: OpenedDatabase;
  dir: string;
  clerkByRole(role: Actor['role']): Actor;
}

/** A fresh database file in a temp dir with the production migrations and the demo site. */
export async function freshDesk(options: { demo?: boolean } = {}): Promise<TestDesk> {
  const dir = tempDir();
  const db = await openDatabase(path.join(dir, 'test.sqlite'), { migrationsFolder });
  opened.push(db);
  const clock = new TestClock();
  const ctx = serviceContext(db, clock);
  if (options.demo !== false) seedDemoData(ctx);
  return {
    ctx,
    clock,
    opened: db,
    dir,
    clerkByRole(role) {
      const row = ctx.sqlite.prepare('select id, name, role from clerks where role = ? limit 1').get(role) as {
        id: string;
        name: string;
        role: Actor['role'];
      };
      return { clerkId: row.id, name: row.name, role: row.role, shiftId: null, counterId: null };
    },
  };
}

export const demoPin = (role: Actor['role']) => demoClerks.find((c) => c.role === role)?.pin as string;
