import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { type EntryContent, entryHash, GENESIS_HASH } from '../../electron/services/audit/hash';
import { auditHead } from '../../electron/services/audit/log';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { addItem } from '../../electron/services/settings';
import { freshDesk } from '../helpers/db';

/** Tampering needs the append-only guards gone, as an attacker with the file and a SQLite shell would do. */
function dropGuards(sqlite: Sqlite): void {
  sqlite.exec('drop trigger audit_log_no_update; drop trigger audit_log_no_delete;');
}

const shopInput = (name: string) => ({ kind: 'shops' as const, name, unitNo: 'L3-09', floor: '3F', phone: '' });

describe('tamper detection with the guards dropped', () => {
  it('an edited note is an altered entry at that seq', async () => {
    const { ctx } = await freshDesk();
    dropGuards(ctx.sqlite);
    ctx.sqlite.prepare("update audit_log set note = 'nothing to see' where seq = 5").run();
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.entryAltered',
      seq: 5,
      count: 4,
    });
  });

  it('edited changes are an altered entry at that seq', async () => {
    const { ctx } = await freshDesk();
    dropGuards(ctx.sqlite);
    const changes = JSON.parse(
      ctx.sqlite.prepare('select changes from audit_log where seq = 9').pluck().get() as string,
    );
    changes.name = '改过的名字';
    ctx.sqlite.prepare('update audit_log set changes = ? where seq = 9').run(JSON.stringify(changes));
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.entryAltered', seq: 9 });
  });

  it('a deleted middle entry is a gap', async () => {
    const { ctx } = await freshDesk();
    dropGuards(ctx.sqlite);
    ctx.sqlite.prepare('delete from audit_log where seq = 6').run();
    const result = verifyAuditChain(ctx.sqlite);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['audit.gap', 'audit.brokenLink']).toContain(result.reasonKey);
    expect(result.seq).toBe(6);
  });

  it('a deleted middle entry with the later ones renumbered is a broken link', async () => {
    const { ctx } = await freshDesk();
    dropGuards(ctx.sqlite);
    ctx.sqlite.prepare('delete from audit_log where seq = 6').run();
    const later = ctx.sqlite.prepare('select seq from audit_log where seq > 6 order by seq').pluck().all() as number[];
    const renumber = ctx.sqlite.prepare('update audit_log set seq = ? where seq = ?');
    for (const seq of later) renumber.run(seq - 1, seq);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: false, reasonKey: 'audit.brokenLink', seq: 6 });
  });

  it('a record edited with raw SQL is named', async () => {
    const { ctx } = await freshDesk();
    const id = ctx.sqlite.prepare("select id from shops where name = '星巴克'").pluck().get() as string;
    ctx.sqlite.prepare("update shops set name = 'x' where id = ?").run(id);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordChanged',
      entity: 'shops',
      entityId: id,
    });
  });

  it('a redacted column edited with raw SQL is caught too (a swapped PIN hash)', async () => {
    const { ctx } = await freshDesk();
    const [victim, source] = ctx.sqlite.prepare('select id, pin_hash from clerks order by employee_no').all() as {
      id: string;
      pin_hash: string;
    }[];
    if (!victim || !source) throw new Error('demo clerks missing');
    ctx.sqlite.prepare('update clerks set pin_hash = ? where id = ?').run(`${source.pin_hash}x`, victim.id);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordChanged',
      entity: 'clerks',
      entityId: victim.id,
    });
  });

  it('a record inserted with raw SQL has no entry', async () => {
    const { ctx } = await freshDesk();
    ctx.sqlite
      .prepare(
        "insert into departments (id, name, phone, active, created_at, updated_at) values ('raw-1', '影子部门', '', 1, 0, 0)",
      )
      .run();
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordWithoutEntry',
      entity: 'departments',
      entityId: 'raw-1',
    });
  });

  it('a record deleted with raw SQL is missing', async () => {
    const { ctx } = await freshDesk();
    const id = ctx.sqlite.prepare("select id from departments where name = '财务部'").pluck().get() as string;
    ctx.sqlite.prepare('delete from departments where id = ?').run(id);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({
      ok: false,
      reasonKey: 'audit.recordMissing',
      entity: 'departments',
      entityId: id,
    });
  });
});

describe('verifying against a printed head', () => {
  function rehashFrom(sqlite: Sqlite, fromSeq: number): void {
    const rows = sqlite
      .prepare(
        `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action, changes,
                note, row_hash as rowHash, hash from audit_log order by seq`,
      )
      .all() as (EntryContent & { hash: string })[];
    const set = sqlite.prepare('update audit_log set prev_hash = ?, hash = ? where seq = ?');
    let prev = GENESIS_HASH;
    for (const { hash, ...content } of rows) {
      const next = content.seq >= fromSeq ? entryHash(prev, content) : hash;
      if (content.seq >= fromSeq) set.run(prev, next, content.seq);
      prev = next;
    }
  }

  it('accepts the chain it was printed from, also after later writes', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const head = auditHead(ctx.sqlite);
    const printed = { count: head.count, hashPrefix: head.head.slice(0, 10).toUpperCase() };
    expect(verifyAuditChain(ctx.sqlite, printed)).toMatchObject({ ok: true, count: head.count });
    addItem(ctx, clerkByRole('supervisor'), shopInput('后来的店'));
    expect(verifyAuditChain(ctx.sqlite, printed)).toMatchObject({ ok: true, count: head.count + 1 });
  });

  it('detects a chain cut short', async () => {
    const { ctx } = await freshDesk();
    const head = auditHead(ctx.sqlite);
    dropGuards(ctx.sqlite);
    ctx.sqlite.prepare('delete from audit_log where seq > ?').run(head.count - 3);
    expect(verifyAuditChain(ctx.sqlite, { count: head.count, hashPrefix: head.head.slice(0, 10) })).toMatchObject({
      ok: false,
      reasonKey: 'audit.shorterThanPrinted',
      count: head.count - 3,
    });
  });

  it('detects a mismatching prefix', async () => {
    const { ctx } = await freshDesk();
    const head = auditHead(ctx.sqlite);
    const wrong = (head.head.startsWith('0') ? '1' : '0') + head.head.slice(1, 10);
    expect(verifyAuditChain(ctx.sqlite, { count: head.count, hashPrefix: wrong })).toMatchObject({
      ok: false,
      reasonKey: 'audit.headMismatch',
      seq: head.count,
    });
  });

  it('detects a rewritten chain that is consistent in itself', async () => {
    const { ctx } = await freshDesk();
    const head = auditHead(ctx.sqlite);
    const printed = { count: head.count, hashPrefix: head.head.slice(0, 10) };
    dropGuards(ctx.sqlite);
    ctx.sqlite.prepare("update audit_log set note = 'rewritten' where seq = 4").run();
    rehashFrom(ctx.sqlite, 4);
    // Recomputing every later hash hides the edit from the chain walk; only the printed head gives it away.
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true, count: head.count });
    expect(verifyAuditChain(ctx.sqlite, printed)).toMatchObject({ ok: false, reasonKey: 'audit.headMismatch' });
  });
});
