import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../shared/contract/audit';
import type { ExportRangeResult } from '../../shared/contract/backup-export';
import type { ComplaintDetail } from '../../shared/contract/complaints';
import type { SearchHit } from '../../shared/contract/search';
import { labelLeaks } from '../helpers/label-leaks';
import { data, readBook, startDesk, tenOClock, workOneDay } from './export-helpers';

/** Every cell of every sheet as text, one line per row. */
function workbookText(book: ExcelJS.Workbook): string {
  const lines: string[] = [];
  for (const sheet of book.worksheets) {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      lines.push(values.map((v) => (v === null || v === undefined ? '' : String(v))).join(' | '));
    });
  }
  return lines.join('\n');
}

async function bookFromBase64(base64: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  await book.xlsx.load(bytes.buffer);
  return book;
}

/** A desk with a record of every module, edited, voided, resolved and return-visited: every value list in use. */
async function busyDesk() {
  const desk = await startDesk();
  await desk.loginAs('K003', 'supervisor');
  desk.clock.current = tenOClock(23);
  const day = await workOneDay(desk, 23);
  const { dispatch } = desk;
  data(await dispatch('reception:signOut', { id: day.visit.id, version: day.visit.version }));
  data(await dispatch('calls:void', { id: day.call.id, version: day.call.version, reason: '重复登记' }));
  const clerks = data<{ id: string; employeeNo: string }[]>(await dispatch('clerks:list', {}));
  const departments = data<{ id: string }[]>(await dispatch('settings:list', { kind: 'departments' }));
  const me = clerks.find((c) => c.employeeNo === 'K003')?.id;
  let complaint = data<ComplaintDetail>(
    await dispatch('complaints:assign', {
      id: day.complaint.id,
      version: day.complaint.version,
      departmentId: departments[0]?.id,
      clerkId: me,
    }),
  );
  complaint = data(
    await dispatch('complaints:progress', { id: complaint.id, version: complaint.version, to: 'in_progress' }),
  );
  complaint = data(
    await dispatch('complaints:resolve', {
      id: complaint.id,
      version: complaint.version,
      cause: 'occasional',
      outcome: 'exchange',
      resolution: '为顾客更换新品',
      compensationFen: 0,
      informedAt: desk.clock.now(),
      informedHow: '电话',
      customerReaction: '接受',
    }),
  );
  complaint = data(
    await dispatch('complaints:returnVisit', {
      id: complaint.id,
      version: complaint.version,
      result: '新品使用正常',
      satisfaction: 'fairly_satisfied',
    }),
  );
  return { desk, day, complaint };
}

describe('labels: no code, field name or id reaches the clerk', () => {
  it('in every workbook the desk writes: the range export, invoices, returns, complaint statistics, reports', async () => {
    const { desk } = await busyDesk();
    const { dispatch } = desk;
    const range = data<ExportRangeResult>(
      await dispatch('backup:exportRange', { from: '2026-11-23', to: '2026-11-23' }),
    );
    const texts: [string, string][] = [];
    for (const file of range.files)
      texts.push([file.name, workbookText(await readBook(path.join(range.folder, file.name)))]);
    const window = { from: tenOClock(23) - 10 * 3600_000, to: tenOClock(24) - 10 * 3600_000 };
    const single = async (name: string, channel: 'invoices:export' | 'complaints:exportStats', input: object) => {
      const file = data<{ base64: string }>(await dispatch(channel, input));
      texts.push([name, workbookText(await bookFromBase64(file.base64))]);
    };
    await single('invoices', 'invoices:export', window);
    await single('complaint statistics', 'complaints:exportStats', window);
    const returns = data<{ base64: string }>(await dispatch('returns:export', {}));
    texts.push(['returns', workbookText(await bookFromBase64(returns.base64))]);
    const report = data<{ base64: string }>(
      await dispatch('reports:exportXlsx', { kind: 'monthly', period: '2026-11' }),
    );
    texts.push(['monthly report', workbookText(await bookFromBase64(report.base64))]);
    for (const [name, text] of texts) expect([name, labelLeaks(text)]).toEqual([name, []]);
    // The words are there instead: the statistics' types and satisfaction, the timeline's statuses.
    const all = texts.map(([, text]) => text).join('\n');
    for (const word of ['商品', '比较满意', '已回访', '换货', '偶发原因', '增值税普通发票', '来访登记'])
      expect(all).toContain(word);
  });

  it('in the history of a record, search results and customer history', async () => {
    const { desk, day } = await busyDesk();
    const { dispatch } = desk;
    for (const [entity, id] of [
      ['visits', day.visit.id],
      ['calls', day.call.id],
      ['storageSlips', day.slip.id],
      ['complaints', day.complaint.id],
      ['repairOrders', day.repair.id],
    ] as const) {
      const history = data<AuditEntryView[]>(await dispatch('audit:history', { entity, entityId: id }));
      expect(history.length).toBeGreaterThan(0);
      const shown = JSON.stringify(history.map((e) => e.changes.map((c) => [c.before, c.after])));
      expect([entity, labelLeaks(shown.replace(/"kind":"\w+"/g, ''))]).toEqual([entity, []]);
      for (const entry of history) for (const change of entry.changes) expect(change.fieldKey).toMatch(/^labels\./);
    }
    const hits = data<SearchHit[]>(await dispatch('search:history', { phone: day.phone }));
    expect(hits.map((h) => h.module).sort()).toEqual(['calls', 'complaints', 'reception', 'repairs', 'storage']);
    expect(labelLeaks(hits.map((h) => `${h.title} ${h.subtitle}`).join('\n'))).toEqual([]);
    expect(hits.find((h) => h.module === 'calls')?.tag).toBe('enquiry');
  });
});
