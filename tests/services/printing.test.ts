import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { startRuntime } from '../../electron/app/runtime';
import type { Result } from '../../shared/errors';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';

async function desk(printPage?: (options: { silent: boolean }) => Promise<void>) {
  const runtime = await startRuntime({
    mode: printPage ? 'desktop' : 'browser',
    dataDir: tempDir(),
    migrationsFolder,
    demoData: true,
    clock: new TestClock(),
    printPage,
  });
  const dispatch = createDispatcher(runtime, () => undefined);
  const clerks = (await dispatch('session:loginClerks', {})) as Result<{ id: string; employeeNo: string }[]>;
  if (!clerks.ok) throw new Error('no clerks');
  const supervisor = clerks.data.find((c) => c.employeeNo === 'K003')?.id;
  await dispatch('session:login', { clerkId: supervisor, pin: '3333' });
  return dispatch;
}

describe('printing', () => {
  it('prints through main in the desktop app, silently once the site asks for it', async () => {
    // The printer leaves the process: the one thing a test may stand in for.
    const jobs: { silent: boolean }[] = [];
    const dispatch = await desk(async (options) => {
      jobs.push(options);
    });
    expect(await dispatch('app:print', {})).toEqual({ ok: true, data: { handled: true } });
    expect(await dispatch('settings:savePrinting', { version: 0, silentDefaultPrinter: true })).toMatchObject({
      ok: true,
    });
    expect(await dispatch('app:print', {})).toEqual({ ok: true, data: { handled: true } });
    expect(jobs).toEqual([{ silent: false }, { silent: true }]);
  });

  it('leaves printing to the browser in browser mode, and refuses a bad setting', async () => {
    const dispatch = await desk();
    expect(await dispatch('app:print', {})).toEqual({ ok: true, data: { handled: false } });
    expect(await dispatch('settings:savePrinting', { version: 0, silentDefaultPrinter: 'yes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'silentDefaultPrinter' },
    });
  });
});
