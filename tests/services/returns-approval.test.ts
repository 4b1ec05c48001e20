import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { clerks, shops } from '../../db/schema';
import { serviceContext } from '../../electron/app/modules';
import { auditedRow, rowHash } from '../../electron/services/audit/hash';
import { appendAuditEntry } from '../../electron/services/audit/log';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { auditedEntities } from '../../electron/services/entities';
import { AppError } from '../../electron/services/errors';
import {
  decideReturn,
  getReturn,
  listReturns,
  registerReturn,
  toRegisterInput,
  voidReturn,
} from '../../electron/services/returns';
import { returnsSection } from '../../electron/services/returns/handover-section';
import { returnsReport } from '../../electron/services/returns/report-section';
import { listItems } from '../../electron/services/settings';
import { type RegisterReturnInput, registerReturnInput } from '../../shared/contract/returns';
import { demoPin, freshDesk, migrationsFolder, type TestDesk, tempDir } from '../helpers/db';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

// Bought 2026-09-01, the test clock is 2026-11-24: past both the return and the exchange limits.
const late: Omit<RegisterReturnInput, 'shopId'> = {
  kind: 'return',
  purchaseDate: '2026-09-01',
  qualityProblem: false,
  hasReceipt: true,
  receiptNo: 'XP2026110001',
  refundMethod: 'original',
  receiptMatches: true,
  packagingUnopened: true,
  pastShelfLife: false,
  customerName: '赵敏',
  phone: '13800138000',
  product: '羊毛大衣',
  quantity: 1,
  amountYuan: '899.00',
  reason: '尺码不合适',
};

function register(desk: TestDesk, input: Partial<RegisterReturnInput> = {}) {
  const shopId = (listItems(desk.ctx, 'shops', false)[0] as { id: string }).id;
  const parsed = registerReturnInput.parse({ ...late, shopId, ...input });
  return registerReturn(desk.ctx, desk.clerkByRole('clerk'), toRegisterInput(parsed));
}

const filter = {
  from: null,
  to: null,
  kind: null,
  shopId: null,
  pendingOnly: false,
  text: '',
  includeVoided: true,
  limit: 200,
};

const pendingCount = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare(`select count(*) from return_requests where approval_status = 'pending'`).pluck().get();

describe('returns awaiting approval (待审批)', () => {
  it('an out-of-policy return sent for approval is pending, moves no money, and is listed whatever its day', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客，衣服未穿过' } });
    expect(pending).toMatchObject({
      approvalStatus: 'pending',
      meetsPolicy: false,
      exceptionApprovedBy: null,
      exceptionReason: '老顾客，衣服未穿过',
    });
    const all = listReturns(desk.ctx, filter);
    expect(all.refundFen).toBe(0);
    const today = Date.UTC(2026, 10, 25);
    expect(listReturns(desk.ctx, { ...filter, from: today, to: today + 86_400_000 }).rows).toHaveLength(0);
    expect(
      listReturns(desk.ctx, { ...filter, from: today, to: today + 86_400_000, pendingOnly: true }).rows.map(
        (r) => r.id,
      ),
    ).toEqual([pending.id]);
  });

  it('the report counts a return as refunded only once it is settled, as the returns screen does', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    const now = desk.ctx.clock.now();
    const period = { from: now - 86_400_000, to: now + 86_400_000, asOf: now, now, timeZone: 'Asia/Shanghai' };
    const figure = (key: string) =>
      returnsReport.compile(desk.ctx, period).figures.find((f) => f.key === `reports.returns.${key}`)?.value;
    const screen = () => listReturns(desk.ctx, { ...filter, from: period.from, to: period.to });
    expect(figure('returns')).toBe(1);
    expect(figure('returnAmount')).toBe(0);
    expect(screen().refundFen).toBe(0);
    const supervisor = desk.clerkByRole('supervisor');
    const approval = { approverId: supervisor.clerkId, pin: demoPin('supervisor') };
    decideReturn(desk.ctx, desk.clerkByRole('clerk'), { id: pending.id, decision: 'approve', note: '', approval });
    expect(figure('returnAmount')).toBe(89900);
    expect(screen().refundFen).toBe(89900);
  });

  it('a supervisor approves with PIN; the refund then counts; a second decision is refused', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    const supervisor = desk.clerkByRole('supervisor');
    const clerk = desk.clerkByRole('clerk');
    const approval = { approverId: supervisor.clerkId, pin: demoPin('supervisor') };
    const approved = decideReturn(desk.ctx, clerk, { id: pending.id, decision: 'approve', note: '', approval });
    expect(approved).toMatchObject({
      approvalStatus: 'approved',
      exceptionApprovedBy: supervisor.clerkId,
      decidedByName: supervisor.name,
    });
    expect(listReturns(desk.ctx, filter).refundFen).toBe(89900);
    const again = refusal(() =>
      decideReturn(desk.ctx, clerk, { id: pending.id, decision: 'reject', note: '改主意', approval }),
    );
    expect(again.messageKey).toBe('errors.returnNotPending');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a wrong PIN, a lead as approver, a rejection without reason, and a voided one; nothing changes', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    const clerk = desk.clerkByRole('clerk');
    const supervisor = desk.clerkByRole('supervisor');
    const lead = desk.clerkByRole('lead');
    const decide = (decision: 'approve' | 'reject', note: string, approverId: string, pin: string) =>
      refusal(() => decideReturn(desk.ctx, clerk, { id: pending.id, decision, note, approval: { approverId, pin } }));
    expect(decide('approve', '', supervisor.clerkId, '9999').messageKey).toBe('errors.wrongPin');
    expect(decide('approve', '', lead.clerkId, demoPin('lead')).messageKey).toBe('errors.approverRole');
    expect(decide('reject', ' ', supervisor.clerkId, demoPin('supervisor')).field).toBe('note');
    expect(pendingCount(desk)).toBe(1);
    voidReturn(desk.ctx, lead, { id: pending.id, reason: '顾客放弃' });
    expect(decide('approve', '', supervisor.clerkId, demoPin('supervisor')).messageKey).toBe('errors.alreadyVoided');
  });

  it('a rejection keeps the record with the reason; no refund counts', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    const supervisor = desk.clerkByRole('supervisor');
    const rejected = decideReturn(desk.ctx, desk.clerkByRole('clerk'), {
      id: pending.id,
      decision: 'reject',
      note: '已超期 84 天，且吊牌已剪',
      approval: { approverId: supervisor.clerkId, pin: demoPin('supervisor') },
    });
    expect(rejected).toMatchObject({ approvalStatus: 'rejected', decisionNote: '已超期 84 天，且吊牌已剪' });
    expect(listReturns(desk.ctx, filter).refundFen).toBe(0);
  });

  it('refuses approving now and sending for approval at once, and a request inside the policy is not pending', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const both = registerReturnInput.safeParse({
      ...late,
      shopId: 'x'.repeat(36),
      approval: { approverId: supervisor.clerkId, pin: '3333', reason: 'x' },
      requestApproval: { reason: 'y' },
    });
    expect(both.success ? null : both.error.issues.map((i) => i.message)).toContain('errors.approvalOrRequest');
    const fine = register(desk, { purchaseDate: '2026-11-20', requestApproval: { reason: '不需要' } });
    expect(fine.approvalStatus).toBe('none');
    expect(pendingCount(desk)).toBe(0);
  });

  it('the database refuses a pending row without a reason (schema constraint)', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    expect(() =>
      desk.ctx.sqlite.prepare(`update return_requests set exception_reason = '' where id = ?`).run(pending.id),
    ).toThrow(/CHECK constraint/);
  });

  it('the handover lists pending returns as open items, masked', async () => {
    const desk = await freshDesk();
    const pending = register(desk, { requestApproval: { reason: '老顾客' } });
    const window = { id: 'another-shift', openedAt: 0, closedAt: desk.clock.now() };
    const section = returnsSection.compile(desk.ctx, window, desk.clock.now());
    const text = JSON.stringify(section.open);
    expect(text).toContain(pending.serialNo);
    expect(text).toContain('138****8000');
    expect(text).not.toContain('13800138000');
  });
});

describe('migrating returns registered before approvals existed', () => {
  it('keeps an older approved exception valid, reads it as decided, and the audit chain verifying', async () => {
    // A database at migration 0008, before the approval columns, with the demo site and one approved exception
    // written the way the writer of that time wrote it: the row and its audit entry hashed without the new columns.
    const dir = tempDir();
    const oldFolder = path.join(dir, 'migrations-0008');
    fs.cpSync(migrationsFolder, oldFolder, { recursive: true });
    const journalFile = path.join(oldFolder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number }[] };
    journal.entries = journal.entries.filter((e) => e.idx <= 8);
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const file = path.join(dir, 'desk.sqlite');
    const old = await openDatabase(file, { migrationsFolder: oldFolder });
    const ctx = serviceContext(old, { now: () => Date.UTC(2026, 10, 24, 2) });
    // The clerks and the shop the row refers to, in that schema's columns (today's services write today's schema).
    old.sqlite.exec(`
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k-clerk', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1),
               ('k-supervisor', '张伟', 'K003', 'supervisor', 'x', 1, 0, 1, 1);
      insert into shops (id, name, created_at, updated_at) values ('s-1', '星河服饰', 1, 1);
    `);
    // Their audit entries, hashed as the writer of that time hashed them: the row as it was, in drizzle's keys.
    for (const [entity, table, id] of [
      ['clerks', clerks, 'k-clerk'],
      ['clerks', clerks, 'k-supervisor'],
      ['shops', shops, 's-1'],
    ] as const) {
      const stored = old.sqlite.prepare(`select * from ${entity} where id = ?`).get(id) as Record<string, unknown>;
      const columns = Object.entries(getTableColumns(table));
      const asWritten = Object.fromEntries(
        Object.entries(stored).map(([name, value]) => {
          const [key, column] = columns.find(([, c]) => c.name === name) ?? [name, null];
          return [key, value != null && column ? column.mapFromDriverValue(value) : value];
        }),
      );
      const rowHashOf = rowHash(auditedRow(asWritten, auditedEntities[entity]));
      appendAuditEntry(old.sqlite, {
        at: 1,
        clerkId: null,
        shiftId: null,
        entity,
        entityId: id,
        action: 'create',
        changes: asWritten,
        rowHash: rowHashOf,
      });
    }
    const one = (sql: string) => old.sqlite.prepare(sql).pluck().get() as string;
    const row = {
      id: '0190f5c2-0000-7000-8000-000000000001',
      serialNo: 'TH-XH-20261124-0001',
      kind: 'return',
      customerName: '赵敏',
      phone: '13800138000',
      product: '羊毛大衣',
      specification: '',
      quantity: 1,
      shopId: one('select id from shops limit 1'),
      purchaseDate: '2026-09-01',
      amountFen: 89900,
      qualityProblem: false,
      reason: '尺码不合适',
      hasReceipt: true,
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      meetsPolicy: false,
      policyReasons: ['returns.policy.pastReturnDays'],
      exceptionApprovedBy: one(`select id from clerks where role = 'supervisor'`),
      exceptionReason: '老顾客',
      newProduct: '',
      newSpecification: '',
      newAmountFen: null,
      priceDifferenceFen: 0,
      clerkId: one(`select id from clerks where role = 'clerk'`),
      shiftId: null,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
      voidedAt: null,
      voidReason: null,
      voidedBy: null,
    };
    old.sqlite.transaction(() => {
      old.sqlite
        .prepare(
          `insert into return_requests values (@id, @serialNo, @kind, @customerName, @phone, @product, @specification,
           @quantity, @shopId, @purchaseDate, @amountFen, 0, @reason, 1, 1, 1, 0, 0, @policyReasons,
           @exceptionApprovedBy, @exceptionReason, @newProduct, @newSpecification, @newAmountFen, @priceDifferenceFen,
           @clerkId, @shiftId, @createdAt, @updatedAt, @voidedAt, @voidReason, @voidedBy)`,
        )
        .run({ ...row, policyReasons: JSON.stringify(row.policyReasons) });
      appendAuditEntry(old.sqlite, {
        at: row.createdAt,
        clerkId: row.clerkId,
        shiftId: null,
        entity: 'returnRequests',
        entityId: row.id,
        action: 'create',
        changes: row,
        rowHash: rowHash(row),
      });
    })();
    old.sqlite.close();

    const migrated = await openDatabase(file, { migrationsFolder });
    const migratedCtx = serviceContext(migrated, ctx.clock);
    expect(getReturn(migratedCtx, row.id)).toMatchObject({ approvalStatus: 'none', exceptionReason: '老顾客' });
    expect(verifyAuditChain(migrated.sqlite)).toMatchObject({ ok: true, count: 4 });
    migrated.sqlite.close();
  });
});
