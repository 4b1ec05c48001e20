import { mainModule } from '../app/module';
import {
  dailyReport,
  exportReportPdf,
  exportReportXlsx,
  monthlyReport,
  recordReportPrinted,
} from '../services/reports';

export const reportsMain = mainModule('reports', {
  handlers: {
    'reports:daily': (input, { ctx, actor }) => dailyReport(ctx, actor(), input.day),
    'reports:monthly': (input, { ctx, actor }) => monthlyReport(ctx, actor(), input.month),
    'reports:exportXlsx': (input, { ctx, actor }) => exportReportXlsx(ctx, actor(), input.kind, input.period),
    'reports:printed': (input, { ctx, actor }) => recordReportPrinted(ctx, actor(), input.kind, input.period),
    'reports:exportPdf': (input, { ctx, actor, runtime }) =>
      exportReportPdf(ctx, actor(), input.kind, input.period, runtime.options.printToPdf),
  },
});
