import type { Sqlite } from '../../../db/open';
import { type ApplyOutcome, type FoldContext, foldMessage } from './fold';

export interface StreamMessage {
  seq: number;
  body: string;
}

/**
 * Applies messages of the site stream in one transaction with the new position, so each is applied exactly once
 * whatever happens between (one fsync per batch, not per event). Foreign keys are checked by the counter that wrote
 * the event; here a record may arrive before one it names (history snapshots), so the check is off for the batch.
 */
export function applyMessages(fold: Omit<FoldContext, 'sqlite'> & { sqlite: Sqlite }, messages: StreamMessage[]) {
  const { sqlite } = fold;
  const outcomes: ApplyOutcome[] = [];
  const from = appliedSeq(sqlite);
  const fresh = messages.filter((m) => m.seq > from);
  if (fresh.length === 0) return outcomes;
  let rewrote = false;
  const folding = {
    ...fold,
    onRewrite: () => {
      rewrote = true;
    },
  };
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      for (const message of fresh) outcomes.push(foldMessage(folding, message.seq, message.body));
      sqlite.prepare('update sync_settings set applied_seq = ? where id = 1').run(fresh[fresh.length - 1]?.seq);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  // An erasure rewrote copies here: the old pages leave the write-ahead log (secure_delete zeroed them in the file),
  // as they do at the counter where it was made (customers/forget.ts).
  if (rewrote) sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return outcomes;
}

export function appliedSeq(sqlite: Sqlite): number {
  const value = sqlite.prepare('select applied_seq from sync_settings where id = 1').pluck().get();
  return typeof value === 'number' ? value : 0;
}
