import type { sessionContract } from '../../../shared/contract/session';
import { recoveryBackups, recoveryTimeZone } from '../../services/backup/recovery-list';
import { AppError } from '../../services/errors';
import { lock, login, loginClerks, logout, sessionView, unlock } from '../../services/session';
import { getPrinting } from '../../services/settings';
import { newestBackup, restoreChosenBackup, restoreNewestBackup, runtimeRecoveryFolders } from '../runtime';

/** The time zone a new desk starts with: what the recovery screen shows when no copy can say the site's own. */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

import type { HandlerMap } from '../types';

export const sessionHandlers = {
  'app:status': (_input, { runtime }) => ({
    state: runtime.state.kind,
    reasonKey: runtime.state.kind === 'recovery' ? runtime.state.reasonKey : undefined,
    found: runtime.state.kind === 'recovery' ? runtime.state.found : undefined,
    newestBackup: newestBackup(runtime),
    databaseFile: runtime.databaseFile,
    mode: runtime.options.mode,
  }),
  'app:restoreNewestBackup': async (_input, { runtime }) => {
    if (runtime.state.kind === 'ready') throw new AppError('rule', 'errors.restoreOnlyInRecovery');
    if (!newestBackup(runtime)) throw new AppError('not_found', 'errors.noBackup');
    return restoreNewestBackup(runtime);
  },
  'app:recoveryBackups': (_input, { runtime }) => {
    if (runtime.state.kind === 'ready') throw new AppError('rule', 'errors.restoreOnlyInRecovery');
    const backups = recoveryBackups(runtimeRecoveryFolders(runtime), runtime.options.nativeBinding);
    return { backups, timeZone: recoveryTimeZone(backups, DEFAULT_TIME_ZONE) };
  },
  'app:restoreBackup': async (input, { runtime }) => {
    if (runtime.state.kind === 'ready') throw new AppError('rule', 'errors.restoreOnlyInRecovery');
    return restoreChosenBackup(runtime, input.name, input.folder);
  },
  'session:loginClerks': (_input, { ctx }) => loginClerks(ctx),
  'session:current': (_input, { ctx, session }) => sessionView(ctx, session.current),
  'session:login': (input, { ctx, session }) => login(ctx, session, input.clerkId, input.pin),
  'session:lock': (_input, { ctx, session }) => lock(ctx, session),
  'session:unlock': (input, { ctx, session }) => unlock(ctx, session, input.clerkId, input.pin),
  'app:print': async (_input, { ctx, runtime }) => {
    if (!runtime.options.printPage) return { handled: false };
    await runtime.options.printPage({ silent: getPrinting(ctx).silentDefaultPrinter });
    return { handled: true };
  },
  'session:logout': (_input, { ctx, session }) => {
    logout(ctx, session);
    return null;
  },
} satisfies HandlerMap<typeof sessionContract>;
