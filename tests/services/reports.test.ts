import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatch';
import { type AppRuntime, closeRuntime, startRuntime } from '../../electron/app/runtime';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import {
  dailyReport,
  exportReportPdf,
  exportReportXlsx,
  monthlyReport,
  recordReportPrinted,
} from '../../electron/services/reports';
import { getDeskHours } from '../../electron/services/settings';
import type { DeskHours } from '../../shared/contract/desk-hours';
import type { ServiceReport } from '../../shared/contract/reports';

/** The modules that report, in the registry's order: the per-day table's columns. */
const reportModules = [
  'reception',
  'calls',
  'storage',
  'invoices',
  'returns',
  'complaints',
  'lostfound',
  'repairs',
  'loans',
  'announcements',
  'gifts',
  'directory',
  'releases',
  'passes',
  'renovations',
  'customers',
] as const;

import type { LoginClerk } from '../../shared/contract/session';
import type { Result } from '../../shared/errors';
import { demoPin, freshDesk, migrationsFolder, TestClock, type TestDesk, tempDir } from '../helpers/db';
import { expectedFigures, expectedPerDay, reportedFigures, shanghaiDay } from './reports-expected';
import { DAY, generate, HOUR } from './reports-generator';

/** Site-local midnight (Asia/Shanghai, UTC+8) of a YYYY-MM-DD day. */
const midnight = (day: string) => Date.parse(`${day}T00:00:00Z`) - 8 * HOUR;
const auditCount = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;

/** Records from 28 October to 2 December, so the month of November has neighbours on both sides. */
async function generatedDesk(count: number, seed: number) {
  const desk = await freshDesk();
  const now = midnight('2026-12-03') + 10 * HOUR;
  const records = generate(
    desk,
    seed,
    midnight('2026-10-28') + 9 * HOUR,
    midnight('2026-12-02') + 20 * HOUR,
    count,
    now,
  );
  desk.clock.current = now;
  return { desk, records, lead: desk.clerkByRole('lead') };
}

function daysOf(from: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => shanghaiDay(midnight(from) + i * DAY + HOUR));
}

function expectReportMatches(
  report: ServiceReport,
  records: ReturnType<typeof generate>,
  asOf: number,
  deskHours: DeskHours,
) {
  expect(report.asOf).toBe(asOf);
  const expected = expectedFigures(records, report.from, report.to, asOf, deskHours);
  const reported = reportedFigures(report);
  for (const key of Object.keys(expected)) expect([key, reported[key] ?? 0]).toEqual([key, expected[key]]);
  for (const key of Object.keys(reported)) expect([key, key in expected || reported[key] === 0]).toEqual([key, true]);
  const days = report.days.map((d) => d.day);
  expect(report.days.map((d) => d.counts)).toEqual(expectedPerDay(records, days, reportModules));
  expect(report.totals).toEqual(reportModules.map((_, i) => report.days.reduce((n, d) => n + (d.counts[i] ?? 0), 0)));
}

describe('monthly and daily reports', () => {
  it('equal the generated records: per day and module, totals, handling times, overdue items, satisfaction', async () => {
    const { desk, records, lead } = await generatedDesk(300, 20261124);
    const month = await monthlyReport(desk.ctx, lead, '2026-11');
    expect(month.period).toBe('2026-11');
    expect([month.from, month.to]).toEqual([midnight('2026-11-01'), midnight('2026-12-01')]);
    expect(month.days.map((d) => d.day)).toEqual(daysOf('2026-11-01', 30));
    expect(month.modules).toEqual([...reportModules]);
    // A past month: open items as at its end, including those closed only in December.
    expectReportMatches(month, records, midnight('2026-12-01'), getDeskHours(desk.ctx));
    // Every module the generator fills has records in the month (it does not generate work orders, passes or renovations yet).
    const notGenerated: readonly string[] = [
      'repairs',
      'announcements',
      'gifts',
      'directory',
      'releases',
      'passes',
      'renovations',
      'customers',
    ];
    expect(month.totals.filter((_, i) => !notGenerated.includes(reportModules[i] ?? '')).every((n) => n > 0)).toBe(
      true,
    );
    expect(month.satisfaction.map((s) => s.key)).toEqual([
      'satisfied',
      'fairly_satisfied',
      'neutral',
      'dissatisfied',
      'very_dissatisfied',
    ]);
    const expected = expectedFigures(records, month.from, month.to, month.asOf, getDeskHours(desk.ctx));
    expect(month.satisfaction.map((s) => s.count)).toEqual(
      month.satisfaction.map((s) => expected[`reports.satisfactionTitle:${s.key}`] ?? 0),
    );
    // The generated data exercises what the report must tell apart.
    expect(records.some((r) => r.voided && r.at >= month.from && r.at < month.to)).toBe(true);
    expect(expected['reports.calls.overdueCallbacks']).toBeGreaterThan(0);
    expect(expected['reports.returns.exceptions']).toBeGreaterThan(0);
    expect(expected['reports.complaints.resolved']).toBeGreaterThan(0);

    const lastDay = await dailyReport(desk.ctx, lead, '2026-11-30');
    expect(lastDay.days.map((d) => d.day)).toEqual(['2026-11-30']);
    expectReportMatches(lastDay, records, midnight('2026-12-01'), getDeskHours(desk.ctx));

    // Today: the day is still running, so open items are counted as at now.
    const today = await dailyReport(desk.ctx, lead, '2026-12-03');
    expectReportMatches(today, records, desk.clock.now(), getDeskHours(desk.ctx));
    expect(today.generatedBy.name).toBe(lead.name);
    // Three hundred days of generated records, checked figure by figure: seconds even on an idle machine.
  }, 120_000);

  it('stop the current month at today: no day still to come, averages over the days elapsed', async () => {
    const { desk, records, lead } = await generatedDesk(120, 1203);
    // Now is 3 December 10:00 site time: the month shows 1 to 3 December, not 31 days of which 28 are zeros.
    const month = await monthlyReport(desk.ctx, lead, '2026-12');
    expect(month.days.map((d) => d.day)).toEqual(daysOf('2026-12-01', 3));
    expect([month.from, month.to]).toEqual([midnight('2026-12-01'), midnight('2026-12-04')]);
    expectReportMatches(month, records, desk.clock.now(), getDeskHours(desk.ctx));
    const complaints = month.sections.find((x) => x.module === 'complaints');
    const received = complaints?.figures.find((f) => f.key === 'reports.complaints.received')?.value ?? 0;
    expect(complaints?.figures.find((f) => f.key === 'reports.complaints.perDay')?.value).toBe(received / 3);
    // At 23:59 of the month's last day the whole month shows.
    desk.clock.current = midnight('2026-12-01') - 60_000;
    expect((await monthlyReport(desk.ctx, lead, '2026-11')).days).toHaveLength(30);
    // A month still to come has no day at all.
    const next = await monthlyReport(desk.ctx, lead, '2026-12');
    expect(next.days).toEqual([]);
    expect(next.totals.every((n) => n === 0)).toBe(true);
  });

  it('leave out voided records on a day that has some', async () => {
    const { desk, records, lead } = await generatedDesk(120, 7);
    const day = shanghaiDay(records.find((r) => r.voided)?.at ?? 0);
    const report = await dailyReport(desk.ctx, lead, day);
    expectReportMatches(report, records, midnight(day) + DAY, getDeskHours(desk.ctx));
  });
});

describe('exporting and printing a report', () => {
  it('exports a workbook with the figures as numbers and audits the export and the print', async () => {
    const { desk, lead } = await generatedDesk(90, 99);
    const report = await monthlyReport(desk.ctx, lead, '2026-11');
    const before = auditCount(desk);
    const file = await exportReportXlsx(desk.ctx, lead, 'monthly', '2026-11');
    expect(file.fileName).toBe('星河广场-月报-2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '每日记录数',
      '来访登记',
      '电话记录',
      '物品寄存',
      '开具发票',
      '退换货',
      '投诉处理',
      '失物招领',
      '报修派工',
      '便民借用',
      '广播',
      '赠品抽奖',
      '商户与问答',
      '物品放行',
      '出入证',
      '装修申请',
      '客户档案',
    ]);
    const perDay = workbook.getWorksheet('每日记录数') as ExcelJS.Worksheet;
    expect(perDay.getRow(1).values).toEqual([
      undefined,
      '日期',
      '来访登记',
      '电话记录',
      '物品寄存',
      '开具发票',
      '退换货',
      '投诉处理',
      '失物招领',
      '报修派工',
      '便民借用',
      '广播',
      '赠品抽奖',
      '商户与问答',
      '物品放行',
      '出入证',
      '装修申请',
      '客户档案',
      '合计',
    ]);
    report.days.forEach((d, i) => {
      const row = perDay.getRow(i + 2);
      expect(row.getCell(1).value).toBe(d.day);
      expect(reportModules.map((_, m) => row.getCell(m + 2).value)).toEqual(d.counts);
    });
    const totalRow = perDay.getRow(report.days.length + 2);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect(totalRow.getCell(reportModules.length + 2).value).toBe(report.totals.reduce((a, b) => a + b, 0));
    const storage = workbook.getWorksheet('物品寄存') as ExcelJS.Worksheet;
    const fees = storage.getRow(5);
    expect(fees.getCell(1).value).toBe('寄存费（实收）（元）');
    const feeFen = report.sections.find((s) => s.module === 'storage')?.figures[3]?.value as number;
    expect(fees.getCell(2).value).toBe(feeFen / 100);
    expect(fees.getCell(2).numFmt).toBe('#,##0.00');
    const summary = workbook.getWorksheet('汇总') as ExcelJS.Worksheet;
    expect(summary.getRow(1).getCell(1).value).toBe('月报 2026年11月');
    expect(summary.getRow(7).getCell(1).value).toBe('已作废的记录不计入本报表。');

    recordReportPrinted(desk.ctx, lead, 'monthly', '2026-11');
    const entries = desk.ctx.sqlite
      .prepare('select entity, entity_id as entityId, note from audit_log order by rowid desc limit 2')
      .all();
    expect(auditCount(desk)).toBe(before + 2);
    expect(entries).toEqual([
      { entity: 'reports', entityId: 'monthly:2026-11', note: 'report printed' },
      { entity: 'reports', entityId: 'monthly:2026-11', note: 'report exported' },
    ]);
    // The audited acts keep the chain valid (reports have no table of their own to check).
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });
});

describe('report as PDF', () => {
  it('returns the PDF main renders, audited, and in browser mode hands over to the print dialog writing nothing', async () => {
    const desk = await freshDesk();
    const lead = desk.clerkByRole('lead');
    const before = auditCount(desk);
    const browser = await exportReportPdf(desk.ctx, lead, 'monthly', '2026-11', undefined);
    expect(browser).toEqual({ handled: false, fileName: '', base64: '' });
    expect(auditCount(desk)).toBe(before);
    const pdf = Buffer.from('%PDF-1.7 rendered report');
    const file = await exportReportPdf(desk.ctx, lead, 'monthly', '2026-11', async () => new Uint8Array(pdf));
    expect(file.handled).toBe(true);
    expect(file.fileName).toBe('月报 2026年11月.pdf');
    expect(Buffer.from(file.base64, 'base64').equals(pdf)).toBe(true);
    const entry = desk.ctx.sqlite
      .prepare('select entity_id as entityId, note from audit_log order by rowid desc')
      .get();
    expect(entry).toEqual({ entityId: 'monthly:2026-11', note: 'report exported as PDF' });
    expect(auditCount(desk)).toBe(before + 1);
  });
});

describe('refused report requests', () => {
  it('refuses a month or day that is not one, at the field, and writes nothing', async () => {
    const desk = await freshDesk();
    const lead = desk.clerkByRole('lead');
    const before = auditCount(desk);
    for (const month of ['2026-13', '2026-1', 'November', '2026-11-01', ''])
      await expect(monthlyReport(desk.ctx, lead, month)).rejects.toMatchObject({
        messageKey: 'errors.monthFormat',
        field: 'month',
      });
    for (const day of ['2026-02-30', '2026-11', '24.11.2026'])
      await expect(dailyReport(desk.ctx, lead, day)).rejects.toBeInstanceOf(AppError);
    await expect(exportReportXlsx(desk.ctx, lead, 'monthly', '2026-00')).rejects.toMatchObject({
      messageKey: 'errors.monthFormat',
    });
    expect(auditCount(desk)).toBe(before);
  });
});

const runtimes: AppRuntime[] = [];
afterEach(() => {
  for (const runtime of runtimes.splice(0)) closeRuntime(runtime);
});

describe('report channels', () => {
  it('are for a lead and above; a clerk is refused, and bad input is refused before the service runs', async () => {
    const runtime = await startRuntime({
      mode: 'browser',
      dataDir: tempDir(),
      migrationsFolder,
      demoData: true,
      clock: new TestClock(),
    });
    runtimes.push(runtime);
    const dispatch = createDispatcher(runtime, () => undefined);
    const clerks = (await dispatch('session:loginClerks', {})) as Result<LoginClerk[]>;
    if (!clerks.ok) throw new Error('no clerks');
    const idOf = (no: string) => clerks.data.find((c) => c.employeeNo === no)?.id as string;

    expect(await dispatch('reports:monthly', { month: '2026-11' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    await dispatch('session:login', { clerkId: idOf('K001'), pin: demoPin('clerk') });
    for (const [channel, input] of [
      ['reports:monthly', { month: '2026-11' }],
      ['reports:daily', { day: '2026-11-24' }],
      ['reports:exportXlsx', { kind: 'monthly', period: '2026-11' }],
      ['reports:printed', { kind: 'daily', period: '2026-11-24' }],
    ] as const)
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await dispatch('session:logout', {});
    await dispatch('session:login', { clerkId: idOf('K002'), pin: demoPin('lead') });
    expect(await dispatch('reports:monthly', { month: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'month', messageKey: 'errors.monthFormat' },
    });
    expect(await dispatch('reports:exportXlsx', { kind: 'monthly', period: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const ok = (await dispatch('reports:monthly', { month: '2026-11' })) as Result<ServiceReport>;
    // The clock is at 24 November: the current month stops at that day.
    expect(ok.ok && ok.data.days.length).toBe(24);
  });
});
