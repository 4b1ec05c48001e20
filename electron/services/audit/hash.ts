import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export interface EntryContent {
  seq: number;
  id: string;
  at: number;
  clerkId: string | null;
  shiftId: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: string;
  note: string | null;
  rowHash: string | null;
}

export function entryHash(prevHash: string, content: EntryContent): string {
  return sha256(`${prevHash}|${canonicalJson(content)}`);
}

export interface AuditedColumns {
  redacted?: readonly string[];
  /**
   * Redacted columns whose digest is keyed with the record's own key (audit_record_keys): a personal value from a
   * small space (a phone) that a plain hash would give away to anyone trying every number.
   */
  keyed?: readonly string[];
  unaudited?: readonly string[];
  addedLater?: Readonly<Record<string, unknown>>;
}

/**
 * Redacts secret columns and leaves out what is not audited. A column added by a migration after records exist
 * is left out while it holds its default, so adding it does not make every older record look changed.
 */
export function auditedRow(
  row: Record<string, unknown>,
  columns: AuditedColumns = {},
  recordKey: Buffer | null = null,
): Record<string, unknown> {
  const { redacted = [], keyed = [], unaudited = [], addedLater = {} } = columns;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (unaudited.includes(k)) continue;
    if (k in addedLater && (v ?? null) === addedLater[k]) continue;
    out[k] = redacted.includes(k) ? redactedValue(v, keyed.includes(k) ? recordKey : undefined) : v;
  }
  return out;
}

/**
 * What the log keeps of a redacted value. A keyed column of a record that has a key (audit_record_keys) keeps
 * `redacted:k:` and 16 hex characters of an HMAC-SHA256 under that key; its empty value stays empty (it reveals
 * nothing, and the record reads the same once its key is erased at anonymisation). Other columns, and records written
 * before keyed digests (no key: `recordKey` null), keep the older plain form, so they still verify: `redacted:` and
 * 12 hex characters of SHA-256.
 */
export function redactedValue(value: unknown, recordKey: Buffer | null | undefined): unknown {
  if (value == null) return value;
  if (!recordKey) return `redacted:${sha256(String(value)).slice(0, 12)}`;
  if (value === '') return value;
  if (recordKey.length === 0) return 'redacted:k:erased';
  return `redacted:k:${createHmac('sha256', recordKey).update(String(value)).digest('hex').slice(0, 16)}`;
}

export function rowHash(row: Record<string, unknown>): string {
  return sha256(canonicalJson(row));
}
