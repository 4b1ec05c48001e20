import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  addClerk,
  approveWithPin,
  checkPin,
  MAX_PIN_FAILURES,
  PIN_LOCK_MS,
  resetPin,
  updateClerk,
} from '../../electron/services/clerks';
import type { ServiceContext } from '../../electron/services/context';
import { AppError } from '../../electron/services/errors';
import { pinMatches } from '../../electron/services/pin';
import { lock, login, loginClerks, type SessionHolder, unlock } from '../../electron/services/session';
import { thisCounterId } from '../../electron/services/settings';
import { demoPin, freshDesk } from '../helpers/db';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const idOf = (ctx: ServiceContext, employeeNo: string): string =>
  ctx.sqlite.prepare('select id from clerks where employee_no = ?').pluck().get(employeeNo) as string;

const countRows = (sqlite: Sqlite, table: string): number =>
  sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;

interface ClerkRaw {
  pin_hash: string;
  failed_pin_count: number;
  locked_until: number | null;
  active: number;
  role: string;
}
const clerkRow = (ctx: ServiceContext, id: string): ClerkRaw =>
  ctx.sqlite
    .prepare('select pin_hash, failed_pin_count, locked_until, active, role from clerks where id = ?')
    .get(id) as ClerkRaw;

interface ShiftRaw {
  id: string;
  counter_id: string;
  clerk_id: string;
  closed_at: number | null;
}
const shiftRows = (ctx: ServiceContext): ShiftRaw[] =>
  ctx.sqlite.prepare('select id, counter_id, clerk_id, closed_at from shifts').all() as ShiftRaw[];

const notes = (ctx: ServiceContext, entity: string, entityId: string): (string | null)[] =>
  ctx.sqlite
    .prepare('select note from audit_log where entity = ? and entity_id = ? order by seq')
    .pluck()
    .all(entity, entityId) as (string | null)[];

describe('login', () => {
  it('the right PIN opens a shift at the demo counter', async () => {
    const { ctx } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const clerkId = idOf(ctx, 'K001');
    expect(shiftRows(ctx)).toEqual([]);

    const view = login(ctx, holder, clerkId, demoPin('clerk'));
    const shifts = shiftRows(ctx);
    expect(shifts).toHaveLength(1);
    const shift = shifts[0] as ShiftRaw;
    expect(shift).toMatchObject({ counter_id: thisCounterId(ctx), clerk_id: clerkId, closed_at: null });
    expect(view.counter.name).toBe('一楼总服务台');
    expect(view.clerk).toMatchObject({ id: clerkId, employeeNo: 'K001', role: 'clerk' });
    expect(view.shift).toMatchObject({ id: shift.id, openedBy: clerkId });
    expect(view.site.code).toBe('XH');
    expect(view.locked).toBe(false);
    expect(holder.current).toEqual({ clerkId, shiftId: shift.id, counterId: shift.counter_id, locked: false });
    expect(notes(ctx, 'shifts', shift.id)).toEqual([null]);
    expect(notes(ctx, 'clerks', clerkId)).toContain('login');
  });

  it('a second clerk continues the same open shift, and the takeover is audited', async () => {
    const { ctx } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const first = idOf(ctx, 'K001');
    const second = idOf(ctx, 'K002');
    const opened = login(ctx, holder, first, demoPin('clerk'));
    const continued = login(ctx, holder, second, demoPin('lead'));

    expect(shiftRows(ctx)).toHaveLength(1);
    expect(continued.shift.id).toBe(opened.shift.id);
    expect(continued.clerk.id).toBe(second);
    expect(continued.shift.openedBy).toBe(first);
    expect(holder.current?.clerkId).toBe(second);
    const takeover = ctx.sqlite
      .prepare("select clerk_id, changes from audit_log where entity = 'shifts' and entity_id = ? and action = 'event'")
      .all(opened.shift.id) as { clerk_id: string; changes: string }[];
    expect(takeover).toHaveLength(1);
    expect(takeover[0]?.clerk_id).toBe(second);
    expect(JSON.parse(takeover[0]?.changes ?? '{}')).toEqual({ by: second });
  });

  it('a wrong PIN is refused with the number of tries left, and audited', async () => {
    const { ctx } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const clerkId = idOf(ctx, 'K001');
    const left: unknown[] = [];
    for (let i = 0; i < MAX_PIN_FAILURES - 1; i++) {
      const error = refusal(() => login(ctx, holder, clerkId, '9999'));
      expect(error).toMatchObject({ code: 'rule', messageKey: 'errors.wrongPin', field: 'pin' });
      left.push(error.params?.left);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect(clerkRow(ctx, clerkId).failed_pin_count).toBe(4);
    expect(notes(ctx, 'clerks', clerkId).filter((n) => n === 'wrong pin')).toHaveLength(4);
    expect(holder.current).toBeNull();
    expect(shiftRows(ctx)).toEqual([]);
  });

  it('five wrong PINs lock for five minutes, even against the right PIN; then the right PIN works again', async () => {
    const { ctx, clock } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const clerkId = idOf(ctx, 'K001');
    const lockedAt = clock.now();
    for (let i = 0; i < MAX_PIN_FAILURES - 1; i++) refusal(() => login(ctx, holder, clerkId, '9999'));

    const fifth = refusal(() => login(ctx, holder, clerkId, '9999'));
    expect(fifth).toMatchObject({ code: 'locked', messageKey: 'errors.pinLocked', params: { minutes: 5 } });
    expect(PIN_LOCK_MS).toBe(5 * 60_000);
    expect(clerkRow(ctx, clerkId).locked_until).toBe(lockedAt + 5 * 60_000);

    const lockEntry = ctx.sqlite
      .prepare(
        "select changes from audit_log where entity = 'clerks' and entity_id = ? and note = 'locked after wrong pins'",
      )
      .pluck()
      .all(clerkId) as string[];
    expect(lockEntry).toHaveLength(1);
    expect(JSON.parse(lockEntry[0] as string).lockedUntil).toEqual([null, lockedAt + 5 * 60_000]);

    expect(refusal(() => login(ctx, holder, clerkId, demoPin('clerk'))).code).toBe('locked');
    clock.advance(5 * 60_000 - 1);
    const almost = refusal(() => login(ctx, holder, clerkId, demoPin('clerk')));
    expect(almost).toMatchObject({ code: 'locked', params: { minutes: 1 } });
    expect(holder.current).toBeNull();
    expect(loginClerks(ctx).find((c) => c.id === clerkId)?.lockedUntil).toBe(lockedAt + 5 * 60_000);

    clock.advance(1);
    expect(loginClerks(ctx).find((c) => c.id === clerkId)?.lockedUntil).toBeNull();
    const view = login(ctx, holder, clerkId, demoPin('clerk'));
    expect(view.clerk.id).toBe(clerkId);
    expect(clerkRow(ctx, clerkId)).toMatchObject({ failed_pin_count: 0, locked_until: null });
    // The counter starts over: the next wrong PIN leaves four tries again.
    expect(refusal(() => checkPin(ctx, null, clerkId, '9999')).params?.left).toBe(4);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('the right PIN resets the count of wrong ones', async () => {
    const { ctx } = await freshDesk();
    const clerkId = idOf(ctx, 'K002');
    refusal(() => checkPin(ctx, null, clerkId, '0000'));
    refusal(() => checkPin(ctx, null, clerkId, '0000'));
    expect(clerkRow(ctx, clerkId).failed_pin_count).toBe(2);
    checkPin(ctx, null, clerkId, demoPin('lead'));
    expect(clerkRow(ctx, clerkId).failed_pin_count).toBe(0);
    expect(refusal(() => checkPin(ctx, null, clerkId, '0000')).params?.left).toBe(4);
  });

  it('an inactive clerk cannot log in', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const clerkId = idOf(ctx, 'K001');
    updateClerk(ctx, clerkByRole('supervisor'), { id: clerkId, name: '王芳', role: 'clerk', active: false });
    const error = refusal(() => login(ctx, holder, clerkId, demoPin('clerk')));
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'errors.clerkInactive' });
    expect(holder.current).toBeNull();
    expect(shiftRows(ctx)).toEqual([]);
    expect(loginClerks(ctx).map((c) => c.id)).not.toContain(clerkId);
  });
});

describe('managing clerks', () => {
  it('refuses a duplicate employee number and writes nothing', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const clerks = countRows(ctx.sqlite, 'clerks');
    const entries = countRows(ctx.sqlite, 'audit_log');
    const error = refusal(() =>
      addClerk(ctx, clerkByRole('supervisor'), { name: '赵六', employeeNo: 'K001', role: 'clerk', pin: '5555' }),
    );
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'errors.employeeNoTaken', field: 'employeeNo' });
    expect(countRows(ctx.sqlite, 'clerks')).toBe(clerks);
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(entries);
  });

  it('refuses creating a clerk with a role above your own', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const clerks = countRows(ctx.sqlite, 'clerks');
    const error = refusal(() =>
      addClerk(ctx, clerkByRole('supervisor'), { name: '新经理', employeeNo: 'K300', role: 'manager', pin: '5555' }),
    );
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'errors.roleAboveOwn', field: 'role' });
    expect(countRows(ctx.sqlite, 'clerks')).toBe(clerks);
    expect(
      addClerk(ctx, clerkByRole('manager'), { name: '新经理', employeeNo: 'K300', role: 'manager', pin: '5555' }).role,
    ).toBe('manager');
    expect(countRows(ctx.sqlite, 'clerks')).toBe(clerks + 1);
  });

  it('refuses deactivating yourself and granting a role above your own', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const clerkId = idOf(ctx, 'K001');
    const entries = countRows(ctx.sqlite, 'audit_log');

    const self = refusal(() =>
      updateClerk(ctx, supervisor, {
        id: supervisor.clerkId,
        name: supervisor.name,
        role: 'supervisor',
        active: false,
      }),
    );
    expect(self).toMatchObject({ messageKey: 'errors.cannotDeactivateSelf', field: 'active' });
    const above = refusal(() =>
      updateClerk(ctx, supervisor, { id: clerkId, name: '王芳', role: 'manager', active: true }),
    );
    expect(above).toMatchObject({ code: 'forbidden', messageKey: 'errors.roleAboveOwn', field: 'role' });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(entries);
    expect(clerkRow(ctx, supervisor.clerkId).active).toBe(1);
    expect(clerkRow(ctx, clerkId).role).toBe('clerk');

    // Up to one's own role is fine.
    expect(updateClerk(ctx, supervisor, { id: clerkId, name: '王芳', role: 'supervisor', active: true }).role).toBe(
      'supervisor',
    );
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(entries + 1);
  });

  it('refuses changing, deactivating or resetting the PIN of a clerk whose role is above your own', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const manager = clerkByRole('manager');
    const entries = countRows(ctx.sqlite, 'audit_log');
    const hashBefore = clerkRow(ctx, manager.clerkId).pin_hash;

    const demote = refusal(() =>
      updateClerk(ctx, supervisor, { id: manager.clerkId, name: manager.name, role: 'clerk', active: true }),
    );
    expect(demote).toMatchObject({ code: 'forbidden', messageKey: 'errors.roleAboveOwn' });
    const deactivate = refusal(() =>
      updateClerk(ctx, supervisor, { id: manager.clerkId, name: manager.name, role: 'manager', active: false }),
    );
    expect(deactivate.code).toBe('forbidden');
    // A supervisor who could set the manager's PIN could log in as the manager.
    const reset = refusal(() => resetPin(ctx, supervisor, { id: manager.clerkId, pin: '123456' }));
    expect(reset.code).toBe('forbidden');
    expect(clerkRow(ctx, manager.clerkId)).toMatchObject({ role: 'manager', active: 1, pin_hash: hashBefore });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(entries);

    // The other way round is allowed.
    resetPin(ctx, manager, { id: supervisor.clerkId, pin: '123456' });
    expect(pinMatches('123456', clerkRow(ctx, supervisor.clerkId).pin_hash)).toBe(true);
  });

  it('stores the PIN as salted scrypt, never the PIN itself', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const a = addClerk(ctx, supervisor, { name: '孙丽', employeeNo: 'K201', role: 'clerk', pin: '482135' });
    const b = addClerk(ctx, supervisor, { name: '钱多', employeeNo: 'K202', role: 'clerk', pin: '482135' });
    const hashA = clerkRow(ctx, a.id).pin_hash;
    const hashB = clerkRow(ctx, b.id).pin_hash;
    expect(hashA).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hashA).not.toContain('482135');
    expect(hashA).not.toBe(hashB);
    expect(pinMatches('482135', hashA)).toBe(true);
    expect(pinMatches('482136', hashA)).toBe(false);
    for (const row of ctx.sqlite.prepare('select pin_hash from clerks').pluck().all() as string[]) {
      expect(row.startsWith('scrypt$')).toBe(true);
      expect(row).not.toMatch(/^\d+$/);
    }
  });
});

describe('approvals', () => {
  it('refuses an approver below the needed role, whatever the PIN', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const actor = clerkByRole('clerk');
    const clerkId = idOf(ctx, 'K001');
    const error = refusal(() => approveWithPin(ctx, actor, { clerkId, pin: demoPin('clerk') }, 'lead'));
    expect(error).toMatchObject({ code: 'forbidden', messageKey: 'errors.approverRole', params: { role: 'lead' } });

    expect(approveWithPin(ctx, actor, { clerkId: idOf(ctx, 'K002'), pin: demoPin('lead') }, 'lead').id).toBe(
      idOf(ctx, 'K002'),
    );
    expect(approveWithPin(ctx, actor, { clerkId: idOf(ctx, 'K004'), pin: demoPin('manager') }, 'lead').role).toBe(
      'manager',
    );
    const wrong = refusal(() => approveWithPin(ctx, actor, { clerkId: idOf(ctx, 'K002'), pin: '0000' }, 'lead'));
    expect(wrong).toMatchObject({ messageKey: 'errors.wrongPin', params: { left: 4 } });
  });
});

describe('lock, unlock and takeover', () => {
  it('keep the shift open', async () => {
    const { ctx } = await freshDesk();
    const holder: SessionHolder = { current: null };
    const first = idOf(ctx, 'K001');
    const second = idOf(ctx, 'K003');
    const opened = login(ctx, holder, first, demoPin('clerk'));
    const shiftId = opened.shift.id;
    const openShift = () => shiftRows(ctx).filter((s) => s.closed_at === null);

    const locked = lock(ctx, holder);
    expect(locked.locked).toBe(true);
    expect(holder.current?.locked).toBe(true);
    expect(openShift().map((s) => s.id)).toEqual([shiftId]);

    // A wrong PIN leaves the screen locked and the desk with its clerk.
    refusal(() => unlock(ctx, holder, first, '0000'));
    expect(holder.current).toMatchObject({ clerkId: first, locked: true });

    const unlocked = unlock(ctx, holder, first, demoPin('clerk'));
    expect(unlocked).toMatchObject({ locked: false, clerk: { id: first }, shift: { id: shiftId } });

    lock(ctx, holder);
    const takenOver = unlock(ctx, holder, second, demoPin('supervisor'));
    expect(takenOver).toMatchObject({ locked: false, clerk: { id: second }, shift: { id: shiftId, openedBy: first } });
    expect(holder.current).toEqual({ clerkId: second, shiftId, counterId: opened.counter.id, locked: false });
    expect(openShift().map((s) => s.id)).toEqual([shiftId]);
    expect(shiftRows(ctx)).toHaveLength(1);

    expect(notes(ctx, 'clerks', first)).toEqual(expect.arrayContaining(['screen locked', 'screen unlocked']));
    expect(notes(ctx, 'clerks', second)).toContain('took over the desk');
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });
});
