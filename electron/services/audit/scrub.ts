import type { Sqlite } from '../../../db/open';
import { AppError } from '../errors';
import { type EntryContent, entryHash } from './hash';

/**
 * Erasing one person from the log (a customer's request to be forgotten, customers/forget.ts) while the chain still
 * verifies. An entry's `hash` covers its content, so an entry whose personal values are erased no longer hashes to
 * it. Its `hash` and `prev_hash` stay, so every link and every recorded head (printed, in the backup folder) still
 * hold; the erasure's own entry, later in the chain, names for each erased entry the hash of its new content, and
 * `audit_scrubs` points from the entry to that erasure. The chain check accepts an entry that does not hash to its
 * `hash` only when both agree (`attestedScrub`). Before anything is erased each entry is checked as it stands, so
 * what is erased was what the chain held.
 */

/** The field of an erasure's entry that names the hash of each entry it erased. */
export const SCRUB_ATTESTATION = 'scrubbed';

/** What an erased personal value reads as, in the records and in the log: a mask, in any language. */
export const ERASED = '***';

/** The records whose entries are erased, and their columns that held the person (erased whatever they held). */
export interface ScrubTarget {
  entity: string;
  entityId: string;
  columns: readonly string[];
}

interface EntryRow extends EntryContent {
  prevHash: string;
  hash: string;
}

const ENTRY = `select seq, id, at, clerk_id as clerkId, shift_id as shiftId, entity, entity_id as entityId, action,
  changes, note, row_hash as rowHash, prev_hash as prevHash, hash from audit_log`;

/**
 * Masks the person's values in free text: each value as written, and each phone also with spaces or dashes between
 * its digits (139 1234 5678). Values under two characters are left alone (they would mask unrelated text).
 */
export function maskPerson(text: string, values: readonly string[], phones: readonly string[] = []): string {
  let out = text;
  for (const value of [...values].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length))
    out = out.replaceAll(value, ERASED);
  for (const phone of phones.filter((p) => p.length >= 5)) {
    const digits = [...phone.replace(/\D/g, '')].join('[\\s-]?');
    if (digits) out = out.replace(new RegExp(digits, 'g'), ERASED);
  }
  return out;
}

function maskJson(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((v) => maskJson(v, mask));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskJson(v, mask)]));
  return value;
}

const erasedValue = (v: unknown) => (v == null || v === '' ? v : ERASED);

/** An entry's changes with the target's columns erased (before and after) and the person's values masked elsewhere. */
function scrubChanges(changes: string, columns: ReadonlySet<string>, mask: (text: string) => string): string {
  const parsed = JSON.parse(changes) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return JSON.stringify(maskJson(parsed, mask));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (columns.has(key)) out[key] = Array.isArray(value) ? value.map(erasedValue) : erasedValue(value);
    else out[key] = maskJson(value, mask);
  }
  return JSON.stringify(out);
}

export interface PlannedScrub {
  seq: number;
  changes: string;
  note: string | null;
  rowHash: string | null;
  contentHash: string;
}

/**
 * The erased form of every entry of the targets, checked first: an entry that neither hashes to its `hash` nor is
 * an attested earlier erasure is refused (the log was altered; nothing is erased). Only each record's newest row
 * hash is kept (it hashes the record as it is now, blanked); older ones hashed the person's values and are dropped.
 * Entries that would not change are left out.
 */
export function planScrubs(
  sqlite: Sqlite,
  targets: readonly ScrubTarget[],
  values: readonly string[],
  phones: readonly string[],
): PlannedScrub[] {
  const mask = (text: string) => maskPerson(text, values, phones);
  const entries = sqlite.prepare(`${ENTRY} where entity = ? and entity_id = ? order by seq`);
  const planned: PlannedScrub[] = [];
  for (const target of targets) {
    const rows = entries.all(target.entity, target.entityId) as EntryRow[];
    const newestHashed = [...rows].reverse().find((r) => r.rowHash !== null)?.seq;
    const columns = new Set(target.columns);
    for (const row of rows) {
      const { prevHash, hash, ...content } = row;
      const now = entryHash(prevHash, content);
      if (now !== hash && !attestedScrub(sqlite, row.seq, now))
        throw new AppError('conflict', 'errors.auditAltered', undefined, { seq: row.seq });
      const scrubbed: EntryContent = {
        ...content,
        changes: scrubChanges(content.changes, columns, mask),
        note: content.note === null ? null : mask(content.note),
        rowHash: row.seq === newestHashed ? content.rowHash : null,
      };
      if (
        scrubbed.changes === content.changes &&
        scrubbed.note === content.note &&
        scrubbed.rowHash === content.rowHash
      )
        continue;
      planned.push({
        seq: row.seq,
        changes: scrubbed.changes,
        note: scrubbed.note,
        rowHash: scrubbed.rowHash,
        contentHash: entryHash(prevHash, scrubbed),
      });
    }
  }
  return planned;
}

/** What the erasure's entry records of the erased entries: each one's seq and the hash its new content has. */
export function scrubAttestation(planned: readonly PlannedScrub[]): Record<string, string> {
  return Object.fromEntries(planned.map((p) => [String(p.seq), p.contentHash]));
}

/** Writes the erased entries, once the erasure's entry (`erasureSeq`, naming them) is in the chain. */
export function applyScrubs(sqlite: Sqlite, planned: readonly PlannedScrub[], erasureSeq: number): void {
  const attest = sqlite.prepare(
    `insert into audit_scrubs (seq, erasure_seq, content_hash) values (?, ?, ?)
     on conflict (seq) do update set erasure_seq = excluded.erasure_seq, content_hash = excluded.content_hash`,
  );
  const update = sqlite.prepare('update audit_log set changes = ?, note = ?, row_hash = ? where seq = ?');
  for (const p of planned) {
    attest.run(p.seq, erasureSeq, p.contentHash);
    update.run(p.changes, p.note, p.rowHash, p.seq);
  }
}

/** The attesting entry last found intact, per connection: consecutive rewritten entries name the same one. */
const lastAttesting = new WeakMap<Sqlite, { row: EntryRow; attested: Record<string, string> }>();

const sameRow = (a: EntryRow, b: EntryRow) =>
  (Object.keys(a) as (keyof EntryRow)[]).every((k) => a[k] === b[k]) && Object.keys(a).length === Object.keys(b).length;

/**
 * Whether an entry that does not hash to its `hash` was rewritten by an erasure (or a re-key, audit/rekey.ts) the
 * chain holds: `audit_scrubs` names a later entry, that entry hashes to its own `hash`, and it names `computed` for
 * this one. The attesting entry is read every time; only when it is exactly the one last found intact are its hash
 * and its list not computed again (a re-key attests a few hundred entries with one entry).
 */
export function attestedScrub(sqlite: Sqlite, seq: number, computed: string): boolean {
  const scrub = sqlite
    .prepare('select erasure_seq as erasureSeq, content_hash as contentHash from audit_scrubs where seq = ?')
    .get(seq) as { erasureSeq: number; contentHash: string } | undefined;
  if (!scrub || scrub.erasureSeq <= seq || scrub.contentHash !== computed) return false;
  const erasure = sqlite.prepare(`${ENTRY} where seq = ?`).get(scrub.erasureSeq) as EntryRow | undefined;
  if (!erasure) return false;
  const cached = lastAttesting.get(sqlite);
  if (cached && sameRow(cached.row, erasure)) return cached.attested[String(seq)] === computed;
  const { prevHash, hash, ...content } = erasure;
  if (entryHash(prevHash, content) !== hash) return false;
  let attested: Record<string, string>;
  try {
    const changes = JSON.parse(content.changes) as Record<string, Record<string, string> | undefined>;
    attested = changes[SCRUB_ATTESTATION] ?? {};
  } catch {
    return false;
  }
  lastAttesting.set(sqlite, { row: erasure, attested });
  return attested[String(seq)] === computed;
}
