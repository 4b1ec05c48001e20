import { AsyncLocalStorage } from 'node:async_hooks';
import type { Sqlite } from '../../db/open';
import { AppError } from './errors';

interface Pending {
  key: string;
  channel: string;
  recorded: boolean;
}

/** The submission key of the call being served, recorded by the first write the call makes, in its transaction. */
const pending = new AsyncLocalStorage<Pending>();

/** A form's key: random, made by the renderer once per form filled in, the same when the form is sent again. */
export const SUBMISSION_KEY = /^[A-Za-z0-9_-]{16,64}$/;

export function withSubmission<T>(key: string | null, channel: string, work: () => T): T {
  if (!key) return work();
  return pending.run({ key, channel, recorded: false }, work);
}

/**
 * Runs a write that is not the form's record (a wrong approver PIN counted towards the lockout, its count reset):
 * it commits on its own and must not take the form's key, or the corrected form would be refused as already saved.
 */
export function outsideSubmission<T>(work: () => T): T {
  return pending.exit(work);
}

/** True when a form with this key has already been stored: the re-sent form is refused, not stored twice. */
export function submittedBefore(sqlite: Sqlite, key: string): boolean {
  return sqlite.prepare('select 1 from submissions where key = ?').pluck().get(key) !== undefined;
}

/** Called by the writer inside its transaction: the key is stored with the write it belongs to, or not at all. */
export function recordSubmission(sqlite: Sqlite, now: number): void {
  const current = pending.getStore();
  if (!current || current.recorded) return;
  const inserted = sqlite
    .prepare('insert into submissions (key, channel, at) values (?, ?, ?) on conflict (key) do nothing')
    .run(current.key, current.channel, now);
  if (inserted.changes === 0) throw new AppError('conflict', 'errors.alreadySaved');
  current.recorded = true;
}
