import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import { verifyAuditChainInSteps } from '../audit/verify';

/**
 * `integrity_check` reads the whole file in one call (about two minutes at ten years of data), so it runs in a
 * worker thread on its own read-only connection; the main process keeps serving the desk meanwhile.
 */
const integrityWorker = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
try { parentPort.postMessage(String(db.pragma('integrity_check', { simple: true }))); } finally { db.close(); }
`;

function integrityInWorker(file: string, nativeBinding?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(integrityWorker, {
      eval: true,
      workerData: { file, nativeBinding, modulePath: require.resolve('better-sqlite3') },
    });
    worker.once('message', (result: string) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`integrity worker exited with ${code}`));
    });
  });
}

/** Where the worker cannot load the driver (a packaging difference), the check still runs, on this thread. */
async function integrity(copy: Sqlite, file: string, nativeBinding?: string): Promise<string> {
  try {
    return await integrityInWorker(file, nativeBinding);
  } catch {
    return String(copy.pragma('integrity_check', { simple: true }));
  }
}

/** Opens a backup read-only and checks it as thoroughly as the live file, without blocking the main thread. */
export async function checkBackupFileInSteps(
  file: string,
  nativeBinding?: string,
): Promise<{ ok: true; count: number; head: string } | { ok: false }> {
  let copy: Sqlite | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    if ((await integrity(copy, file, nativeBinding)) !== 'ok') return { ok: false };
    const verified = await verifyAuditChainInSteps(copy);
    return verified.ok ? { ok: true, count: verified.count, head: verified.head } : { ok: false };
  } catch {
    return { ok: false };
  } finally {
    copy?.close();
  }
}
