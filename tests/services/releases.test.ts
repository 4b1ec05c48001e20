import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import type { Actor } from '../../electron/services/context';
import { AppError } from '../../electron/services/errors';
import {
  checkPass,
  getPassDetail,
  issuePass,
  listPasses,
  releaseCounts,
  saveHold,
  updatePass,
  voidPass,
} from '../../electron/services/releases';
import { releasesExport } from '../../electron/services/releases/export';
import { releasesSection } from '../../electron/services/releases/handover-section';
import { releasesReport } from '../../electron/services/releases/report-section';
import { searchRecords } from '../../electron/services/search/query';
import {
  checkReleaseInput,
  type IssueReleaseInput,
  issueReleaseInput,
  listReleasesInput,
  unitHoldInput,
  updateReleaseInput,
} from '../../shared/contract/releases';
import { parseMessage } from '../../shared/errors';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';

const DAY = 24 * 60 * 60 * 1000;
/** The test clock starts on 2026-11-24 at 10:00 in Shanghai. */
const TODAY = '2026-11-24';

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

const count = (desk: TestDesk, table: string): number =>
  desk.ctx.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

const pass: Omit<IssueReleaseInput, 'approval'> = {
  holderKind: 'owner',
  holderName: '刘女士',
  phone: '13912345678',
  unit: '3栋  1202',
  reason: 'move_out',
  items: [
    { name: '双人床垫', quantity: 1 },
    { name: '纸箱', quantity: 6 },
  ],
  vehiclePlate: '沪a·12345',
  validDay: TODAY,
  approverName: '刘女士',
  approvalMethod: 'present',
};

const lead = (desk: TestDesk) => ({ clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') });

function issue(desk: TestDesk, input: Partial<IssueReleaseInput> = {}, actor?: Actor) {
  return issuePass(
    desk.ctx,
    actor ?? desk.clerkByRole('clerk'),
    issueReleaseInput.parse({ ...pass, approval: lead(desk), ...input }),
  );
}

const check = (desk: TestDesk, id: string, version: number, matched = true, note = '') =>
  checkPass(
    desk.ctx,
    desk.clerkByRole('clerk'),
    checkReleaseInput.parse({ id, version, guardName: '门岗老周', matched, note }),
  );

describe('goods release passes: what a clerk types', () => {
  it('refuses bad input at its field before anything runs', () => {
    const approval = { clerkId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', pin: '2222' };
    const ok = { ...pass, approval };
    expect(issueReleaseInput.safeParse(ok).success).toBe(true);
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, items: [] }))).toEqual({
      path: 'items',
      key: 'errors.releaseNoItems',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, items: [{ name: '冰箱', quantity: 0 }] }))).toEqual({
      path: 'items.0.quantity',
      key: 'errors.atLeastOne',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, items: [{ name: ' ', quantity: 1 }] }))).toEqual({
      path: 'items.0.name',
      key: 'errors.required',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, items: [{ name: '柜', quantity: 1.5 }] })).key).toBe(
      'errors.wholeNumber',
    );
    const many = Array.from({ length: 13 }, (_, i) => ({ name: `箱 ${i}`, quantity: 1 }));
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, items: many })).key).toBe('errors.releaseTooManyItems');
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, vehiclePlate: '沪A1234' }))).toEqual({
      path: 'vehiclePlate',
      key: 'errors.plateFormat',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, phone: '1391234' })).path).toBe('phone');
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, unit: '' })).path).toBe('unit');
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, validDay: '2026-02-30' }))).toEqual({
      path: 'validDay',
      key: 'errors.dateFormat',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, reason: 'other' }))).toEqual({
      path: 'reasonNote',
      key: 'errors.releaseReasonNote',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, approverName: '' })).path).toBe('approverName');
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, approval: null }))).toEqual({
      path: 'approval',
      key: 'errors.releaseApproval',
    });
    expect(firstIssue(issueReleaseInput.safeParse({ ...ok, approval: { ...approval, pin: '12' } })).path).toBe(
      'approval.pin',
    );
    const parsed = issueReleaseInput.parse(ok);
    expect(parsed.vehiclePlate).toBe('沪A12345');
    expect(parsed.unit).toBe('3栋 1202');
    const id = approval.clerkId;
    expect(firstIssue(checkReleaseInput.safeParse({ id, version: 1, guardName: '老周', matched: false }))).toEqual({
      path: 'note',
      key: 'errors.releaseMismatchNote',
    });
    expect(firstIssue(checkReleaseInput.safeParse({ id, version: 1, guardName: '', matched: true })).path).toBe(
      'guardName',
    );
    expect(firstIssue(unitHoldInput.safeParse({ unit: '5栋 803', note: '' })).path).toBe('note');
  });
});

describe('goods release passes against SQLite', () => {
  it('issues a numbered pass with its items and a lead approval, in one transaction with its audit entries', async () => {
    const desk = await freshDesk();
    const before = count(desk, 'audit_log');
    const issued = issue(desk);
    expect(issued.serialNo).toMatch(/^FX-XH-20261124-0001$/);
    expect(issued.status).toBe('issued');
    expect(issued.approvedByName).toBe(desk.clerkByRole('lead').name);
    expect(issued.items.map((x) => [x.lineNo, x.name, x.quantity])).toEqual([
      [1, '双人床垫', 1],
      [2, '纸箱', 6],
    ]);
    expect(issued.itemsText).toBe('双人床垫 ×1、纸箱 ×6');
    expect(issued.vehiclePlate).toBe('沪A12345');
    // The pass and its two lines, each with its entry.
    expect(count(desk, 'audit_log') - before).toBe(3);
    for (const text of ['13912345678', '沪A12345', '3栋 1202', issued.serialNo, '双人床垫', '刘女士'])
      expect(searchRecords(desk.ctx.sqlite, text, 20).some((h) => h.entityId === issued.id)).toBe(true);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a wrong PIN or an approver below lead, and writes nothing but the counted failure', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const passes = count(desk, 'release_passes');
    const wrong = refusal(() => issue(desk, { approval: { clerkId: lead(desk).clerkId, pin: '9999' } }));
    expect(wrong.messageKey).toBe('errors.wrongPin');
    const failures = desk.ctx.sqlite
      .prepare('select failed_pin_count from clerks where id = ?')
      .pluck()
      .get(lead(desk).clerkId);
    expect(failures).toBe(1);
    const low = refusal(() => issue(desk, { approval: { clerkId: clerk.clerkId, pin: demoPin('clerk') } }));
    expect(low.messageKey).toBe('errors.approverRole');
    expect(
      refusal(() =>
        issuePass(desk.ctx, clerk, { ...issueReleaseInput.parse({ ...pass, approval: lead(desk) }), approval: null }),
      ).messageKey,
    ).toBe('errors.releaseApproval');
    expect(count(desk, 'release_passes')).toBe(passes);
    expect(count(desk, 'release_items')).toBe(0);
  });

  it('refuses a day already past or more than 30 days ahead, and a shop pass without its shop', async () => {
    const desk = await freshDesk();
    expect(refusal(() => issue(desk, { validDay: '2026-11-23' }))).toMatchObject({
      messageKey: 'errors.releaseDayPast',
      field: 'validDay',
    });
    expect(refusal(() => issue(desk, { validDay: '2026-12-25' })).messageKey).toBe('errors.releaseDayTooFar');
    expect(issue(desk, { validDay: '2026-12-24' }).validDay).toBe('2026-12-24');
    expect(refusal(() => issue(desk, { holderKind: 'shop', shopId: null }))).toMatchObject({
      messageKey: 'errors.required',
      field: 'shopId',
    });
    expect(count(desk, 'release_passes')).toBe(1);
  });

  it("flags a unit with a supervisor's note: refused until the clerk has read it, then the pass carries it", async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    expect(
      refusal(() =>
        saveHold(desk.ctx, desk.clerkByRole('lead'), unitHoldInput.parse({ unit: '3栋 1202', note: '物业费未结清' })),
      ).code,
    ).toBe('forbidden');
    const hold = saveHold(desk.ctx, supervisor, unitHoldInput.parse({ unit: '3栋 1202', note: '物业费未结清' }));
    expect(
      refusal(() => saveHold(desk.ctx, supervisor, unitHoldInput.parse({ unit: '3栋 1202', note: '另一条' })))
        .messageKey,
    ).toBe('errors.releaseHoldTaken');
    const refused = refusal(() => issue(desk));
    expect(refused).toMatchObject({ messageKey: 'errors.releaseUnitHold', field: 'unit' });
    expect(refused.params).toEqual({ note: '物业费未结清' });
    const flagged = issue(desk, { holdAcknowledged: true });
    expect(flagged.unitFlag).toBe('物业费未结清');
    saveHold(
      desk.ctx,
      supervisor,
      unitHoldInput.parse({ id: hold.id, version: hold.version, unit: hold.unit, note: hold.note, active: false }),
    );
    expect(issue(desk).unitFlag).toBe('');
  });

  it('lets the goods out on their day only; a mismatch stops them; a pass is checked once', async () => {
    const desk = await freshDesk();
    const a = issue(desk);
    const b = issue(desk);
    const c = issue(desk, { validDay: '2026-11-25' });
    expect(releaseCounts(desk.ctx, desk.clock.now())).toEqual({ waiting: 3, expired: 0 });
    expect(refusal(() => check(desk, c.id, c.version)).messageKey).toBe('errors.releaseNotYet');
    const out = check(desk, a.id, a.version);
    expect(out.status).toBe('exited');
    expect(out.guardName).toBe('门岗老周');
    expect(out.exitCheckedByName).toBe(desk.clerkByRole('clerk').name);
    expect(refusal(() => check(desk, a.id, out.version)).messageKey).toBe('errors.releaseChecked');
    const stopped = check(desk, b.id, b.version, false, '多出一台冰箱');
    expect(stopped.status).toBe('stopped');
    expect(stopped.exitNote).toBe('多出一台冰箱');
    desk.clock.advance(2 * DAY);
    expect(releaseCounts(desk.ctx, desk.clock.now())).toEqual({ waiting: 0, expired: 1 });
    expect(getPassDetail(desk.ctx, c.id).expired).toBe(true);
    expect(refusal(() => check(desk, c.id, c.version)).messageKey).toBe('errors.releaseExpired');
    // A stopped pass stays stopped even when the clock says it expired.
    expect(check(desk, c.id, c.version, false, '过期未出门，收回').status).toBe('stopped');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('corrects a waiting pass, moving its version (stale edits: releases-ipc), refusing a checked pass', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const p = issue(desk);
    const edit = (version: number, plate = '沪B54321') =>
      updatePass(
        desk.ctx,
        clerk,
        updateReleaseInput.parse({ id: p.id, version, phone: '13912345678', vehiclePlate: plate, validDay: TODAY }),
      );
    const edited = edit(p.version);
    expect(edited.vehiclePlate).toBe('沪B54321');
    expect(edited.version).toBe(p.version + 1);
    expect(searchRecords(desk.ctx.sqlite, '沪B54321', 5).some((h) => h.entityId === p.id)).toBe(true);
    const out = check(desk, p.id, edited.version);
    expect(refusal(() => edit(out.version, '沪C11111')).messageKey).toBe('errors.releaseChecked');
  });

  it('voids by a lead with a reason, keeping the pass; a released pass cannot be voided', async () => {
    const desk = await freshDesk();
    const p = issue(desk);
    const q = issue(desk);
    expect(refusal(() => voidPass(desk.ctx, desk.clerkByRole('clerk'), { id: p.id, reason: '填错' })).code).toBe(
      'forbidden',
    );
    const voided = voidPass(desk.ctx, desk.clerkByRole('lead'), { id: p.id, reason: '业主取消搬家' });
    expect(voided.voidReason).toBe('业主取消搬家');
    expect(refusal(() => check(desk, p.id, voided.version)).messageKey).toBe('errors.releaseVoided');
    const out = check(desk, q.id, q.version);
    expect(refusal(() => voidPass(desk.ctx, desk.clerkByRole('lead'), { id: q.id, reason: '补作废' })).messageKey).toBe(
      'errors.releaseExited',
    );
    expect(out.status).toBe('exited');
    expect(count(desk, 'release_passes')).toBe(2);
    const all = listPasses(desk.ctx, listReleasesInput.parse({}));
    expect(all.rows.map((r) => r.serialNo)).toEqual([q.serialNo, p.serialNo]);
    expect(listPasses(desk.ctx, listReleasesInput.parse({ onlyWaiting: true })).rows).toHaveLength(0);
    expect(listPasses(desk.ctx, listReleasesInput.parse({ text: '沪A12345' })).rows).toHaveLength(2);
    expect(listPasses(desk.ctx, listReleasesInput.parse({ text: '床垫', status: 'exited' })).rows).toHaveLength(1);
  });

  it('the database refuses what the services would never write', async () => {
    const desk = await freshDesk();
    const p = issue(desk);
    const sql = desk.ctx.sqlite;
    expect(() => sql.prepare('update release_items set quantity = 0 where pass_id = ?').run(p.id)).toThrow(/CHECK/);
    expect(() => sql.prepare("update release_passes set status = 'exited' where id = ?").run(p.id)).toThrow(/CHECK/);
    expect(() => sql.prepare("update release_passes set valid_day = '24.11.2026' where id = ?").run(p.id)).toThrow(
      /CHECK/,
    );
    expect(() => sql.prepare("update release_passes set holder_kind = 'guest' where id = ?").run(p.id)).toThrow(
      /CHECK/,
    );
  });

  it('hands over every pass still waiting, counts the shift, and reports the period', async () => {
    const desk = await freshDesk();
    const lead = desk.clerkByRole('lead');
    const shift = desk.ctx.sqlite.prepare('select id from shifts limit 1').pluck().get() as string | undefined;
    const actor = { ...desk.clerkByRole('clerk'), shiftId: shift ?? null };
    const from = desk.clock.now();
    const a = issue(desk, {}, actor);
    const b = issue(desk, { validDay: '2026-11-25', items: [{ name: '空调外机', quantity: 1 }] }, actor);
    check(desk, a.id, a.version);
    desk.clock.advance(DAY + 60_000);
    const section = releasesSection.compile(
      desk.ctx,
      { id: shift ?? 'none', openedAt: from, closedAt: desk.clock.now() },
      desk.clock.now(),
    );
    const waiting = section.open[0]?.items ?? [];
    expect(waiting.map((x) => x.serial)).toEqual([b.serialNo]);
    expect(waiting[0]?.phoneMasked).toBe('139****5678');
    expect(waiting[0]?.note).toContain('空调外机 ×1');
    expect(waiting[0]?.overdue).toBe(false);
    expect(section.counts.find((x) => x.key === 'handover.releases.checked')?.value).toBe(1);
    voidPass(desk.ctx, lead, { id: b.id, reason: '改期' });
    const report = releasesReport.compile(desk.ctx, {
      from,
      to: desk.clock.now() + 1,
      asOf: desk.clock.now() + 1,
      now: desk.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    const figure = (key: string) => report.figures.find((x) => x.key === `reports.releases.${key}`)?.value;
    expect([figure('issued'), figure('exited'), figure('withVehicle'), figure('voided')]).toEqual([1, 1, 1, 1]);
    expect(report.breakdowns[0]?.rows).toEqual([{ key: 'move_out', count: 1 }]);
    expect(releasesExport.file).toBe('物品放行条.xlsx');
  });
});
