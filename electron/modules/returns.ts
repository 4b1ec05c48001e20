import { mainModule } from '../app/module';
import { returnsExport } from '../services/backup/export/sources';
import {
  checkReturn,
  decideReturn,
  exportReturns,
  getReturn,
  listReturns,
  registerReturn,
  toRegisterInput,
  voidReturn,
} from '../services/returns';
import { returnsEntities } from '../services/returns/entities';
import { returnsSection } from '../services/returns/handover-section';
import { returnsHitStatus } from '../services/returns/hit-status';
import { returnsReport } from '../services/returns/report-section';
import { indexReturn, returnPrinted } from '../services/returns/returns';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const returnsMain = mainModule('returns', {
  hitStatus: returnsHitStatus,
  handlers: {
    'returns:check': (input, { ctx }) => checkReturn(ctx, input),
    'returns:register': (input, { ctx, actor }) => registerReturn(ctx, actor(), toRegisterInput(input)),
    'returns:decide': (input, { ctx, actor }) => decideReturn(ctx, actor(), input),
    'returns:void': (input, { ctx, actor }) => voidReturn(ctx, actor(), input),
    'returns:get': (input, { ctx }) => getReturn(ctx, input.id),
    'returns:printed': (input, { ctx, actor }) => returnPrinted(ctx, actor(), input.id),
    'returns:list': (input, { ctx }) => listReturns(ctx, input),
    'returns:export': (input, { ctx }) => exportReturns(ctx, input),
  },
  handover: returnsSection,
  report: returnsReport,
  export: returnsExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(returnsEntities, { returnRequests: reindexed(returnsEntities.returnRequests, indexReturn) }),
});
