import type { ExportModule } from '../../../../shared/contract/backup-export';
import { getCall } from '../../calls/call-queries';
import { getComplaint, listEvents } from '../../complaints/queries';
import type { ServiceContext } from '../../context';
import { COLUMNS as invoiceColumns } from '../../invoices/invoice-export';
import { getInvoice } from '../../invoices/invoice-queries';
import { getVisit } from '../../reception/visit-queries';
import { COLUMNS as returnColumns } from '../../returns/return-export';
import { getReturn } from '../../returns/return-queries';
import { getSlip } from '../../storage/queries';
import { auditColumns, auditPages } from './audit-sheet';
import {
  callColumns,
  complaintColumns,
  complaintEventColumns,
  type ExportColumn,
  type FormatTime,
  slipColumns,
  visitColumns,
} from './columns';
import { type Cell, type ExportWindow, idPages, inBatches } from './paging';

/** One worksheet: its columns and its rows, produced a page at a time so memory stays bounded. */
export interface SheetPlan {
  name: string;
  columns: { header: string; width: number }[];
  pages(ctx: ServiceContext, window: ExportWindow, at: FormatTime): Generator<Cell[][]>;
}

export interface ModulePlan {
  module: ExportModule;
  file: string;
  /** The first sheet holds the module's records; its row count is the one reported. */
  sheets: SheetPlan[];
}

/** A sheet of one module's records, each read through the module's own view so the export shows what screens do. */
export function recordSheet<R>(
  name: string,
  columns: ExportColumn<R>[],
  table: string,
  timeColumn: string,
  tie: 'id' | 'rowid',
  load: (ctx: ServiceContext, id: string) => R,
): SheetPlan {
  return {
    name,
    columns,
    *pages(ctx, window, at) {
      for (const ids of idPages(ctx.sqlite, table, timeColumn, tie, window))
        yield* inBatches(ids, (id) => {
          const row = load(ctx, id);
          return columns.map((c) => c.value(row, at));
        });
    },
  };
}

const complaintTimeline: SheetPlan = {
  name: '处理时间线',
  columns: complaintEventColumns,
  *pages(ctx, window, at) {
    for (const ids of idPages(ctx.sqlite, 'complaints', 'received_at', 'id', window)) {
      const timelines = inBatches(ids, (id): Cell[][] => {
        const { serialNo } = getComplaint(ctx, id);
        return listEvents(ctx, id).map((event) =>
          complaintEventColumns.map((c) => c.value({ ...event, serialNo }, at)),
        );
      });
      for (const batch of timelines) yield batch.flat();
    }
  },
};

// One plan per module that exports, registered by its module definition (`electron/modules/<module>.ts`); the
// registry puts them in its order and the audit log's last.

export const receptionExport: ModulePlan = {
  module: 'reception',
  file: '来访登记.xlsx',
  sheets: [recordSheet('来访登记', visitColumns, 'visits', 'time_in', 'id', getVisit)],
};

export const callsExport: ModulePlan = {
  module: 'calls',
  file: '电话记录.xlsx',
  sheets: [recordSheet('电话记录', callColumns, 'calls', 'started_at', 'rowid', getCall)],
};

export const storageExport: ModulePlan = {
  module: 'storage',
  file: '寄存登记.xlsx',
  sheets: [recordSheet('寄存登记', slipColumns, 'storage_slips', 'deposited_at', 'rowid', getSlip)],
};

export const invoicesExport: ModulePlan = {
  module: 'invoices',
  file: '开票申请.xlsx',
  sheets: [recordSheet('开票申请', invoiceColumns, 'invoice_requests', 'created_at', 'rowid', getInvoice)],
};

export const returnsExport: ModulePlan = {
  module: 'returns',
  file: '退换货.xlsx',
  sheets: [recordSheet('退换货汇总表', returnColumns, 'return_requests', 'created_at', 'rowid', getReturn)],
};

export const complaintsExport: ModulePlan = {
  module: 'complaints',
  file: '客户投诉.xlsx',
  sheets: [
    recordSheet('客户投诉登记表', complaintColumns, 'complaints', 'received_at', 'id', getComplaint),
    complaintTimeline,
  ],
};

/** The audit log: the foundation's own workbook, always written last. */
export const auditExport: ModulePlan = {
  module: 'audit',
  file: '审计日志.xlsx',
  sheets: [{ name: '审计日志', columns: auditColumns, pages: auditPages }],
};
