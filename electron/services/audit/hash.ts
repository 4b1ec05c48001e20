import { createHash } from 'node:crypto';

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
  unaudited?: readonly string[];
  addedLater?: Readonly<Record<string, unknown>>;
}

/**
 * Redacts secret columns and leaves out what is not audited. A column added by a migration after records exist
 * is left out while it holds its default, so adding it does not make every older record look changed.
 */
export function auditedRow(row: Record<string, unknown>, columns: AuditedColumns = {}): Record<string, unknown> {
  const { redacted = [], unaudited = [], addedLater = {} } = columns;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (unaudited.includes(k)) continue;
    if (k in addedLater && (v ?? null) === addedLater[k]) continue;
    out[k] = redacted.includes(k) && v != null ? `redacted:${sha256(String(v)).slice(0, 12)}` : v;
  }
  return out;
}

export function rowHash(row: Record<string, unknown>): string {
  return sha256(canonicalJson(row));
}
