import type { Sqlite } from '../../../db/open';
import type { SearchHit } from '../../../shared/contract/search';

/**
 * Newest first. Three or more characters go to the trigram index; one or two characters (which trigram
 * cannot match) and four-digit phone tails go to the exact short-key table.
 */
export function searchRecords(sqlite: Sqlite, text: string, limit: number): SearchHit[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const select = `select e.module, e.entity_id as entityId, e.title, e.subtitle, e.at, e.voided from search_entries e`;
  let rows: SearchHit[];
  if (q.length <= 2 || /^\d{4}$/.test(q)) {
    // Ordered by the key table's own column: SQLite walks (key, entry_rowid) backwards and stops after `limit`;
    // ordered by e.rowid it sorted every entry with that key (about 1 s for a common surname at seven years).
    rows = sqlite
      .prepare(
        `${select} join search_keys k on k.entry_rowid = e.rowid where k.key = ? order by k.entry_rowid desc limit ?`,
      )
      .all(q, limit) as SearchHit[];
    if (rows.length > 0 || q.length <= 2) return rows.map(toHit);
  }
  const phrase = `"${q.replaceAll('"', '""')}"`;
  rows = sqlite
    .prepare(
      `${select} where e.rowid in (select rowid from search_fts where search_fts match ? order by rowid desc limit ?) order by e.rowid desc`,
    )
    .all(phrase, limit) as SearchHit[];
  return rows.map(toHit);
}

function toHit(row: SearchHit): SearchHit {
  return { ...row, voided: Boolean(row.voided) };
}

/** Customer history: every record of any module filed under this phone, newest first (indexed by phone). */
export function customerHistory(sqlite: Sqlite, phone: string, limit = 500): SearchHit[] {
  const rows = sqlite
    .prepare(
      `select module, entity_id as entityId, title, subtitle, at, voided from search_entries
       where phone = ? order by at desc limit ?`,
    )
    .all(phone, limit) as SearchHit[];
  return rows.map(toHit);
}
