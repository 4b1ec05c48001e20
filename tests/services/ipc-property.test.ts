import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { startRuntime } from '../../electron/app/runtime';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { DESKTOP_SESSION } from '../../electron/services/session';
import { type Channel, channelNames } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';

const errorCodes = [
  'invalid_input',
  'not_found',
  'forbidden',
  'unauthenticated',
  'conflict',
  'rule',
  'locked',
  'storage',
  'unknown_channel',
  'unavailable',
];

/** Channels that end the session or replace the database; exercised by their own tests. */
const excluded = new Set<string>(['session:lock', 'session:logout', 'app:restoreNewestBackup', 'backup:restore']);

/** Inputs shaped like what a renderer sends, plus junk: wrong types, huge strings, odd keys. */
const inputs = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom('id', 'name', 'phone', 'kind', 'text', 'pin', 'clerkId', 'reason', 'limit', 'cursor', 'from', 'to'),
    fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 5000 })),
  ),
);

describe('every IPC channel under random and malformed input', () => {
  it('accepts or refuses with a typed error, never crashes, and leaves the database valid', async () => {
    const clock = new TestClock();
    const runtime = await startRuntime({
      mode: 'browser',
      dataDir: tempDir(),
      migrationsFolder,
      demoData: true,
      clock,
    });
    const dispatch = createDispatcher(runtime, () => undefined);
    const clerks = (await dispatch('session:loginClerks', {})) as Result<{ id: string; employeeNo: string }[]>;
    if (!clerks.ok) throw new Error('no clerks');
    const manager = clerks.data.find((c) => c.employeeNo === 'K004')?.id as string;
    const channels = channelNames.filter((c) => !excluded.has(c));
    let internal = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Channel | 'nope:channel'>(...channels, 'nope:channel'),
        inputs,
        async (channel, input) => {
          if (!runtime.sessions.holder(DESKTOP_SESSION).current)
            await dispatch('session:login', { clerkId: manager, pin: '4444' });
          const result = await dispatch(channel, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(result.error.messageKey).toMatch(/^[a-zA-Z]+\.[\w.]+$/);
            if (result.error.code === ('internal' as string)) internal += 1;
          }
          expect(JSON.stringify(result)).not.toMatch(/\n\s+at /);
        },
      ),
      { numRuns: 3000 },
    );
    expect(internal).toBe(0);
    if (runtime.state.kind !== 'ready') throw new Error('database closed');
    expect(runtime.state.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAuditChain(runtime.state.ctx.sqlite)).toMatchObject({ ok: true });
  }, 120_000);
});
