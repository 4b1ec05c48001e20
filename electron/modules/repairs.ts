import { mainModule } from '../app/module';
import {
  arriveOrder,
  closeOrder,
  completeOrder,
  createOrder,
  dispatchOrder,
  followUpOrder,
  getOrderDetail,
  getRepairSettings,
  listOrders,
  listTeams,
  orderPrinted,
  repairCounts,
  saveRepairSettings,
  saveTeam,
  updateOrder,
  voidOrder,
} from '../services/repairs';
import { repairsEntities } from '../services/repairs/entities';
import { repairsExport } from '../services/repairs/export';
import { repairsSection } from '../services/repairs/handover-section';
import { repairsHitStatus } from '../services/repairs/hit-status';
import { indexOrder } from '../services/repairs/orders';
import { repairsReport } from '../services/repairs/report-section';
import { reindexed, syncedEntities } from '../services/sync/module-sync';

export const repairsMain = mainModule('repairs', {
  hitStatus: repairsHitStatus,
  handlers: {
    'repairs:create': (input, { ctx, actor }) => createOrder(ctx, actor(), input),
    'repairs:update': (input, { ctx, actor }) => updateOrder(ctx, actor(), input),
    'repairs:dispatch': (input, { ctx, actor }) => dispatchOrder(ctx, actor(), input),
    'repairs:arrive': (input, { ctx, actor }) => arriveOrder(ctx, actor(), input),
    'repairs:complete': (input, { ctx, actor }) => completeOrder(ctx, actor(), input),
    'repairs:followUp': (input, { ctx, actor }) => followUpOrder(ctx, actor(), input),
    'repairs:close': (input, { ctx, actor }) => closeOrder(ctx, actor(), input),
    'repairs:void': (input, { ctx, actor }) => voidOrder(ctx, actor(), input),
    'repairs:printed': (input, { ctx, actor }) => orderPrinted(ctx, actor(), input.id),
    'repairs:get': (input, { ctx }) => getOrderDetail(ctx, input.id),
    'repairs:list': (input, { ctx }) => listOrders(ctx, input),
    'repairs:attention': (_input, { ctx }) => repairCounts(ctx, ctx.clock.now()),
    'repairs:teams': (input, { ctx }) => listTeams(ctx, input.includeInactive),
    'repairs:saveTeam': (input, { ctx, actor }) => saveTeam(ctx, actor(), input),
    'repairs:settings': (_input, { ctx }) => getRepairSettings(ctx),
    'repairs:saveSettings': (input, { ctx, actor }) => saveRepairSettings(ctx, actor(), input),
  },
  handover: repairsSection,
  report: repairsReport,
  export: repairsExport,
  // Records from another counter are found by Ctrl+K and in the customer history here too.
  sync: syncedEntities(repairsEntities, { repairOrders: reindexed(repairsEntities.repairOrders, indexOrder) }),
});
