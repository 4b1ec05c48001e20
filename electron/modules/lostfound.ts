import { mainModule } from '../app/module';
import {
  claimItem,
  disposeItem,
  editItem,
  getItem,
  getItemPhoto,
  getLostfoundSettings,
  getReport,
  listItems,
  listReports,
  lostfoundAttention,
  matchCandidates,
  recordClaimPrint,
  registerItem,
  reportLoss,
  saveLostfoundSettings,
  voidItem,
  voidReport,
} from '../services/lostfound';
import { lostfoundEntities } from '../services/lostfound/entities';
import { lostfoundExport } from '../services/lostfound/export';
import { lostfoundSection } from '../services/lostfound/handover-section';
import { lostfoundHitStatus } from '../services/lostfound/hit-status';
import { indexItem } from '../services/lostfound/items';
import { lostfoundReport } from '../services/lostfound/report-section';
import { indexReport } from '../services/lostfound/reports';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const lostfoundMain = mainModule('lostfound', {
  hitStatus: lostfoundHitStatus,
  handlers: {
    'lostfound:register': (input, { ctx, actor }) => registerItem(ctx, actor(), input),
    'lostfound:get': (input, { ctx }) => getItem(ctx, input.id),
    'lostfound:edit': (input, { ctx, actor }) => editItem(ctx, actor(), input),
    'lostfound:photo': (input, { ctx }) => getItemPhoto(ctx, input.id),
    'lostfound:list': (input, { ctx }) => listItems(ctx, input),
    'lostfound:claim': (input, { ctx, actor }) => claimItem(ctx, actor(), input),
    'lostfound:dispose': (input, { ctx, actor }) => disposeItem(ctx, actor(), input),
    'lostfound:void': (input, { ctx, actor }) => voidItem(ctx, actor(), input),
    'lostfound:printed': (input, { ctx, actor }) => recordClaimPrint(ctx, actor(), input.id),
    'lostfound:report': (input, { ctx, actor }) => reportLoss(ctx, actor(), input),
    'lostfound:reports': (input, { ctx }) => listReports(ctx, input),
    'lostfound:getReport': (input, { ctx }) => getReport(ctx, input.id),
    'lostfound:candidates': (input, { ctx }) => matchCandidates(ctx, input.id),
    'lostfound:voidReport': (input, { ctx, actor }) => voidReport(ctx, actor(), input),
    'lostfound:settings': (_input, { ctx }) => getLostfoundSettings(ctx),
    'lostfound:saveSettings': (input, { ctx, actor }) => saveLostfoundSettings(ctx, actor(), input),
    'lostfound:attention': (_input, { ctx }) => lostfoundAttention(ctx, ctx.clock.now()),
  },
  handover: lostfoundSection,
  report: lostfoundReport,
  export: lostfoundExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(lostfoundEntities, {
    lostfoundItems: reindexed(lostfoundEntities.lostfoundItems, indexItem),
    lostfoundReports: reindexed(lostfoundEntities.lostfoundReports, indexReport),
  }),
});
