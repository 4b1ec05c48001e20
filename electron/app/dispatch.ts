import { ZodError } from 'zod';
import { type Channel, contract, isChannel } from '../../shared/contract';
import type { AnySpec } from '../../shared/contract/channel';
import { moneyCeilingFen, withMoneyCeilings } from '../../shared/contract/money';
import { hasRole } from '../../shared/contract/roles';
import { type AppErrorData, parseMessage, type Result } from '../../shared/errors';
import { getClerk } from '../services/clerks';
import { isEntityName } from '../services/entities';
import { AppError } from '../services/errors';
import { moneyCeilingsOf } from '../services/money-ceilings';
import { actorOf, DESKTOP_SESSION, requireSession } from '../services/session';
import { SUBMISSION_KEY, submittedBefore, withSubmission } from '../services/submissions';
import { currentVersion, staleVersionError, withExpectedVersion } from '../services/versions';
import { handlerFor } from './handlers';
import { pinsOf, precheckPinsIn } from './pin-precheck';
import type { AppRuntime } from './runtime';
import type { HandlerCall } from './types';

/** Channels that work while the database is unusable: the recovery screen needs them. */
const recoveryChannels = new Set<Channel>([
  'app:status',
  'app:restoreNewestBackup',
  'app:recoveryBackups',
  'app:restoreBackup',
]);

/** What a session that ended the day may still do: read, print and save its handover sheet, then leave. */
const endedDayChannels = new Set<Channel>(['session:logout', 'handover:get', 'handover:list', 'app:print']);

/** `sessionKey` names the caller's own desk session: the desktop window's one, or a browser tab's. */
export type Dispatch = (channel: string, rawInput: unknown, sessionKey?: string) => Promise<Result<unknown>>;

/**
 * The one place every call from the renderer goes through, for Electron IPC and browser mode alike:
 * known channel, then input parsed by the contract's schema, then access, then the PINs it carries compared off
 * the main thread, then the handler the module registered.
 */
export function createDispatcher(runtime: AppRuntime, log: (error: unknown) => void = console.error): Dispatch {
  return async (channelName, rawInput, sessionKey = DESKTOP_SESSION) => {
    try {
      if (!isChannel(channelName)) return fail({ code: 'unknown_channel', messageKey: 'errors.unknownChannel' });
      const spec: AnySpec = contract[channelName];
      const { input: withoutKey, submission } = splitSubmission(rawInput);
      // Money is parsed under the ceilings this desk's supervisor set (the defaults while the data is unusable).
      const ceilings = runtime.state.kind === 'ready' ? moneyCeilingsOf(runtime.state.ctx) : moneyCeilingFen;
      const parsed = withMoneyCeilings(ceilings, () => spec.input.safeParse(withoutKey ?? {}));
      if (!parsed.success) return fail(zodToError(parsed.error));
      const state = runtime.state;
      if (state.kind !== 'ready' && !recoveryChannels.has(channelName))
        return fail({ code: 'unavailable', messageKey: 'errors.databaseUnavailable' });
      const holder = runtime.sessions.holder(sessionKey);
      const call: HandlerCall = {
        runtime,
        session: holder,
        get ctx() {
          if (runtime.state.kind !== 'ready') throw new AppError('unavailable', 'errors.databaseUnavailable');
          return runtime.state.ctx;
        },
        actor: () => {
          if (runtime.state.kind !== 'ready') throw new AppError('unavailable', 'errors.databaseUnavailable');
          return actorOf(runtime.state.ctx, requireSession(holder));
        },
      };
      if (spec.access !== 'public') {
        const session = holder.current;
        if (!session) return fail({ code: 'unauthenticated', messageKey: 'errors.notLoggedIn' });
        if (session.endedDay && !endedDayChannels.has(channelName))
          return fail({ code: 'unauthenticated', messageKey: 'errors.dayEnded' });
        if (session.locked && channelName !== 'session:lock')
          return fail({ code: 'unauthenticated', messageKey: 'errors.screenLocked' });
        if (spec.access !== 'session') {
          const clerk = getClerk(call.ctx, session.clerkId);
          if (!hasRole(clerk.role, spec.access))
            return fail({ code: 'forbidden', messageKey: 'errors.forbidden', params: { role: spec.access } });
        }
      }
      const release =
        state.kind === 'ready' ? await precheckPinsIn(state.ctx, pinsOf(spec, parsed.data)) : () => undefined;
      try {
        // A form sent again (after a lost answer, or a restart) whose first sending was stored: not stored twice,
        // and said so (its own first save moved the version, which is not another clerk's change).
        if (submission && state.kind === 'ready' && submittedBefore(state.ctx.sqlite, submission))
          return fail({ code: 'conflict', messageKey: 'errors.alreadySaved' });
        // An edit based on an older version is refused before its rules run (they would otherwise say something
        // beside the point, such as a status change not allowed from the state another tab has just set).
        const record = spec.versioned && state.kind === 'ready' ? spec.versioned(parsed.data) : null;
        if (record && state.kind === 'ready' && isEntityName(record.entity)) {
          const stored = currentVersion(state.ctx, record);
          if (stored !== null && stored !== record.version)
            return fail(staleVersionError(state.ctx, record.entity, record.id, record.version).toData());
        }
        const run = () => withExpectedVersion(record, () => handlerFor(channelName)(parsed.data, call));
        return { ok: true, data: await withSubmission(submission, channelName, run) };
      } finally {
        release();
      }
    } catch (error) {
      if (error instanceof AppError) return fail(error.toData());
      if (error instanceof ZodError) return fail(zodToError(error));
      log(error);
      return fail({ code: 'internal', messageKey: 'errors.internal' });
    }
  };
}

/** A form's submission key travels beside its fields (`__submission`), outside the channel's schema. */
function splitSubmission(raw: unknown): { input: unknown; submission: string | null } {
  if (typeof raw !== 'object' || raw === null || !('__submission' in raw)) return { input: raw, submission: null };
  const { __submission, ...input } = raw as Record<string, unknown>;
  return {
    input,
    submission: typeof __submission === 'string' && SUBMISSION_KEY.test(__submission) ? __submission : null,
  };
}

function fail(error: AppErrorData): Result<never> {
  return { ok: false, error };
}

export function zodToError(error: ZodError): AppErrorData {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (!(field in fieldErrors))
      fieldErrors[field] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
  }
  const first = error.issues[0];
  const field = first?.path.join('.') || undefined;
  // Field messages keep their parameters (`key|{"max":40}`); the top-level message splits them out.
  const { key, params } = parseMessage((field !== undefined && fieldErrors[field]) || 'errors.invalid');
  return { code: 'invalid_input', messageKey: key, params, field, fieldErrors };
}
