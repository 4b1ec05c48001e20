import { mainModule } from '../app/module';
import { callsExport } from '../services/backup/export/sources';
import {
  getCall,
  listCallbacks,
  listCalls,
  logCall,
  openCallbackCounts,
  repeatCaller,
  updateCall,
  voidCall,
} from '../services/calls';
import { indexCall } from '../services/calls/calls';
import { callsEntities } from '../services/calls/entities';
import { callsSection } from '../services/calls/handover-section';
import { callsHitStatus } from '../services/calls/hit-status';
import { callsReport } from '../services/calls/report-section';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const callsMain = mainModule('calls', {
  hitStatus: callsHitStatus,
  handlers: {
    'calls:log': (input, { ctx, actor }) => logCall(ctx, actor(), input),
    'calls:update': (input, { ctx, actor }) => updateCall(ctx, actor(), input),
    'calls:void': (input, { ctx, actor }) => voidCall(ctx, actor(), input),
    'calls:get': (input, { ctx }) => getCall(ctx, input.id),
    'calls:list': (input, { ctx }) => listCalls(ctx, input),
    'calls:callbacks': (input, { ctx }) => ({ now: ctx.clock.now(), rows: listCallbacks(ctx, input.onlyOverdue) }),
    'calls:attention': (_input, { ctx }) => openCallbackCounts(ctx, ctx.clock.now()),
    'calls:repeat': (input, { ctx }) => repeatCaller(ctx, input.phone),
  },
  handover: callsSection,
  report: callsReport,
  export: callsExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(callsEntities, { calls: reindexed(callsEntities.calls, indexCall) }),
});
