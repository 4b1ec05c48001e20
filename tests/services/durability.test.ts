import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { migrationsFolder, tempDir } from '../helpers/db';

const root = path.resolve(__dirname, '../..');

/** Runs the writer until it has saved `after` more records, then kills it with SIGKILL mid-stream. */
function runAndKill(file: string, after: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Node itself, with tsx as a loader: killing a tsx wrapper would leave the real writer running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/crash-writer.ts', file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const saved: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('saved ')) saved.push(line.slice(6));
        if (saved.length === after) child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(saved) : reject(new Error(stderr))));
  });
}

describe('durability', () => {
  it('keeps every reported save through repeated SIGKILLs, with integrity and the audit chain intact', async () => {
    const file = path.join(tempDir(), 'crash.sqlite');
    const reported: string[] = [];
    for (let round = 0; round < 5; round++) {
      const after = 20 + Math.floor(Math.random() * 300);
      reported.push(...(await runAndKill(file, after)));
    }
    const check = new Database(file);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(check.prepare("select id from shops where name like '崩溃测试%'").pluck().all() as string[]);
    for (const id of reported) expect(stored.has(id)).toBe(true);
    check.close();
    const reopened = await openDatabase(file, { migrationsFolder });
    const verified = verifyAuditChain(reopened.sqlite);
    expect(verified).toMatchObject({ ok: true });
    reopened.sqlite.close();
    // Five writer processes, each started, migrated and killed: on a busy machine starting one takes seconds.
  }, 180_000);
});
