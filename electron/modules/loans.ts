import { mainModule } from '../app/module';
import {
  getLoan,
  lend,
  listKinds,
  listLoanItems,
  listLoans,
  loansAttention,
  recordLoanPrint,
  returnLoan,
  saveKind,
  saveLoanItem,
  voidLoan,
} from '../services/loans';
import { loansExport } from '../services/loans/export';
import { loansSection } from '../services/loans/handover-section';
import { loansHitStatus } from '../services/loans/hit-status';
import { loansReport } from '../services/loans/report-section';
import { loansSync } from '../services/loans/sync';

export const loansMain = mainModule('loans', {
  hitStatus: loansHitStatus,
  handlers: {
    'loans:kinds': (input, { ctx }) => listKinds(ctx, input.includeInactive),
    'loans:saveKind': (input, { ctx, actor }) => saveKind(ctx, actor(), input),
    'loans:items': (input, { ctx }) => listLoanItems(ctx, input.includeInactive),
    'loans:saveItem': (input, { ctx, actor }) => saveLoanItem(ctx, actor(), input),
    'loans:lend': (input, { ctx, actor }) => lend(ctx, actor(), input),
    'loans:return': (input, { ctx, actor }) => returnLoan(ctx, actor(), input),
    'loans:get': (input, { ctx }) => getLoan(ctx, input.id),
    'loans:list': (input, { ctx }) => listLoans(ctx, input),
    'loans:void': (input, { ctx, actor }) => voidLoan(ctx, actor(), input),
    'loans:printed': (input, { ctx, actor }) => recordLoanPrint(ctx, actor(), input.id),
    'loans:attention': (_input, { ctx }) => loansAttention(ctx, ctx.clock.now()),
  },
  handover: loansSection,
  report: loansReport,
  export: loansExport,
  sync: loansSync,
});
