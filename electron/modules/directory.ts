import { mainModule } from '../app/module';
import { getAnswer, getShop, listDirectory, saveAnswer, saveShop, voidAnswer, voidShop } from '../services/directory';
import { directoryExport } from '../services/directory/export';
import { directorySection } from '../services/directory/handover-section';
import { directoryHitStatus } from '../services/directory/hit-status';
import { directoryReport } from '../services/directory/report-section';
import { directorySync } from '../services/directory/sync';

export const directoryMain = mainModule('directory', {
  hitStatus: directoryHitStatus,
  handlers: {
    'directory:list': (input, { ctx }) => listDirectory(ctx, input),
    'directory:getShop': (input, { ctx }) => getShop(ctx, input.id),
    'directory:getAnswer': (input, { ctx }) => getAnswer(ctx, input.id),
    'directory:saveShop': (input, { ctx, actor }) => saveShop(ctx, actor(), input),
    'directory:saveAnswer': (input, { ctx, actor }) => saveAnswer(ctx, actor(), input),
    'directory:voidShop': (input, { ctx, actor }) => voidShop(ctx, actor(), input),
    'directory:voidAnswer': (input, { ctx, actor }) => voidAnswer(ctx, actor(), input),
  },
  handover: directorySection,
  report: directoryReport,
  export: directoryExport,
  sync: directorySync,
});
