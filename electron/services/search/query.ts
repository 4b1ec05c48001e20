import type { Sqlite } from '../../../db/open';
import { searchEntries, searchKeys } from '../../../db/schema';
import { flag, query, tableRef } from '../../../db/sql';
import { canonicalPhoneOrNull } from '../../../shared/contract/phone';
import { foldSearchText } from '../../../shared/contract/search-fold';
import type { StoredHit } from './hit-status';

const e = tableRef(searchEntries, 'e');
const k = tableRef(searchKeys, 'k');
const hit = { ...e.pick('module', 'entityId', 'title', 'subtitle', 'tag', 'at', 'phone'), voided: flag(e.c.voided) };

// Ordered by the key table's own column: SQLite walks (key, entry_rowid) backwards and stops after `limit`;
// ordered by e.rowid it sorted every entry with that key (about 1 s for a common surname at seven years).
const byShortKey = query(
  hit,
  (list) =>
    `select ${list} from ${e.from} join ${k.from} on ${k.c.entryRowid} = ${e.c.rowid}
     where ${k.c.key} = ? order by ${k.c.entryRowid} desc limit ?`,
);

const byText = query(
  hit,
  (list) =>
    `select ${list} from ${e.from}
     where ${e.c.rowid} in (select rowid from search_fts where search_fts match ? order by rowid desc limit ?)
     order by ${e.c.rowid} desc`,
);

// Indexed by (phone, at): a customer's newest records come straight off the index.
const byPhone = query(
  hit,
  (list) => `select ${list} from ${e.from} where ${e.c.phone} = ? order by ${e.c.at} desc limit ?`,
);

/**
 * Newest first. Three or more characters go to the trigram index; one or two characters (which trigram
 * cannot match) and four-digit phone tails go to the exact short-key table.
 */
export function searchRecords(sqlite: Sqlite, text: string, limit: number): StoredHit[] {
  const q = foldSearchText(text.trim());
  if (!q) return [];
  // A whole phone number, typed any common way (021-12345678, (021) 1234 5678, +86 …), finds every record filed
  // under its canonical form through the phone column (which the phone job of 0024 brought to that form), not
  // only the records whose search text happens to hold the same spelling.
  const phone = /\d{7}/.test(q.replace(/\D/g, '')) ? canonicalPhoneOrNull(q) : null;
  if (phone) {
    const byNumber = byPhone.all(sqlite, phone, limit);
    const seen = new Set(byNumber.map((h) => h.entityId));
    const byWords = byText.all(sqlite, `"${q.replaceAll('"', '""')}"`, limit).filter((h) => !seen.has(h.entityId));
    return [...byNumber, ...byWords].sort((a, b) => b.at - a.at).slice(0, limit);
  }
  // Characters, not UTF-16 units: 𡃁 or 𠮷 is one character (two units), so 陈𡃁 is a two-character query.
  const characters = [...q].length;
  if (characters <= 2 || /^\d{4}$/.test(q)) {
    const rows = byShortKey.all(sqlite, q, limit);
    if (rows.length > 0 || characters <= 2) return rows;
  }
  return byText.all(sqlite, `"${q.replaceAll('"', '""')}"`, limit);
}

/** Customer history: every record of any module filed under this phone, newest first (indexed by phone). */
export function customerHistory(sqlite: Sqlite, phone: string, limit = 500): StoredHit[] {
  return byPhone.all(sqlite, phone, limit);
}
