import { mainModule } from '../app/module';
import {
  checkPass,
  getPassDetail,
  holdOf,
  issuePass,
  listHolds,
  listPasses,
  passPrinted,
  releaseCounts,
  saveHold,
  updatePass,
  voidPass,
} from '../services/releases';
import { releasesExport } from '../services/releases/export';
import { releasesSection } from '../services/releases/handover-section';
import { releasesReport } from '../services/releases/report-section';
import { releasesSync } from '../services/releases/sync';

export const releasesMain = mainModule('releases', {
  handlers: {
    'releases:issue': (input, { ctx, actor }) => issuePass(ctx, actor(), input),
    'releases:update': (input, { ctx, actor }) => updatePass(ctx, actor(), input),
    'releases:check': (input, { ctx, actor }) => checkPass(ctx, actor(), input),
    'releases:void': (input, { ctx, actor }) => voidPass(ctx, actor(), input),
    'releases:printed': (input, { ctx, actor }) => passPrinted(ctx, actor(), input.id),
    'releases:get': (input, { ctx }) => getPassDetail(ctx, input.id),
    'releases:list': (input, { ctx }) => listPasses(ctx, input),
    'releases:attention': (_input, { ctx }) => releaseCounts(ctx, ctx.clock.now()),
    'releases:unitHold': (input, { ctx }) => holdOf(ctx, input.unit),
    'releases:holds': (_input, { ctx }) => listHolds(ctx),
    'releases:saveHold': (input, { ctx, actor }) => saveHold(ctx, actor(), input),
  },
  handover: releasesSection,
  report: releasesReport,
  export: releasesExport,
  sync: releasesSync,
});
