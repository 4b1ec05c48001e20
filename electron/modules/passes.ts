import { mainModule } from '../app/module';
import {
  getPass,
  issuePass,
  listPasses,
  passCounts,
  passPrinted,
  returnPass,
  revokePass,
  updatePass,
} from '../services/passes';
import { passesEntities } from '../services/passes/entities';
import { passesExport } from '../services/passes/export';
import { passesSection } from '../services/passes/handover-section';
import { indexPass } from '../services/passes/passes';
import { passesReport } from '../services/passes/report-section';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const passesMain = mainModule('passes', {
  handlers: {
    'passes:issue': (input, { ctx, actor }) => issuePass(ctx, actor(), input),
    'passes:update': (input, { ctx, actor }) => updatePass(ctx, actor(), input),
    'passes:return': (input, { ctx, actor }) => returnPass(ctx, actor(), input),
    'passes:revoke': (input, { ctx, actor }) => revokePass(ctx, actor(), input),
    'passes:printed': (input, { ctx, actor }) => passPrinted(ctx, actor(), input.id),
    'passes:get': (input, { ctx }) => getPass(ctx, input.id),
    'passes:list': (input, { ctx }) => listPasses(ctx, input),
    'passes:attention': (_input, { ctx }) => passCounts(ctx, ctx.clock.now()),
  },
  handover: passesSection,
  report: passesReport,
  export: passesExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(passesEntities, { passes: reindexed(passesEntities.passes, indexPass) }),
});
