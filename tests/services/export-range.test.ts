import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../electron/services/backup/export/paging';
import type { ExportRangeResult, ExportSettingsView } from '../../shared/contract/backup-export';
import { data, failure, readBook, rowsOf, startDesk, tenOClock, workOneDay } from './export-helpers';

const MORE_THAN_A_PAGE = PAGE_SIZE + 37;
const EVENT_SQL = "select count(*) from audit_log where entity = 'backup' and note = 'export range'";

describe('export of a date range', () => {
  it('writes one workbook per module with the records of the chosen site days, unmasked, voided ones with reason', async () => {
    const desk = await startDesk();
    await desk.loginAs('K003', 'supervisor');
    const days = new Map<number, Awaited<ReturnType<typeof workOneDay>>>();
    for (const day of [22, 23, 24]) {
      desk.clock.current = tenOClock(day);
      days.set(day, await workOneDay(desk, day));
    }
    const second = days.get(23) as Awaited<ReturnType<typeof workOneDay>>;
    data(
      await desk.dispatch('reception:void', { id: second.visit.id, version: second.visit.version, reason: '登记重复' }),
    );
    const third = days.get(24) as Awaited<ReturnType<typeof workOneDay>>;
    const settings = data<ExportSettingsView>(await desk.dispatch('backup:exportSettings', {}));
    expect(settings.effectiveFolder).toBe(path.join(desk.dataDir, 'exports'));

    const result = data<ExportRangeResult>(
      await desk.dispatch('backup:exportRange', { from: '2026-11-23', to: '2026-11-24' }),
    );
    expect(result.folder).toBe(path.join(desk.dataDir, 'exports', '前台导出-20261123-20261124'));
    expect(result.files.map((f) => [f.name, f.rows])).toEqual([
      ['来访登记.xlsx', 2],
      ['电话记录.xlsx', 2],
      ['寄存登记.xlsx', 2],
      ['开票申请.xlsx', 2],
      ['退换货.xlsx', 2],
      ['客户投诉.xlsx', 2],
      ['失物招领.xlsx', 0],
      ['报修派工单.xlsx', 2],
      ['便民借用.xlsx', 0],
      ['广播.xlsx', 0],
      ['赠品抽奖.xlsx', 0],
      ['商户与问答.xlsx', 0],
      ['物品放行条.xlsx', 0],
      ['出入证.xlsx', 0],
      ['装修申请.xlsx', 0],
      ['审计日志.xlsx', expect.any(Number)],
    ]);
    for (const f of result.files) expect(fs.statSync(path.join(result.folder, f.name)).size).toBe(f.bytes);

    const visits = rowsOf(
      (await readBook(path.join(result.folder, '来访登记.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(visits.map((r) => r.登记编号)).toEqual([second.visit.serialNo, third.visit.serialNo]);
    expect(visits[0]).toMatchObject({ 访客姓名: '访客23', 联系电话: second.phone, 作废原因: '登记重复' });
    expect(visits[1]).toMatchObject({ 联系电话: third.phone, 作废原因: '', 来访时间: '2026-11-24 10:00' });

    const calls = rowsOf(
      (await readBook(path.join(result.folder, '电话记录.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(calls.map((r) => r.内容摘要)).toEqual(['咨询23', '咨询24']);
    const slips = rowsOf(
      (await readBook(path.join(result.folder, '寄存登记.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(slips.map((r) => r.寄存单号)).toEqual([second.slip.serialNo, third.slip.serialNo]);
    const invoices = rowsOf(
      (await readBook(path.join(result.folder, '开票申请.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(invoices[1]).toMatchObject({ 申请单号: third.invoice.serialNo, '价税合计(元)': 88.8 });
    const returns = rowsOf(
      (await readBook(path.join(result.folder, '退换货.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(returns.map((r) => r.顾客姓名)).toEqual(['顾客23', '顾客24']);

    const complaintsBook = await readBook(path.join(result.folder, '客户投诉.xlsx'));
    const complaints = rowsOf(complaintsBook.getWorksheet('客户投诉登记表') as ExcelJS.Worksheet);
    expect(complaints.map((r) => r.受理编号)).toEqual([second.complaint.serialNo, third.complaint.serialNo]);
    expect(complaints[0]).toMatchObject({ 投诉缘由: '电饭煲不能加热23', 联系电话: second.phone });
    const timeline = rowsOf(complaintsBook.getWorksheet('处理时间线') as ExcelJS.Worksheet);
    const eventsInRange = desk.count(
      'select count(*) from complaint_events e join complaints c on c.id = e.complaint_id where c.received_at >= ?',
      tenOClock(23) - 10 * 3600_000,
    );
    expect(timeline).toHaveLength(eventsInRange);
    expect(timeline.every((r) => r.受理编号 !== days.get(22)?.complaint.serialNo)).toBe(true);

    // The audit sheet holds exactly the entries written on those two site days, the void among them.
    const audit = rowsOf(
      (await readBook(path.join(result.folder, '审计日志.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    const from = tenOClock(23) - 10 * 3600_000;
    const to = tenOClock(25) - 10 * 3600_000;
    // The export's own entry is written after its files, so it is not in them.
    const expected = desk.count(
      "select count(*) from audit_log where at >= ? and at < ? and coalesce(note, '') <> 'export range'",
      from,
      to,
    );
    expect(audit).toHaveLength(expected);
    expect(result.files.at(-1)?.rows).toBe(expected);
    expect(audit.some((r) => r.对象 === '来访登记' && r.对象编号 === second.visit.serialNo && r.动作 === '作废')).toBe(
      true,
    );
    expect(audit.some((r) => r.对象编号 === days.get(22)?.visit.serialNo)).toBe(false);

    // Nothing of the first day anywhere.
    for (const f of result.files) {
      const book = await readBook(path.join(result.folder, f.name));
      for (const sheet of book.worksheets)
        sheet.eachRow((row) => expect(JSON.stringify(row.values)).not.toContain('20261122'));
    }
    expect(desk.count(EVENT_SQL)).toBe(1);
  });

  it('keeps an earlier export of the same range and writes only the modules chosen', async () => {
    const desk = await startDesk();
    await desk.loginAs('K003', 'supervisor');
    const first = data<ExportRangeResult>(
      await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22', modules: ['calls'] }),
    );
    const again = data<ExportRangeResult>(
      await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22', modules: ['calls', 'audit'] }),
    );
    expect(path.basename(first.folder)).toBe('前台导出-20261122-20261122');
    expect(path.basename(again.folder)).toBe('前台导出-20261122-20261122-2');
    expect(fs.readdirSync(first.folder)).toEqual(['电话记录.xlsx']);
    expect(fs.readdirSync(again.folder).sort()).toEqual(['审计日志.xlsx', '电话记录.xlsx'].sort());
    expect(first.files[0]?.rows).toBe(0);
    expect(desk.count(EVENT_SQL)).toBe(2);
  });

  it('pages through more records than one page holds, ties on time included, each exactly once', async () => {
    const desk = await startDesk();
    await desk.loginAs('K003', 'supervisor');
    // Same instant for all: the keyset must order by id after time, or a page boundary would skip or repeat rows.
    for (let i = 0; i < MORE_THAN_A_PAGE; i++)
      data(
        await desk.dispatch('calls:log', {
          direction: 'incoming',
          phone: '13800000000',
          category: 'other',
          summary: `第${i}个`,
        }),
      );
    const result = data<ExportRangeResult>(
      await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22', modules: ['calls'] }),
    );
    expect(result.files[0]?.rows).toBe(MORE_THAN_A_PAGE);
    const calls = rowsOf(
      (await readBook(path.join(result.folder, '电话记录.xlsx'))).worksheets[0] as ExcelJS.Worksheet,
    );
    expect(new Set(calls.map((r) => r.记录编号)).size).toBe(MORE_THAN_A_PAGE);
  });

  it('refuses a reversed range, a bad day, no module and a clerk, writing nothing', async () => {
    const desk = await startDesk();
    await desk.loginAs('K001', 'clerk');
    expect(failure(await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22' }))).toMatchObject({
      code: 'forbidden',
    });
    await desk.loginAs('K003', 'supervisor');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ from: '2026-11-24', to: '2026-11-23' }, 'to', 'errors.exportRangeOrder'],
      [{ from: '2026-02-30', to: '2026-11-23' }, 'from', 'errors.dateFormat'],
      [{ from: '2026-11-22', to: '24.11.2026' }, 'to', 'errors.dateFormat'],
      [{ from: '2026-11-22', to: '2026-11-23', modules: [] }, 'modules', 'errors.chooseModule'],
      [{ from: '2026-11-22', to: '2026-11-23', modules: ['everything'] }, 'modules.0', 'errors.invalid'],
    ];
    const auditBefore = desk.count('select count(*) from audit_log');
    for (const [input, field, messageKey] of cases)
      expect(failure(await desk.dispatch('backup:exportRange', input))).toMatchObject({ field, messageKey });
    expect(desk.count('select count(*) from audit_log')).toBe(auditBefore);
    expect(fs.existsSync(path.join(desk.dataDir, 'exports'))).toBe(false);
  });

  it('says so clearly when the folder cannot be written, and leaves no export behind', async () => {
    const desk = await startDesk();
    await desk.loginAs('K003', 'supervisor');
    const blocker = path.join(desk.dataDir, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where the drive should be');
    const saved = data<ExportSettingsView>(
      await desk.dispatch('backup:saveExportSettings', { folder: path.join(blocker, 'exports') }),
    );
    expect(saved.effectiveFolder).toBe(path.join(blocker, 'exports'));
    expect(failure(await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22' }))).toMatchObject({
      code: 'storage',
      messageKey: 'errors.exportFolder',
      field: 'folder',
    });
    expect(desk.count(EVENT_SQL)).toBe(0);
  });

  it('removes the unfinished folder when writing fails half-way', async () => {
    const desk = await startDesk();
    await desk.loginAs('K003', 'supervisor');
    await workOneDay(desk, 22);
    // A visit whose clerk cannot be read (raw SQL, behind the services' back) makes the visits sheet fail mid-export.
    desk.sqlite().pragma('foreign_keys = off');
    desk
      .sqlite()
      .prepare(
        `insert into visits (id, serial_no, time_in, visitor_name, purpose, clerk_id, created_at, updated_at)
         values ('01900000-0000-7000-8000-000000000001', 'BROKEN', ?, '坏记录', 'visit', 'nobody', ?, ?)`,
      )
      .run(tenOClock(22), tenOClock(22), tenOClock(22));
    desk.sqlite().pragma('foreign_keys = on');
    expect(failure(await desk.dispatch('backup:exportRange', { from: '2026-11-22', to: '2026-11-22' }))).toMatchObject({
      code: 'storage',
      messageKey: 'errors.exportWrite',
    });
    expect(fs.readdirSync(path.join(desk.dataDir, 'exports'))).toEqual([]);
    expect(desk.count(EVENT_SQL)).toBe(0);
  });
});
