import { mainModule } from '../app/module';
import { storageExport } from '../services/backup/export/sources';
import {
  depositGoods,
  findSlips,
  getSlip,
  getStorageSettings,
  listLocations,
  listSlips,
  pickUpGoodsOffThread,
  recordSlipPrint,
  saveLocation,
  saveStorageSettings,
  storageAttention,
  transferSlip,
  unlockSlip,
  updateSlip,
  voidSlip,
} from '../services/storage';
import { storageSection } from '../services/storage/handover-section';
import { storageHitStatus } from '../services/storage/hit-status';
import { storageReport } from '../services/storage/report-section';

import { storageSync } from '../services/storage/sync';
export const storageMain = mainModule('storage', {
  hitStatus: storageHitStatus,
  handlers: {
    // A claim code hashed ahead by the runtime's pool: the deposit does not wait 40 ms for scrypt.
    'storage:deposit': async (input, { ctx, actor, runtime }) => {
      const clerk = actor();
      return depositGoods(ctx, clerk, input, await runtime.claims.take());
    },
    'storage:update': (input, { ctx, actor }) => updateSlip(ctx, actor(), input),
    'storage:get': (input, { ctx }) => getSlip(ctx, input.id),
    'storage:find': (input, { ctx }) => findSlips(ctx, input.query),
    'storage:list': (input, { ctx }) => listSlips(ctx, input),
    'storage:pickup': (input, { ctx, actor }) => pickUpGoodsOffThread(ctx, actor(), input),
    'storage:unlock': (input, { ctx, actor }) => unlockSlip(ctx, actor(), input),
    'storage:transfer': (input, { ctx, actor }) => transferSlip(ctx, actor(), input),
    'storage:void': (input, { ctx, actor }) => voidSlip(ctx, actor(), input),
    'storage:printed': (input, { ctx, actor }) => recordSlipPrint(ctx, actor(), input.id),
    'storage:locations': (input, { ctx }) => listLocations(ctx, input.includeInactive),
    'storage:saveLocation': (input, { ctx, actor }) => saveLocation(ctx, actor(), input),
    'storage:settings': (_input, { ctx }) => getStorageSettings(ctx),
    'storage:saveSettings': (input, { ctx, actor }) => saveStorageSettings(ctx, actor(), input),
    'storage:attention': (_input, { ctx }) => storageAttention(ctx, ctx.clock.now()),
  },
  handover: storageSection,
  report: storageReport,
  export: storageExport,
  sync: storageSync,
});
