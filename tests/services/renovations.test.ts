import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import { newId } from '../../electron/services/ids';
import { issuePass, returnPass } from '../../electron/services/passes';
import {
  applyRenovation,
  approveRenovation,
  getRenovation,
  getRenovationSettings,
  inspectRenovation,
  listRenovations,
  refundRenovation,
  renovationCounts,
  saveRenovationSettings,
  voidRenovation,
} from '../../electron/services/renovations';
import { renovationsSection } from '../../electron/services/renovations/handover-section';
import { renovationsReport } from '../../electron/services/renovations/report-section';
import { searchRecords } from '../../electron/services/search/query';
import { issuePassInput, returnPassInput } from '../../shared/contract/passes';
import {
  type ApplyRenovationInput,
  applyRenovationInput,
  approveRenovationInput,
  defaultRenovationDocuments,
  inspectRenovationInput,
  listRenovationsInput,
  refundRenovationInput,
} from '../../shared/contract/renovations';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';
import { renovationApplication } from '../helpers/samples';

const DAY = 24 * 60 * 60 * 1000;
const allDocuments = [...defaultRenovationDocuments];
/** The test clock starts on 2026-11-24 at 10:00 in Shanghai. */
const application: ApplyRenovationInput = { ...renovationApplication, documents: allDocuments.slice(0, 2) };

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function firstIssue(result: z.ZodSafeParseResult<unknown>): { path: string; key: string } {
  if (result.success) throw new Error(`expected the input to be refused: ${JSON.stringify(result.data)}`);
  const issue = result.error.issues[0];
  if (!issue) throw new Error('refused without an issue');
  return { path: issue.path.join('.'), key: parseMessage(issue.message).key };
}

const apply = (desk: TestDesk, input: Partial<ApplyRenovationInput> = {}) =>
  applyRenovation(desk.ctx, desk.clerkByRole('clerk'), applyRenovationInput.parse({ ...application, ...input }));
const approve = (desk: TestDesk, id: string, documents: string[] = allDocuments) =>
  approveRenovation(
    desk.ctx,
    desk.clerkByRole('lead'),
    approveRenovationInput.parse({ id, version: getRenovation(desk.ctx, id).version, documents }),
  );
const inspect = (desk: TestDesk, id: string, result: 'passed' | 'failed', defects = '') =>
  inspectRenovation(
    desk.ctx,
    desk.clerkByRole('clerk'),
    inspectRenovationInput.parse({ id, version: getRenovation(desk.ctx, id).version, result, defects }),
  );
const refund = (desk: TestDesk, id: string, amount = '', reason = '') =>
  refundRenovation(
    desk.ctx,
    desk.clerkByRole('clerk'),
    refundRenovationInput.parse({ id, version: getRenovation(desk.ctx, id).version, refund: amount, reason }),
  );
const workerPass = (desk: TestDesk, renovationId: string, validTo = '2026-12-20') =>
  issuePass(
    desk.ctx,
    desk.clerkByRole('clerk'),
    issuePassInput.parse({
      kind: 'worker',
      holderName: '钱工',
      phone: '13700005678',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      company: '锦华装饰工程有限公司',
      unit: '3 栋 1202',
      validFrom: '2026-11-24',
      validTo,
      deposit: '50',
      renovationId,
    }),
  );

describe('renovation permits (装修申请)', () => {
  it('refuses bad input at its field before anything runs', () => {
    expect(applyRenovationInput.parse(application).deposit).toBe(300000);
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, endDate: '2026-11-20' }))).toEqual({
      path: 'endDate',
      key: 'errors.renovationPeriodOrder',
    });
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, deposit: '' }))).toEqual({
      path: 'deposit',
      key: 'errors.required',
    });
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, deposit: '3000.123' })).path).toBe('deposit');
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, ownerPhone: '1390000' })).path).toBe(
      'ownerPhone',
    );
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, work: '' })).path).toBe('work');
    expect(firstIssue(applyRenovationInput.safeParse({ ...application, startDate: '2026-02-30' })).path).toBe(
      'startDate',
    );
    const inspected = { id: newId(), version: 1, result: 'failed', defects: '' };
    expect(firstIssue(inspectRenovationInput.safeParse(inspected))).toEqual({
      path: 'defects',
      key: 'errors.renovationDefectsRequired',
    });
  });

  it('registers a numbered application with its audit entry; search finds it by owner, phone, unit, contractor', async () => {
    const desk = await freshDesk();
    const before = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;
    const permit = apply(desk);
    expect(permit.serialNo).toBe('ZX-XH-20261124-0001');
    expect([permit.status, permit.depositFen, permit.feeFen, permit.documents]).toEqual([
      'applied',
      300000,
      20000,
      allDocuments.slice(0, 2),
    ]);
    expect((desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number) - before).toBe(1);
    for (const text of ['13900001111', '周业主', '锦华装饰', permit.serialNo, '13700001234'])
      expect(searchRecords(desk.ctx.sqlite, text, 20).some((h) => h.entityId === permit.id)).toBe(true);
    expect(renovationCounts(desk.ctx, desk.clock.now())).toEqual({ pending: 1, overdue: 0 });
    expect(listRenovations(desk.ctx, listRenovationsInput.parse({ onlyPending: true })).rows).toHaveLength(1);
    expect(listRenovations(desk.ctx, listRenovationsInput.parse({ text: '1202' })).rows).toHaveLength(1);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses works starting in the past, over a year, or a document not on the checklist; nothing is written', async () => {
    const desk = await freshDesk();
    expect(refusal(() => apply(desk, { startDate: '2026-11-23' }))).toMatchObject({
      messageKey: 'errors.renovationStartPast',
      field: 'startDate',
    });
    expect(refusal(() => apply(desk, { endDate: '2027-12-31' })).messageKey).toBe('errors.renovationTooLong');
    expect(refusal(() => apply(desk, { documents: ['身份证复印件'] }))).toMatchObject({
      messageKey: 'errors.renovationUnknownDocument',
      field: 'documents',
    });
    expect(desk.ctx.sqlite.prepare('select count(*) from renovations').pluck().get()).toBe(0);
  });

  it('a lead approves only with every document seen; a clerk may not approve', async () => {
    const desk = await freshDesk();
    const permit = apply(desk);
    const byClerk = () =>
      approveRenovation(
        desk.ctx,
        desk.clerkByRole('clerk'),
        approveRenovationInput.parse({ id: permit.id, version: permit.version, documents: allDocuments }),
      );
    expect(refusal(byClerk).code).toBe('forbidden');
    expect(refusal(() => approve(desk, permit.id, [allDocuments[2] ?? '']))).toMatchObject({
      messageKey: 'errors.renovationDocumentsMissing',
      field: 'documents',
    });
    expect(getRenovation(desk.ctx, permit.id).status).toBe('applied');
    const approved = approve(desk, permit.id);
    expect([approved.status, approved.documents]).toEqual(['approved', allDocuments]);
    expect(refusal(() => approve(desk, permit.id)).messageKey).toBe('errors.renovationNotPending');
  });

  it('issues worker passes under an approved permit only, within its period', async () => {
    const desk = await freshDesk();
    const permit = apply(desk);
    expect(refusal(() => workerPass(desk, permit.id)).messageKey).toBe('errors.passPermitNotInWorks');
    approve(desk, permit.id);
    expect(refusal(() => workerPass(desk, permit.id, '2026-12-21'))).toMatchObject({
      messageKey: 'errors.passPermitPeriod',
      field: 'validTo',
    });
    const pass = workerPass(desk, permit.id);
    expect(pass.renovationSerialNo).toBe(permit.serialNo);
    expect([getRenovation(desk.ctx, permit.id).passes, getRenovation(desk.ctx, permit.id).passesOut]).toEqual([1, 1]);
  });

  it('inspects (failed with defects, then passed) and refunds the deposit once the passes are back', async () => {
    const desk = await freshDesk();
    const permit = apply(desk);
    expect(refusal(() => inspect(desk, permit.id, 'passed')).messageKey).toBe('errors.renovationNotInWorks');
    approve(desk, permit.id);
    const pass = workerPass(desk, permit.id);
    expect(refusal(() => refund(desk, permit.id)).messageKey).toBe('errors.renovationNotPassed');
    const failed = inspect(desk, permit.id, 'failed', '卫生间闭水试验渗漏');
    expect([failed.status, failed.inspections, failed.defects]).toEqual(['failed', 1, '卫生间闭水试验渗漏']);
    const passed = inspect(desk, permit.id, 'passed');
    expect([passed.status, passed.inspections, passed.lastResult]).toEqual(['passed', 2, 'passed']);
    expect(refusal(() => refund(desk, permit.id))).toMatchObject({
      messageKey: 'errors.renovationPassesOut',
    });
    returnPass(
      desk.ctx,
      desk.clerkByRole('clerk'),
      returnPassInput.parse({ id: pass.id, version: pass.version, refund: '', note: '' }),
    );
    expect(refusal(() => refund(desk, permit.id, '4000')).messageKey).toBe('errors.renovationRefundTooLarge');
    expect(refusal(() => refund(desk, permit.id, '2500'))).toMatchObject({
      messageKey: 'errors.renovationDeductionReason',
      field: 'reason',
    });
    const refunded = refund(desk, permit.id, '2500', '公共走道墙面损坏修复');
    expect([refunded.status, refunded.refundFen, refunded.deductionReason]).toEqual([
      'refunded',
      250000,
      '公共走道墙面损坏修复',
    ]);
    expect(refusal(() => refund(desk, permit.id)).messageKey).toBe('errors.renovationNotPassed');
    expect(
      refusal(() => voidRenovation(desk.ctx, desk.clerkByRole('lead'), { id: permit.id, reason: 'x' })).messageKey,
    ).toBe('errors.renovationRefunded');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('voids by a lead with a reason, never by a clerk; the record stays', async () => {
    const desk = await freshDesk();
    const permit = apply(desk);
    expect(
      refusal(() => voidRenovation(desk.ctx, desk.clerkByRole('clerk'), { id: permit.id, reason: '撤回' })).code,
    ).toBe('forbidden');
    const voided = voidRenovation(desk.ctx, desk.clerkByRole('lead'), { id: permit.id, reason: '业主撤回申请' });
    expect(voided.voidReason).toBe('业主撤回申请');
    expect(refusal(() => approve(desk, permit.id)).messageKey).toBe('errors.renovationVoided');
    expect(listRenovations(desk.ctx, listRenovationsInput.parse({})).rows).toHaveLength(1);
    expect(renovationCounts(desk.ctx, desk.clock.now()).pending).toBe(0);
  });

  it('a supervisor keeps the checklist; an empty list and a clerk are refused', async () => {
    const desk = await freshDesk();
    expect(getRenovationSettings(desk.ctx).documents).toEqual(allDocuments);
    expect(refusal(() => saveRenovationSettings(desk.ctx, desk.clerkByRole('lead'), { documents: ['a'] })).code).toBe(
      'forbidden',
    );
    expect(() => saveRenovationSettings(desk.ctx, desk.clerkByRole('supervisor'), { documents: [' '] })).toThrow();
    const saved = saveRenovationSettings(desk.ctx, desk.clerkByRole('supervisor'), {
      documents: ['业主身份证明', '施工图纸', '施工图纸'],
    });
    expect(saved.documents).toEqual(['业主身份证明', '施工图纸']);
    const permit = apply(desk, { documents: ['施工图纸'] });
    expect(approve(desk, permit.id, ['业主身份证明']).status).toBe('approved');
  });

  it('the database refuses what the services would never write', async () => {
    const desk = await freshDesk();
    const permit = apply(desk);
    const sql = desk.ctx.sqlite;
    expect(() => sql.prepare('update renovations set refund_fen = 400000 where id = ?').run(permit.id)).toThrow(
      /CHECK/,
    );
    expect(() => sql.prepare("update renovations set status = 'approved' where id = ?").run(permit.id)).toThrow(
      /CHECK/,
    );
    expect(() => sql.prepare("update renovations set end_date = '2026-01-01' where id = ?").run(permit.id)).toThrow(
      /CHECK/,
    );
    expect(() => sql.prepare('update renovations set voided_at = 1 where id = ?').run(permit.id)).toThrow(/CHECK/);
  });

  it('hands over what is open with the deposits held, flags overdue works, and reports the figures', async () => {
    const desk = await freshDesk();
    const from = desk.clock.now();
    const a = apply(desk, { startDate: '2026-11-24', endDate: '2026-11-24' });
    const b = apply(desk);
    approve(desk, a.id);
    approve(desk, b.id);
    const shift = { id: 'none', openedAt: from, closedAt: from + DAY };
    const first = renovationsSection.compile(desk.ctx, shift, desk.clock.now());
    expect(first.open[0]?.items.map((x) => [x.serial, x.overdue, x.phoneMasked])).toEqual([
      [a.serialNo, false, '139****1111'],
    ]);
    expect(first.cash.map((c) => c.fen)).toEqual([600000, 0]);
    desk.clock.advance(2 * DAY);
    expect(renovationCounts(desk.ctx, desk.clock.now())).toEqual({ pending: 0, overdue: 1 });
    expect(getRenovation(desk.ctx, a.id).overdue).toBe(true);
    const later = renovationsSection.compile(desk.ctx, shift, desk.clock.now());
    expect(later.open[0]?.items[0]?.overdue).toBe(true);
    inspect(desk, a.id, 'passed');
    const refunded = refund(desk, a.id, '2800', '垃圾清运');
    const window = { id: 'none', openedAt: from, closedAt: desk.clock.now() + 1 };
    expect(renovationsSection.compile(desk.ctx, window, desk.clock.now()).cash.map((c) => c.fen)).toEqual([
      300000, 20000,
    ]);
    const to = desk.clock.now() + 1;
    const report = renovationsReport.compile(desk.ctx, { from, to, asOf: to, now: to, timeZone: 'Asia/Shanghai' });
    const figure = (key: string) =>
      [...report.figures, ...report.overdue].find((x) => x.key === `reports.renovations.${key}`)?.value;
    expect(
      ['applied', 'deposits', 'fees', 'approved', 'passed', 'refunded', 'refundedFen', 'deductedFen'].map(figure),
    ).toEqual([2, 600000, 40000, 2, 1, 1, refunded.refundFen, 20000]);
    expect([figure('open'), figure('overdue'), figure('depositsHeld')]).toEqual([1, 0, 300000]);
  });
});
