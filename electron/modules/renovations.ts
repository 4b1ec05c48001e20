import { mainModule } from '../app/module';
import {
  applyRenovation,
  approveRenovation,
  getRenovation,
  getRenovationSettings,
  inspectRenovation,
  listRenovations,
  refundRenovation,
  renovationCounts,
  renovationPrinted,
  saveRenovationSettings,
  voidRenovation,
} from '../services/renovations';
import { renovationsEntities } from '../services/renovations/entities';
import { renovationsExport } from '../services/renovations/export';
import { renovationsSection } from '../services/renovations/handover-section';
import { renovationsHitStatus } from '../services/renovations/hit-status';
import { indexRenovation } from '../services/renovations/permits';
import { renovationsReport } from '../services/renovations/report-section';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const renovationsMain = mainModule('renovations', {
  handlers: {
    'renovations:apply': (input, { ctx, actor }) => applyRenovation(ctx, actor(), input),
    'renovations:approve': (input, { ctx, actor }) => approveRenovation(ctx, actor(), input),
    'renovations:inspect': (input, { ctx, actor }) => inspectRenovation(ctx, actor(), input),
    'renovations:refund': (input, { ctx, actor }) => refundRenovation(ctx, actor(), input),
    'renovations:void': (input, { ctx, actor }) => voidRenovation(ctx, actor(), input),
    'renovations:printed': (input, { ctx, actor }) => renovationPrinted(ctx, actor(), input.id),
    'renovations:get': (input, { ctx }) => getRenovation(ctx, input.id),
    'renovations:list': (input, { ctx }) => listRenovations(ctx, input),
    'renovations:attention': (_input, { ctx }) => renovationCounts(ctx, ctx.clock.now()),
    'renovations:settings': (_input, { ctx }) => getRenovationSettings(ctx),
    'renovations:saveSettings': (input, { ctx, actor }) => saveRenovationSettings(ctx, actor(), input),
  },
  handover: renovationsSection,
  report: renovationsReport,
  export: renovationsExport,
  hitStatus: renovationsHitStatus,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(renovationsEntities, {
    renovations: reindexed(renovationsEntities.renovations, indexRenovation),
  }),
});
