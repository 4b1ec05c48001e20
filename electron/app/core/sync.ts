import { randomUUID } from 'node:crypto';
import type {
  JoinStateView,
  SyncConflictView,
  SyncFailedView,
  SyncStatusView,
  syncContract,
} from '../../../shared/contract/sync';
import type { ServiceContext } from '../../services/context';
import { AppError } from '../../services/errors';
import { chainStates } from '../../services/sync/chains';
import { listConflicts, openConflictCount, resolveConflict, type SyncConflict } from '../../services/sync/conflicts';
import { claimCounterIndex, deskIdentity } from '../../services/sync/enrol';
import { type FailedEvent, failedEventCount, listFailedEvents, retryFailedEvents } from '../../services/sync/failed';
import { isEmptyDesk, startDemoDesk, startNewDesk } from '../../services/sync/first-start';
import { getSyncSettings, saveSyncSettings, syncPasswordReadable } from '../../services/sync/settings';
import { startSync, syncEngine } from '../sync-runtime';
import type { AppRuntime, HandlerMap } from '../types';

function statusView(runtime: AppRuntime, ctx: ServiceContext): SyncStatusView {
  const settings = getSyncSettings(ctx.sqlite);
  const engine = syncEngine(runtime)?.status();
  return {
    enabled: settings?.enabled ?? false,
    site: settings?.site ?? null,
    counterIndex: settings?.counterIndex ?? null,
    serverUrl: settings?.serverUrl ?? null,
    user: settings?.user ?? null,
    passwordSaved: syncPasswordReadable(ctx.sqlite),
    connected: engine?.connected ?? false,
    offlineSince: engine?.offlineSince ?? null,
    waiting: engine?.waiting ?? 0,
    conflicts: openConflictCount(ctx.sqlite),
    failed: failedEventCount(ctx.sqlite),
    alarms: chainStates(ctx.sqlite).flatMap((c) =>
      c.alarm ? [{ counter: c.counter, alarm: c.alarm, seq: c.alarmSeq, at: c.alarmAt }] : [],
    ),
  };
}

function conflictView(c: SyncConflict): SyncConflictView {
  const side = (s: SyncConflict['kept']) =>
    s ? { counter: s.counter, action: s.action, at: s.at, clerkName: s.clerkName, note: s.note } : null;
  return {
    eventId: c.eventId,
    entity: c.entity,
    display: c.display ?? '',
    kept: side(c.kept),
    other: side(c.other),
    detectedAt: c.detectedAt,
    resolvedAt: c.resolvedAt,
    resolution: c.resolution,
  };
}

function failedView(f: FailedEvent): SyncFailedView {
  return {
    streamSeq: f.streamSeq,
    entityKey: f.entity && f.module ? `labels.${f.module}.entities.${f.entity}` : null,
    display: f.display,
    counter: f.counter,
    at: f.at,
    reason: f.failure,
    retriedAt: f.retriedAt,
  };
}

/** A PC with nothing of its own: no site, no clerk, no enrolment (started without demo data). */
function joinState(ctx: ServiceContext): JoinStateView {
  const settings = getSyncSettings(ctx.sqlite);
  return {
    canJoin: isEmptyDesk(ctx),
    joined: settings?.enabled ?? false,
    site: settings?.site ?? null,
    counterIndex: settings?.counterIndex ?? null,
    received: ctx.sqlite.prepare('select count(*) from sync_inbox').pluck().get() as number,
  };
}

export const syncHandlers = {
  'sync:joinState': (_input, { ctx }) => joinState(ctx),
  'sync:join': async (input, { ctx, runtime }) => {
    if (!isEmptyDesk(ctx)) throw new AppError('forbidden', 'sync.errors.notEmpty');
    // An empty desk has no log to name it by: a fresh identity, so two new PCs can never claim one number.
    await claimCounterIndex({ ...input, index: input.counterIndex, desk: `new-${randomUUID()}` });
    saveSyncSettings(ctx.sqlite, {
      enabled: true,
      serverUrl: input.serverUrl,
      user: input.user,
      password: input.password,
      site: input.site,
      counterIndex: input.counterIndex,
      enrolledAt: ctx.clock.now(),
    });
    // The site stream is replayed into this PC: site, counters, clerks and records arrive in their order.
    startSync(runtime, ctx);
    return joinState(ctx);
  },
  'sync:startDemo': (_input, { ctx }) => {
    startDemoDesk(ctx);
    return joinState(ctx);
  },
  'sync:startNew': (input, { ctx }) => {
    startNewDesk(ctx, input);
    return joinState(ctx);
  },
  'sync:status': (_input, { ctx, runtime }) => statusView(runtime, ctx),
  'sync:enrol': async (input, { ctx, runtime }) => {
    const site = ctx.sqlite.prepare('select code from site limit 1').pluck().get();
    const siteCode = typeof site === 'string' ? site : 'XX';
    await claimCounterIndex({ ...input, site: siteCode, index: input.counterIndex, desk: deskIdentity(ctx.sqlite) });
    saveSyncSettings(ctx.sqlite, {
      enabled: true,
      serverUrl: input.serverUrl,
      user: input.user,
      password: input.password,
      site: siteCode,
      counterIndex: input.counterIndex,
      enrolledAt: ctx.clock.now(),
    });
    // The desk's whole log is published as its history from here; the site stream is replayed into it.
    startSync(runtime, ctx);
    return statusView(runtime, ctx);
  },
  'sync:conflicts': (input, { ctx }) => listConflicts(ctx.sqlite, { open: input.open }).map(conflictView),
  'sync:failed': (_input, { ctx }) => listFailedEvents(ctx.sqlite).map(failedView),
  'sync:retry': (input, { ctx, actor }) => {
    const settings = getSyncSettings(ctx.sqlite);
    if (!settings) throw new AppError('not_found', 'errors.notFound');
    return retryFailedEvents(ctx, actor(), {
      entities: ctx.modules.sync,
      counter: settings.counterIndex,
      streamSeq: input.streamSeq,
    });
  },
  'sync:resolve': (input, { ctx, actor }) => conflictView(resolveConflict(ctx, actor(), input)),
} satisfies HandlerMap<typeof syncContract>;
