import type { reportsContract } from '../../shared/contract/reports';
import {
  dailyReport,
  exportReportPdf,
  exportReportXlsx,
  monthlyReport,
  recordReportPrinted,
} from '../services/reports';
import type { HandlerMap } from './types';

export const reportsHandlers = {
  'reports:daily': (input, { ctx, actor }) => dailyReport(ctx, actor(), input.day),
  'reports:monthly': (input, { ctx, actor }) => monthlyReport(ctx, actor(), input.month),
  'reports:exportXlsx': (input, { ctx, actor }) => exportReportXlsx(ctx, actor(), input.kind, input.period),
  'reports:printed': (input, { ctx, actor }) => recordReportPrinted(ctx, actor(), input.kind, input.period),
  'reports:exportPdf': (input, { ctx, actor, runtime }) =>
    exportReportPdf(ctx, actor(), input.kind, input.period, runtime.options.printToPdf),
} satisfies HandlerMap<typeof reportsContract>;
