import { mainModule } from '../app/module';
import { receptionExport } from '../services/backup/export/sources';
import { receptionEntities } from '../services/reception/entities';
import { receptionSection } from '../services/reception/handover-section';
import { receptionHitStatus } from '../services/reception/hit-status';
import { receptionReport } from '../services/reception/report-section';
import { getVisit, listOnSite, listVisits, suggestVisitors } from '../services/reception/visit-queries';
import {
  indexVisit,
  recordEvacuationPrint,
  registerVisit,
  signOutVisit,
  updateVisit,
  voidVisit,
} from '../services/reception/visits';
import { addWatchEntry, listWatchEntries, updateWatchEntry } from '../services/reception/watch-list';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const receptionMain = mainModule('reception', {
  hitStatus: receptionHitStatus,
  handlers: {
    'reception:register': (input, { ctx, actor }) => registerVisit(ctx, actor(), input),
    'reception:update': (input, { ctx, actor }) => updateVisit(ctx, actor(), input),
    'reception:signOut': (input, { ctx, actor }) => signOutVisit(ctx, actor(), input),
    'reception:void': (input, { ctx, actor }) => voidVisit(ctx, actor(), input),
    'reception:get': (input, { ctx }) => getVisit(ctx, input.id),
    'reception:list': (input, { ctx }) => listVisits(ctx, input),
    'reception:onSite': (_input, { ctx }) => listOnSite(ctx),
    'reception:suggest': (input, { ctx }) => suggestVisitors(ctx, input.text),
    'reception:evacuationPrinted': (input, { ctx, actor }) => recordEvacuationPrint(ctx, actor(), input.count),
    'reception:watchList': (_input, { ctx }) => listWatchEntries(ctx),
    'reception:addWatch': (input, { ctx, actor }) => addWatchEntry(ctx, actor(), input),
    'reception:updateWatch': (input, { ctx, actor }) => updateWatchEntry(ctx, actor(), input),
  },
  handover: receptionSection,
  report: receptionReport,
  export: receptionExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(receptionEntities, { visits: reindexed(receptionEntities.visits, indexVisit) }),
});
