import ExcelJS from 'exceljs';
import type { CallView } from '../../shared/contract/calls-views';
import type { ComplaintDetail } from '../../shared/contract/complaints-views';
import type { InvoiceView } from '../../shared/contract/invoices';
import type { VisitView } from '../../shared/contract/reception-views';
import type { RepairOrderDetail } from '../../shared/contract/repairs-views';
import type { ReturnView } from '../../shared/contract/returns';
import type { NamedItem } from '../../shared/contract/settings';
import type { StorageDepositResult, StorageLocationView } from '../../shared/contract/storage-views';
import { type demoPin, TestClock } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

/** Helpers of the export tests: a desk in browser mode driven through the dispatcher, and workbooks read back. */

export { data, failure };

/** 10:00 in Shanghai on 2026-11-<day>. */
export const tenOClock = (day: number) => Date.UTC(2026, 10, day, 2, 0, 0);

export async function startDesk() {
  const desk = await startIpcDesk({ clock: new TestClock(tenOClock(22)) });
  const loginAs = async (employeeNo: string, role: Parameters<typeof demoPin>[0]) => {
    await desk.loginAs(employeeNo, role);
  };
  return {
    dispatch: desk.dispatch,
    loginAs,
    clock: desk.clock,
    dataDir: desk.dataDir,
    sqlite: desk.sqlite,
    count: (sql: string, ...params: (string | number)[]) => desk.count(sql, ...params),
  };
}

export type Desk = Awaited<ReturnType<typeof startDesk>>;

/** One record of every module on the clock's day, all by the supervisor who is logged in. */
export async function workOneDay(desk: Desk, day: number) {
  const { dispatch } = desk;
  const shops = data<NamedItem[]>(await dispatch('settings:list', { kind: 'shops', includeInactive: false }));
  const locations = data<StorageLocationView[]>(await dispatch('storage:locations', {}));
  const free = locations.find((l) => l.free && l.active) as StorageLocationView;
  const phone = `1390000${String(day).padStart(4, '0')}`;
  const visit = data<VisitView>(
    await dispatch('reception:register', { visitorName: `访客${day}`, phone, purpose: 'visit' }),
  );
  const call = data<CallView>(
    await dispatch('calls:log', { direction: 'incoming', phone, category: 'enquiry', summary: `咨询${day}` }),
  );
  const slip = data<StorageDepositResult>(
    await dispatch('storage:deposit', {
      depositorName: `寄存人${day}`,
      phone,
      description: '购物袋',
      pieces: 1,
      size: 'small',
      locationId: free.id,
    }),
  ).slip;
  const invoice = data<InvoiceView>(
    await dispatch('invoices:request', {
      receiptNos: [`XP${day}01`],
      shopId: shops[0]?.id,
      purchaseDate: '2026-11-20',
      amountYuan: '88.80',
      kind: 'vat_ordinary',
      medium: 'electronic',
      buyerType: 'organisation',
      title: '星河贸易',
      taxpayerId: '91350100M000100Y43',
      email: 'a@example.com',
    }),
  );
  const ret = data<ReturnView>(
    await dispatch('returns:register', {
      kind: 'return',
      purchaseDate: '2026-11-20',
      qualityProblem: false,
      hasReceipt: true,
      receiptNo: 'XP2026110001',
      refundMethod: 'original',
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      customerName: `顾客${day}`,
      product: '保温杯',
      quantity: 1,
      shopId: shops[0]?.id,
      amountYuan: '129',
      reason: '不想要了',
    }),
  );
  const complaint = data<ComplaintDetail>(
    await dispatch('complaints:create', {
      channel: 'in_person',
      customerName: `投诉人${day}`,
      phone,
      type: 'product',
      reason: `电饭煲不能加热${day}`,
      demand: '退货',
      urgency: 'normal',
    }),
  );
  const repair = data<RepairOrderDetail>(
    await dispatch('repairs:create', {
      locationKind: 'public',
      location: `二楼卫生间${day}`,
      category: 'plumbing_electric',
      urgency: 'normal',
      description: '水龙头漏水',
      reporterName: `报修人${day}`,
      phone,
    }),
  );
  return { visit, call, slip, invoice, ret, complaint, repair, phone };
}

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** The values of a sheet's data rows (header row left out), by header. */
export function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
  });
  return rows;
}
