import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { siteMidnight } from '../../bench/generator/day';
import { generate } from '../../bench/generator/generate';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import {
  callColumns,
  complaintColumns,
  complaintEventColumns,
  type ExportColumn,
  slipColumns,
  visitColumns,
} from '../../electron/services/backup/export/columns';
import { exportRange } from '../../electron/services/backup/export/export-range';
import { getCall } from '../../electron/services/calls/call-queries';
import { getComplaint, listEvents } from '../../electron/services/complaints/queries';
import type { Actor, ServiceContext } from '../../electron/services/context';
import { COLUMNS as invoiceColumns } from '../../electron/services/invoices/invoice-export';
import { getInvoice } from '../../electron/services/invoices/invoice-queries';
import { getVisit } from '../../electron/services/reception/visit-queries';
import { COLUMNS as returnColumns } from '../../electron/services/returns/return-export';
import { getReturn } from '../../electron/services/returns/return-queries';
import { getSlip } from '../../electron/services/storage/queries';
import { dayjs, siteTimeFormatter } from '../../electron/services/time';
import { exportModuleValues } from '../../shared/contract/backup-export';
import { migrationsFolder, TestClock, tempDir } from '../helpers/db';

const MINUTE = 60_000;

describe('site time formatting for exports', () => {
  it('gives what dayjs gives, minute by minute across offset changes, in zones with and without them', () => {
    const zones = [
      'Asia/Shanghai',
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Pacific/Chatham',
    ];
    // The days around each zone's changes in 2026 and 2016, and a sweep over the years in between.
    const days = [
      '2016-03-13',
      '2016-11-06',
      '2026-03-08',
      '2026-03-29',
      '2026-04-05',
      '2026-10-04',
      '2026-10-25',
      '2026-11-01',
    ];
    for (const timeZone of zones) {
      const format = siteTimeFormatter(timeZone);
      const expected = (ms: number) => dayjs(ms).tz(timeZone).format('YYYY-MM-DD HH:mm');
      for (const day of days) {
        const start = Date.parse(`${day}T00:00:00Z`) - 14 * 60 * MINUTE;
        for (let ms = start; ms < start + 40 * 60 * MINUTE; ms += 7 * MINUTE + 13_001)
          expect(format(ms)).toBe(expected(ms));
      }
      for (let ms = Date.UTC(2015, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 3 * 86_400_000 + 37 * MINUTE + 999)
        expect(format(ms)).toBe(expected(ms));
    }
  });
});

type Row = Record<string, unknown>;

/** What each record sheet held before the export was made fast: each record read by id, times through dayjs. */
function referenceSheets(ctx: ServiceContext, from: number, to: number) {
  const at = (ms: number | null) => (ms === null ? '' : dayjs(ms).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm'));
  const ids = (table: string, time: string, tie: string) =>
    ctx.sqlite
      .prepare(`select id from ${table} where ${time} >= ? and ${time} < ? order by ${time}, ${tie}`)
      .pluck()
      .all(from, to) as string[];
  const sheet = <R>(columns: ExportColumn<R>[], rows: R[]) => rows.map((r) => columns.map((c) => c.value(r, at)));
  const complaints = ids('complaints', 'received_at', 'id');
  return {
    '来访登记.xlsx': [
      sheet(
        visitColumns,
        ids('visits', 'time_in', 'id').map((id) => getVisit(ctx, id)),
      ),
    ],
    '电话记录.xlsx': [
      sheet(
        callColumns,
        ids('calls', 'started_at', 'rowid').map((id) => getCall(ctx, id)),
      ),
    ],
    '寄存登记.xlsx': [
      sheet(
        slipColumns,
        ids('storage_slips', 'deposited_at', 'rowid').map((id) => getSlip(ctx, id)),
      ),
    ],
    '开票申请.xlsx': [
      sheet(
        invoiceColumns,
        ids('invoice_requests', 'created_at', 'rowid').map((id) => getInvoice(ctx, id)),
      ),
    ],
    '退换货.xlsx': [
      sheet(
        returnColumns,
        ids('return_requests', 'created_at', 'rowid').map((id) => getReturn(ctx, id)),
      ),
    ],
    '客户投诉.xlsx': [
      sheet(
        complaintColumns,
        complaints.map((id) => getComplaint(ctx, id)),
      ),
      sheet(
        complaintEventColumns,
        complaints.flatMap((id) =>
          listEvents(ctx, id).map((e) => ({ ...e, serialNo: getComplaint(ctx, id).serialNo })),
        ),
      ),
    ],
  } as Record<string, unknown[][][]>;
}

async function cellsOf(file: string): Promise<unknown[][][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((sheet) => {
    const width = sheet.columnCount;
    const rows: unknown[][] = [];
    // Empty cells are not stored: every row is read back at the sheet's full width, empty as ''.
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? ''));
    });
    return rows;
  });
}

describe('the range export on generated data', () => {
  it('writes exactly the cells a record-by-record export with dayjs wrote, and the audit entries of the range', async () => {
    const out = path.join(tempDir(), 'gen.sqlite');
    const end = siteMidnight(Date.UTC(2026, 10, 24, 12));
    await generate({ out, days: 3, seed: 11, end });
    const opened = await openDatabase(out, { migrationsFolder });
    try {
      const ctx = serviceContext(opened, new TestClock(end + 3_600_000));
      const supervisor = ctx.sqlite
        .prepare("select id, name from clerks where role = 'supervisor' limit 1")
        .get() as Row;
      const actor: Actor = {
        clerkId: String(supervisor.id),
        name: String(supervisor.name),
        role: 'supervisor',
        shiftId: null,
        counterId: null,
      };
      const parent = path.join(tempDir(), 'exports');
      const result = await exportRange(ctx, actor, {
        from: '2026-11-22',
        to: '2026-11-23',
        modules: [...exportModuleValues],
        parent,
      });
      const from = Date.UTC(2026, 10, 21, 16);
      const to = Date.UTC(2026, 10, 23, 16);
      const expected = referenceSheets(ctx, from, to);
      for (const [name, sheets] of Object.entries(expected)) {
        const cells = await cellsOf(path.join(result.folder, name));
        expect(cells.length, name).toBe(sheets.length);
        expect(sheets[0]?.length, name).toBeGreaterThan(0);
        for (const [i, rows] of sheets.entries()) expect(cells[i], `${name} sheet ${i + 1}`).toEqual(rows);
      }
      const audit = (await cellsOf(path.join(result.folder, '审计日志.xlsx')))[0] ?? [];
      const entries = ctx.sqlite
        .prepare('select seq, at, hash from audit_log where at >= ? and at < ? order by seq')
        .all(from, to) as { seq: number; at: number; hash: string }[];
      expect(entries.length).toBeGreaterThan(100);
      expect(audit.map((r) => [r[0], r[1], r[9]])).toEqual(
        entries.map((e) => [e.seq, dayjs(e.at).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm'), e.hash]),
      );
      expect(fs.existsSync(`${result.folder}.未完成`)).toBe(false);
    } finally {
      opened.sqlite.close();
    }
  }, 120_000);
});
