import { mainModule } from '../app/module';
import { invoicesExport } from '../services/backup/export/sources';
import {
  deliverInvoice,
  exportInvoices,
  getInvoice,
  invoiceDailyTotals,
  issueInvoice,
  listInvoices,
  openInvoiceCount,
  rememberedBuyers,
  requestInvoice,
  toRequestInput,
  voidInvoice,
} from '../services/invoices';
import { invoicesSection } from '../services/invoices/handover-section';
import { invoicesHitStatus } from '../services/invoices/hit-status';
import { invoicesReport } from '../services/invoices/report-section';
import { invoicesSync } from '../services/invoices/sync';

export const invoicesMain = mainModule('invoices', {
  hitStatus: invoicesHitStatus,
  handlers: {
    'invoices:request': (input, { ctx, actor }) => requestInvoice(ctx, actor(), toRequestInput(input)),
    'invoices:issue': (input, { ctx, actor }) => issueInvoice(ctx, actor(), input),
    'invoices:deliver': (input, { ctx, actor }) => deliverInvoice(ctx, actor(), input),
    'invoices:void': (input, { ctx, actor }) => voidInvoice(ctx, actor(), input),
    'invoices:get': (input, { ctx }) => getInvoice(ctx, input.id),
    'invoices:list': (input, { ctx }) => listInvoices(ctx, input),
    'invoices:buyers': (input, { ctx }) => rememberedBuyers(ctx, input.text),
    'invoices:dailyTotals': (input, { ctx }) => invoiceDailyTotals(ctx, input.from, input.to),
    'invoices:export': (input, { ctx }) => exportInvoices(ctx, input.from, input.to),
    'invoices:attention': (_input, { ctx }) => ({ open: openInvoiceCount(ctx) }),
  },
  handover: invoicesSection,
  report: invoicesReport,
  export: invoicesExport,
  sync: invoicesSync,
});
