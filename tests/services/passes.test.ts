import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import { getPass, issuePass, listPasses, passCounts, returnPass, revokePass } from '../../electron/services/passes';
import { passesSection } from '../../electron/services/passes/handover-section';
import { passesReport } from '../../electron/services/passes/report-section';
import { searchRecords } from '../../electron/services/search/query';
import { type IssuePassInput, issuePassInput, listPassesInput, returnPassInput } from '../../shared/contract/passes';
import { parseMessage } from '../../shared/errors';
import { freshDesk, type TestDesk } from '../helpers/db';
import { workerPass } from '../helpers/samples';

const DAY = 24 * 60 * 60 * 1000;
/** The test clock starts on 2026-11-24 at 10:00 in Shanghai. */
const worker: IssuePassInput = workerPass;

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

const issue = (desk: TestDesk, input: Partial<IssuePassInput> = {}) =>
  issuePass(desk.ctx, desk.clerkByRole('clerk'), issuePassInput.parse({ ...worker, ...input }));
const back = (desk: TestDesk, id: string, version: number, refund = '', note = '') =>
  returnPass(desk.ctx, desk.clerkByRole('clerk'), returnPassInput.parse({ id, version, refund, note }));

describe('worker and vehicle passes', () => {
  it('refuses bad input at its field before anything runs', () => {
    expect(issuePassInput.safeParse(worker).success).toBe(true);
    expect(firstIssue(issuePassInput.safeParse({ ...worker, idNumber: '' }))).toEqual({
      path: 'idNumber',
      key: 'errors.passIdRequired',
    });
    expect(firstIssue(issuePassInput.safeParse({ ...worker, idNumber: '110105194912310021' })).path).toBe('idNumber');
    expect(firstIssue(issuePassInput.safeParse({ ...worker, kind: 'vehicle', idNumber: '' }))).toEqual({
      path: 'vehiclePlate',
      key: 'errors.passPlateRequired',
    });
    expect(firstIssue(issuePassInput.safeParse({ ...worker, validTo: '2026-11-20' }))).toEqual({
      path: 'validTo',
      key: 'errors.passPeriodOrder',
    });
    expect(firstIssue(issuePassInput.safeParse({ ...worker, deposit: '12.345' }))).toEqual({
      path: 'deposit',
      key: 'errors.amountDecimals',
    });
    expect(firstIssue(issuePassInput.safeParse({ ...worker, company: '' })).path).toBe('company');
    expect(issuePassInput.parse(worker).deposit).toBe(10000);
  });

  it('issues a numbered pass with the ID only masked and hashed, in one transaction with its audit entry', async () => {
    const desk = await freshDesk();
    const before = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;
    const pass = issue(desk);
    expect(pass.serialNo).toBe('CR-XH-20261124-0001');
    expect(pass.idMasked).toBe('110***********002X');
    expect([pass.depositFen, pass.feeFen, pass.status]).toEqual([10000, 1000, 'issued']);
    const stored = JSON.stringify(desk.ctx.sqlite.prepare('select * from passes').all());
    const logged = JSON.stringify(desk.ctx.sqlite.prepare('select * from audit_log').all());
    expect(stored).not.toContain('11010519491231002X');
    expect(logged).not.toContain('11010519491231002X');
    expect((desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number) - before).toBe(1);
    for (const text of ['13700001234', '锦华装饰', pass.serialNo, '赵师傅'])
      expect(searchRecords(desk.ctx.sqlite, text, 20).some((h) => h.entityId === pass.id)).toBe(true);
    const vehicle = issue(desk, { kind: 'vehicle', idNumber: '', vehiclePlate: '苏E·D12345', deposit: '' });
    expect([vehicle.vehiclePlate, vehicle.idMasked, vehicle.depositFen]).toEqual(['苏ED12345', '', 0]);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a period starting in the past or longer than 180 days', async () => {
    const desk = await freshDesk();
    expect(refusal(() => issue(desk, { validFrom: '2026-11-23' }))).toMatchObject({
      messageKey: 'errors.passStartPast',
      field: 'validFrom',
    });
    expect(refusal(() => issue(desk, { validTo: '2027-06-01' })).messageKey).toBe('errors.passTooLong');
    expect(desk.ctx.sqlite.prepare('select count(*) from passes').pluck().get()).toBe(0);
  });

  it('flags a pass out past its period, refunds the deposit on return, keeping part only with a reason', async () => {
    const desk = await freshDesk();
    const a = issue(desk, { validTo: '2026-11-25' });
    const b = issue(desk);
    desk.clock.advance(2 * DAY);
    expect(passCounts(desk.ctx, desk.clock.now())).toEqual({ out: 2, expired: 1 });
    expect(getPass(desk.ctx, a.id).expired).toBe(true);
    expect(listPasses(desk.ctx, listPassesInput.parse({ onlyExpired: true })).rows.map((r) => r.id)).toEqual([a.id]);
    expect(refusal(() => back(desk, a.id, a.version, '200'))).toMatchObject({
      messageKey: 'errors.passRefundTooLarge',
      field: 'refund',
    });
    expect(refusal(() => back(desk, a.id, a.version, '50'))).toMatchObject({
      messageKey: 'errors.passKeepReason',
      field: 'note',
    });
    const kept = back(desk, a.id, a.version, '50', '证件损坏，扣工本');
    expect([kept.status, kept.refundFen, kept.expired]).toEqual(['returned', 5000, false]);
    expect(refusal(() => back(desk, a.id, kept.version)).messageKey).toBe('errors.passReturned');
    expect(back(desk, b.id, b.version).refundFen).toBe(10000);
    expect(passCounts(desk.ctx, desk.clock.now())).toEqual({ out: 0, expired: 0 });
  });

  it('revokes a lost pass by a lead with a reason, keeping it; a clerk may not', async () => {
    const desk = await freshDesk();
    const pass = issue(desk);
    expect(refusal(() => revokePass(desk.ctx, desk.clerkByRole('clerk'), { id: pass.id, reason: '遗失' })).code).toBe(
      'forbidden',
    );
    const revoked = revokePass(desk.ctx, desk.clerkByRole('lead'), { id: pass.id, reason: '持证人报遗失' });
    expect(revoked.voidReason).toBe('持证人报遗失');
    expect(refusal(() => back(desk, pass.id, revoked.version)).messageKey).toBe('errors.passRevoked');
    expect(listPasses(desk.ctx, listPassesInput.parse({})).rows).toHaveLength(1);
    expect(listPasses(desk.ctx, listPassesInput.parse({ onlyOut: true })).rows).toHaveLength(0);
  });

  it('the database refuses what the services would never write', async () => {
    const desk = await freshDesk();
    const pass = issue(desk);
    const sql = desk.ctx.sqlite;
    expect(() => sql.prepare('update passes set refund_fen = 20000 where id = ?').run(pass.id)).toThrow(/CHECK/);
    expect(() => sql.prepare("update passes set id_masked = '' where id = ?").run(pass.id)).toThrow(/CHECK/);
    expect(() => sql.prepare("update passes set status = 'returned' where id = ?").run(pass.id)).toThrow(/CHECK/);
    expect(() => sql.prepare("update passes set valid_to = '2026-01-01' where id = ?").run(pass.id)).toThrow(/CHECK/);
  });

  it('hands over passes ending today or past, and reports issued, deposits, returns and what is out', async () => {
    const desk = await freshDesk();
    const from = desk.clock.now();
    const a = issue(desk, { validTo: '2026-11-24' });
    const b = issue(desk);
    const shift = { id: 'none', openedAt: from, closedAt: from + DAY };
    // The deposits of passes out are in the till (held); nothing taken yet.
    expect(passesSection.compile(desk.ctx, shift, desk.clock.now()).cash.map((c) => c.fen)).toEqual([20000, 0]);
    const items = passesSection.compile(desk.ctx, shift, desk.clock.now()).open[0]?.items ?? [];
    expect(items.map((x) => [x.serial, x.overdue, x.phoneMasked])).toEqual([[a.serialNo, false, '137****1234']]);
    desk.clock.advance(DAY);
    expect(passesSection.compile(desk.ctx, shift, desk.clock.now()).open[0]?.items[0]?.overdue).toBe(true);
    back(desk, a.id, a.version);
    const to = desk.clock.now() + 1;
    const report = passesReport.compile(desk.ctx, { from, to, asOf: to, now: to, timeZone: 'Asia/Shanghai' });
    const figure = (key: string) =>
      [...report.figures, ...report.overdue].find((x) => x.key === `reports.passes.${key}`)?.value;
    expect([figure('issued'), figure('deposits'), figure('fees'), figure('returned'), figure('refunded')]).toEqual([
      2, 20000, 2000, 1, 10000,
    ]);
    expect([figure('out'), figure('expired')]).toEqual([1, 0]);
    // A deposit partly kept on return is the shift's takings; the rest leaves the till with the holder.
    back(desk, b.id, b.version, '60', '证件套丢失');
    const window = { id: 'none', openedAt: from, closedAt: desk.clock.now() + 1 };
    expect(passesSection.compile(desk.ctx, window, desk.clock.now()).cash.map((c) => c.fen)).toEqual([0, 4000]);
  });
});
