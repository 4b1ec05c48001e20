import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { GENESIS_HASH } from '../../electron/services/audit/hash';
import { auditHistory } from '../../electron/services/audit/history';
import { auditHead } from '../../electron/services/audit/log';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { addClerk, checkPin, resetPin, updateClerk } from '../../electron/services/clerks';
import { AppError } from '../../electron/services/errors';
import { newId } from '../../electron/services/ids';
import { addItem, updateItem, writeSetting } from '../../electron/services/settings';
import { write } from '../../electron/services/write';
import { freshDesk } from '../helpers/db';

const countRows = (sqlite: Sqlite, table: string): number =>
  sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;

interface AuditRow {
  seq: number;
  clerk_id: string | null;
  shift_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  changes: string;
  note: string | null;
  row_hash: string | null;
}

const lastEntry = (sqlite: Sqlite): AuditRow =>
  sqlite.prepare('select * from audit_log order by seq desc limit 1').get() as AuditRow;

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const shopInput = (name: string) => ({ kind: 'shops' as const, name, unitNo: 'L3-09', floor: '3F', phone: '' });

describe('every write is audited in its own transaction', () => {
  it('adds exactly one entry per service write, naming the record, the clerk and the new state', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = { ...clerkByRole('supervisor'), shiftId: newId() };

    let before = countRows(ctx.sqlite, 'audit_log');
    const shop = addItem(ctx, supervisor, shopInput('喜茶'));
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(before + 1);
    let entry = lastEntry(ctx.sqlite);
    expect(entry).toMatchObject({
      entity: 'shops',
      entity_id: shop.id,
      action: 'create',
      clerk_id: supervisor.clerkId,
      shift_id: supervisor.shiftId,
    });
    expect(JSON.parse(entry.changes)).toMatchObject({ id: shop.id, name: '喜茶', unitNo: 'L3-09' });

    before = countRows(ctx.sqlite, 'audit_log');
    updateItem(ctx, supervisor, { ...shopInput('喜茶 GO'), id: shop.id, active: true });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(before + 1);
    entry = lastEntry(ctx.sqlite);
    expect(entry).toMatchObject({ entity: 'shops', entity_id: shop.id, action: 'update' });
    expect(JSON.parse(entry.changes)).toEqual({ name: ['喜茶', '喜茶 GO'] });

    before = countRows(ctx.sqlite, 'audit_log');
    const clerk = addClerk(ctx, supervisor, { name: '赵敏', employeeNo: 'K101', role: 'clerk', pin: '5678' });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(before + 1);
    expect(lastEntry(ctx.sqlite)).toMatchObject({ entity: 'clerks', entity_id: clerk.id, action: 'create' });

    before = countRows(ctx.sqlite, 'audit_log');
    updateClerk(ctx, supervisor, { id: clerk.id, name: '赵敏', role: 'lead', active: true });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(before + 1);
    entry = lastEntry(ctx.sqlite);
    expect(entry).toMatchObject({ entity: 'clerks', entity_id: clerk.id, action: 'update' });
    expect(JSON.parse(entry.changes)).toEqual({ role: ['clerk', 'lead'] });

    before = countRows(ctx.sqlite, 'audit_log');
    writeSetting(ctx, supervisor, 'policy', {
      returnDays: 7,
      exchangeDays: 15,
      storageOverdueDays: 30,
      visitorDataRetentionDays: 90,
    });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(before + 1);
    expect(lastEntry(ctx.sqlite)).toMatchObject({ entity: 'settings', entity_id: 'policy', action: 'create' });

    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('a write that throws leaves no record, no entry, no search entry and no serial number', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const snapshot = () => ({
      shops: countRows(ctx.sqlite, 'shops'),
      audit: countRows(ctx.sqlite, 'audit_log'),
      serials: countRows(ctx.sqlite, 'serial_counters'),
      search: countRows(ctx.sqlite, 'search_entries'),
      head: auditHead(ctx.sqlite).head,
    });
    const before = snapshot();

    const error = caught(() =>
      write(ctx, supervisor, (tx) => {
        const row = tx.insert('shops', {
          id: newId(),
          name: '临时店铺',
          active: true,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        tx.serial('TS');
        tx.index({ module: 'storage', entityId: String(row.id), title: '临时店铺', at: tx.now });
        throw new Error('printer jammed');
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('printer jammed');
    expect(snapshot()).toEqual(before);
    expect(ctx.sqlite.prepare("select count(*) from shops where name = '临时店铺'").pluck().get()).toBe(0);
  });

  it('a constraint failure half way rolls back the writes before it and is reported as a conflict', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const auditBefore = countRows(ctx.sqlite, 'audit_log');
    const shopsBefore = countRows(ctx.sqlite, 'shops');
    const error = caught(() =>
      write(ctx, supervisor, (tx) => {
        tx.insert('shops', { id: newId(), name: '新开的店', active: true, createdAt: tx.now, updatedAt: tx.now });
        // Demo data has 星巴克 already; the unique index refuses the second one.
        tx.insert('shops', { id: newId(), name: '星巴克', active: true, createdAt: tx.now, updatedAt: tx.now });
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(auditBefore);
    expect(countRows(ctx.sqlite, 'shops')).toBe(shopsBefore);
  });

  it('if the entry cannot be written, the record is not written either', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    // A trigger standing in for a failing audit insert (disk trouble, a bug): the record must not survive it.
    ctx.sqlite.exec(`create trigger refuse_shop_entries before insert on audit_log when new.entity = 'shops'
                     begin select raise(abort, 'audit insert failed'); end`);
    const shopsBefore = countRows(ctx.sqlite, 'shops');
    const auditBefore = countRows(ctx.sqlite, 'audit_log');
    expect(() => addItem(ctx, supervisor, shopInput('无记录的店'))).toThrow(AppError);
    expect(countRows(ctx.sqlite, 'shops')).toBe(shopsBefore);
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(auditBefore);
    expect(ctx.sqlite.prepare("select count(*) from shops where name = '无记录的店'").pluck().get()).toBe(0);
  });
});

describe('verifying the chain', () => {
  it('is ok on the demo database and counts every entry', async () => {
    const { ctx } = await freshDesk();
    const rows = countRows(ctx.sqlite, 'audit_log');
    expect(rows).toBeGreaterThan(20);
    const result = verifyAuditChain(ctx.sqlite);
    expect(result).toEqual({ ok: true, count: rows, head: auditHead(ctx.sqlite).head });
    expect(auditHead(ctx.sqlite).count).toBe(rows);
  });

  it('is ok on an empty database', async () => {
    const { ctx } = await freshDesk({ demo: false });
    expect(verifyAuditChain(ctx.sqlite)).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('the database refuses UPDATE and DELETE on audit_log', async () => {
    const { ctx } = await freshDesk();
    const rows = countRows(ctx.sqlite, 'audit_log');
    expect(() => ctx.sqlite.prepare("update audit_log set note = 'x' where seq = 3").run()).toThrow(/append-only/);
    expect(() => ctx.sqlite.prepare('delete from audit_log where seq = 3').run()).toThrow(/append-only/);
    expect(() => ctx.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(rows);
    expect(ctx.sqlite.prepare('select note from audit_log where seq = 3').pluck().get()).not.toBe('x');
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true, count: rows });
  });
});

describe('secrets stay out of the log', () => {
  it('PIN hashes are redacted and PINs never appear in any audit row', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const firstPin = '48213579';
    const secondPin = '97531864';
    const wrongPin = '86420975';
    const clerk = addClerk(ctx, supervisor, { name: '周杰', employeeNo: 'K102', role: 'clerk', pin: firstPin });
    const firstHash = ctx.sqlite.prepare('select pin_hash from clerks where id = ?').pluck().get(clerk.id) as string;
    resetPin(ctx, supervisor, { id: clerk.id, pin: secondPin });
    const secondHash = ctx.sqlite.prepare('select pin_hash from clerks where id = ?').pluck().get(clerk.id) as string;
    expect(() => checkPin(ctx, null, clerk.id, wrongPin)).toThrow(AppError);

    const history = auditHistory(ctx.sqlite, 'clerks', clerk.id);
    expect(history.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(String(history[0]?.changes.pinHash)).toMatch(/^redacted:[0-9a-f]{12}$/);
    const pinChange = history[1]?.changes.pinHash as [string, string];
    expect(pinChange).toHaveLength(2);
    expect(pinChange[0]).toMatch(/^redacted:/);
    expect(pinChange[1]).toMatch(/^redacted:/);
    expect(pinChange[0]).not.toBe(pinChange[1]);
    expect(history[2]?.changes).toEqual({ failedPinCount: [0, 1] });

    const everything = JSON.stringify(ctx.sqlite.prepare('select * from audit_log').all());
    for (const secret of [firstPin, secondPin, wrongPin, firstHash, secondHash, 'scrypt$']) {
      expect(everything).not.toContain(secret);
    }
    // Demo clerks too: none of their stored hashes is in the log.
    for (const hash of ctx.sqlite.prepare('select pin_hash from clerks').pluck().all() as string[]) {
      expect(everything).not.toContain(hash);
    }
  });
});

describe('history of one record', () => {
  it('lists its entries oldest first with the clerk name, and nothing of other records', async () => {
    const { ctx, clock, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const manager = clerkByRole('manager');
    const shop = addItem(ctx, supervisor, shopInput('一点点'));
    addItem(ctx, supervisor, shopInput('别的店'));
    clock.advance(60_000);
    updateItem(ctx, manager, { ...shopInput('一点点奶茶'), id: shop.id, active: true });
    clock.advance(60_000);
    updateItem(ctx, supervisor, { ...shopInput('一点点奶茶'), id: shop.id, active: false });

    const history = auditHistory(ctx.sqlite, 'shops', shop.id);
    expect(history.map((e) => [e.action, e.clerkName])).toEqual([
      ['create', supervisor.name],
      ['update', manager.name],
      ['update', supervisor.name],
    ]);
    expect(history.every((e) => e.entity === 'shops' && e.entityId === shop.id)).toBe(true);
    const seqs = history.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const ats = history.map((e) => e.at);
    expect(ats[0]).toBeLessThan(ats[1] as number);
    expect(ats[1]).toBeLessThan(ats[2] as number);
    expect(history[1]?.changes.name).toEqual(['一点点', '一点点奶茶']);
    expect(history[2]?.changes.active).toEqual([true, false]);
  });

  it('demo data written by the system has no clerk name', async () => {
    const { ctx } = await freshDesk();
    const id = ctx.sqlite.prepare("select id from shops where name = '海底捞'").pluck().get() as string;
    expect(auditHistory(ctx.sqlite, 'shops', id)).toEqual([
      expect.objectContaining({ action: 'create', clerkName: null, entityId: id }),
    ]);
  });
});
