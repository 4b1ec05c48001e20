import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { entryHash } from '../../electron/services/audit/hash';
import { headFilePath, readHeadFile, refreshHeadFile } from '../../electron/services/audit/head-file';
import { storedHeads } from '../../electron/services/audit/stored-heads';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import type { CallView } from '../../shared/contract/calls';
import type { HandoverCloseResult } from '../../shared/contract/handover';
import { tempDir } from '../helpers/db';
import { data, startIpcDesk } from '../helpers/ipc';

const call = { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary: '询问营业时间' };

/** A careful forger: rewrites one entry's note and recomputes every hash after it, so the chain itself verifies. */
function rewriteChainFrom(sqlite: Sqlite, seq: number, note: string): void {
  sqlite.exec('drop trigger audit_log_no_update');
  const rows = sqlite
    .prepare(
      `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action, changes,
              note, row_hash as rowHash, prev_hash as prevHash from audit_log where seq >= ? order by seq`,
    )
    .all(seq) as ({ seq: number; prevHash: string; note: string | null } & Record<string, unknown>)[];
  let prev = (rows[0] as { prevHash: string }).prevHash;
  for (const row of rows) {
    const { prevHash: _old, ...content } = row;
    const changed = row.seq === seq ? { ...content, note } : content;
    const hash = entryHash(prev, changed as never);
    sqlite
      .prepare('update audit_log set note = ?, prev_hash = ?, hash = ? where seq = ?')
      .run(changed.note, prev, hash, row.seq);
    prev = hash;
  }
}

describe('the head file beside the backups', () => {
  it('follows the chain, fsynced, and leaves itself as evidence when the chain no longer extends it', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const file = headFilePath(desk.runtime.backupDir);
    const sqlite = desk.sqlite();
    expect(refreshHeadFile(sqlite, file, 1)).toBe('written');
    expect(refreshHeadFile(sqlite, file, 2)).toBe('unchanged');
    data(await desk.dispatch('calls:log', call));
    expect(refreshHeadFile(sqlite, file, 3)).toBe('written');
    const kept = readHeadFile(file);
    expect(kept?.count).toBe(desk.count('select count(*) from audit_log'));
    // The newest call and its entries deleted with raw SQL: the chain that is left is shorter than the file.
    sqlite.exec('drop trigger audit_log_no_delete');
    const last = data<CallView>(await desk.dispatch('calls:log', { ...call, summary: '要删掉的记录' }));
    expect(refreshHeadFile(sqlite, file, 4)).toBe('written');
    sqlite.prepare('delete from search_entries where entity_id = ?').run(last.id);
    sqlite.prepare('delete from audit_log where entity_id = ?').run(last.id);
    sqlite.prepare('delete from calls where id = ?').run(last.id);
    expect(refreshHeadFile(sqlite, file, 5)).toBe('diverged');
    expect(readHeadFile(file)?.count).toBeGreaterThan(desk.count('select count(*) from audit_log'));
    // Checked as the chain is now (shorter than the file), then after a login grew it past the file's count again.
    expect(verifyAuditChain(sqlite, undefined, storedHeads(sqlite, file))).toMatchObject({
      ok: false,
      reasonKey: 'audit.storedHeadAhead',
      source: { kind: 'headFile' },
    });
    await desk.loginAs('K004', 'manager');
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({
      ok: false,
      reasonKey: 'audit.storedHeadMismatch',
      source: { kind: 'headFile' },
    });
  });

  it('a missing or damaged head file is no evidence either way: the check goes on without it', async () => {
    const desk = await startIpcDesk();
    const file = headFilePath(desk.runtime.backupDir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{not json');
    expect(readHeadFile(file)).toBeNull();
    await desk.loginAs('K004', 'manager');
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({ ok: true });
  });
});

describe('the audit check against every recorded head', () => {
  it('names the handover sheet whose head a consistent rewrite of the chain no longer matches', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K002', 'lead');
    data(await desk.dispatch('calls:log', call));
    const closed = data<HandoverCloseResult>(
      await desk.dispatch('handover:close', { cashCountedFen: 0, incoming: null }),
    );
    await desk.dispatch('session:logout', {});
    // The chain itself verifies after the forger's rewrite of an entry before the handover…
    const sqlite = desk.sqlite();
    const target = sqlite.prepare("select seq from audit_log where entity = 'calls' limit 1").pluck().get() as number;
    fs.rmSync(headFilePath(desk.runtime.backupDir), { force: true });
    rewriteChainFrom(sqlite, target, 'forged');
    await desk.loginAs('K004', 'manager');
    // …but not the head the handover sheet recorded.
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({
      ok: false,
      reasonKey: 'audit.storedHeadMismatch',
      source: { kind: 'handover', name: closed.handover.serialNo },
    });
  });

  it('names a backup whose recorded head no longer matches, and passes an untouched desk', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K003', 'supervisor');
    data(await desk.dispatch('calls:log', call));
    const backup = data<{ name: string }>(await desk.dispatch('backup:run', {}));
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({ ok: true });
    const sqlite = desk.sqlite();
    const target = sqlite.prepare("select seq from audit_log where entity = 'calls' limit 1").pluck().get() as number;
    fs.rmSync(headFilePath(desk.runtime.backupDir), { force: true });
    rewriteChainFrom(sqlite, target, 'forged');
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({
      ok: false,
      reasonKey: 'audit.storedHeadMismatch',
      source: { kind: 'backup', name: backup.name },
    });
  });
});

describe('the head file follows the configured backup folder', () => {
  it('is written in the folder a supervisor chose, and the check compares with the file there', async () => {
    const desk = await startIpcDesk({ schedulers: true });
    await desk.loginAs('K003', 'supervisor');
    const folder = path.join(tempDir(), 'other-disk');
    fs.mkdirSync(folder, { recursive: true });
    data(await desk.dispatch('backup:saveSettings', { folder, keepDaily: 14, keepMonthly: 12 }));
    data(await desk.dispatch('calls:log', call));
    const file = headFilePath(folder);
    // The scheduler looks every second; wait for it instead of for a fixed time, so load cannot make this flaky.
    await expect
      .poll(() => readHeadFile(file)?.count, { timeout: 15_000 })
      .toBe(desk.count('select count(*) from audit_log'));
    // The newest entries deleted behind the log's back: the check, reading the chosen folder's file, says so.
    desk.runtime.stopSchedulers();
    const sqlite = desk.sqlite();
    const before = readHeadFile(file)?.count ?? 0;
    sqlite.exec('drop trigger audit_log_no_delete');
    sqlite.prepare('delete from audit_log where seq > ?').run(before - 1);
    expect(data(await desk.dispatch('audit:verify', {}))).toMatchObject({ ok: false, source: { kind: 'headFile' } });
  });
});
