import type { Sqlite } from '../../../db/open';
import type { VerifyResult } from '../../../shared/contract/audit';
import { type EntryContent, entryHash, GENESIS_HASH } from './hash';
import { attestedScrub } from './scrub';
import type { StoredHead } from './stored-heads';
import { PAGE, StepClock, verifyRecords } from './verify-records';

interface AuditRow extends EntryContent {
  prevHash: string;
  hash: string;
}

type ExpectedHead = { count: number; hashPrefix: string };

/**
 * Walks the chain from the first entry and names the first broken link; then checks that every audited
 * record is exactly what its newest entry says, which catches edits made with raw SQL outside the writer.
 */
export function verifyAuditChain(sqlite: Sqlite, expectedHead?: ExpectedHead, stored: StoredHead[] = []): VerifyResult {
  const steps = verifySteps(sqlite, expectedHead, stored);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check in steps of a few milliseconds, giving the event loop a turn between them: at ten years the log
 * has millions of entries and checking it in one go blocked the main process for minutes (bench/results.md).
 */
export async function verifyAuditChainInSteps(
  sqlite: Sqlite,
  expectedHead?: ExpectedHead,
  stored: StoredHead[] = [],
): Promise<VerifyResult> {
  const steps = verifySteps(sqlite, expectedHead, stored);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* verifySteps(
  sqlite: Sqlite,
  expectedHead: ExpectedHead | undefined,
  stored: StoredHead[],
): Generator<void, VerifyResult, void> {
  const wanted = new Set(stored.map((s) => s.count));
  const hashAt = new Map<number, string>();
  const page = sqlite.prepare(
    `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action, changes,
            note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log where seq > ? order by seq limit ${PAGE}`,
  );
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let headAtExpected: string | null = null;
  let after = -1;
  const step = new StepClock();
  for (;;) {
    const rows = page.all(after) as AuditRow[];
    for (const row of rows) {
      const { prevHash, hash, ...content } = row;
      if (row.seq !== expectedSeq) return { ok: false, count, reasonKey: 'audit.gap', seq: expectedSeq };
      if (prevHash !== prev) return { ok: false, count, reasonKey: 'audit.brokenLink', seq: row.seq };
      const computed = entryHash(prevHash, content);
      // An entry a customer's erasure blanked hashes to what that later erasure's entry names for it (audit/scrub.ts).
      if (computed !== hash && !attestedScrub(sqlite, row.seq, computed))
        return { ok: false, count, reasonKey: 'audit.entryAltered', seq: row.seq };
      prev = hash;
      expectedSeq += 1;
      count += 1;
      if (expectedHead && count === expectedHead.count) headAtExpected = hash;
      if (wanted.has(count)) hashAt.set(count, hash);
      if (step.due()) yield;
    }
    if (rows.length < PAGE) break;
    after = (rows[rows.length - 1] as AuditRow).seq;
  }
  if (expectedHead) {
    if (count < expectedHead.count) return { ok: false, count, reasonKey: 'audit.shorterThanPrinted' };
    if (!headAtExpected?.startsWith(expectedHead.hashPrefix.toLowerCase()))
      return { ok: false, count, reasonKey: 'audit.headMismatch', seq: expectedHead.count };
  }
  // Every head recorded elsewhere must be a point this chain passed through; the first that is not says where.
  for (const head of stored) {
    if (head.count > count)
      return { ok: false, count, reasonKey: 'audit.storedHeadAhead', seq: count, source: head.source };
    if (hashAt.get(head.count) !== head.head)
      return { ok: false, count, reasonKey: 'audit.storedHeadMismatch', seq: head.count, source: head.source };
  }
  const failure = yield* verifyRecords(sqlite, count, step);
  return failure ?? { ok: true, count, head: prev };
}
