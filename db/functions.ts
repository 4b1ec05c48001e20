import { pinyinInitials } from '../electron/services/search/keys';
import { foldSearchText } from '../shared/contract/search-fold';
import type { Sqlite } from './open';

/** A query a clerk may mean as pinyin initials: Latin letters only, two or more, folded. */
function initialsQuery(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const q = foldSearchText(value.trim());
  return /^[a-z]{2,}$/.test(q) ? q : null;
}

/**
 * 1 when the pinyin initials of one of `names` hold the query `value` as a run of consecutive characters (see below),
 * else 0: from the first character (`zs`, `zsf` for 张三丰), or from a later one, so the initials of a given name alone
 * find the person too (`sf` for 张三丰, `nn` for 欧阳娜娜), as a name's characters are matched anywhere (三丰).
 * Characters skipped or out of order (`zf`, `fs`) do not match.
 */
export function pinyinInitialsMatch(value: unknown, ...names: unknown[]): number {
  const q = initialsQuery(value);
  if (q === null) return 0;
  return names.some((name) => typeof name === 'string' && name !== '' && pinyinInitials(name).includes(q)) ? 1 : 0;
}

/**
 * SQL functions the queries of this connection use. Only queries call them, never a trigger, view or index, so a
 * file opened elsewhere (a backup being checked, head office's copy) needs none of them.
 *
 * `fold_text(x)`: the contract's `foldSearchText` of a column (NULL as ''), so a list filter compares a record's
 * text folded the way the query was folded (NFKC, every letter's case, ß, apostrophes), as Ctrl+K does:
 * SQL's own lower() and LIKE fold only A–Z, so O’Brien, ＬＩ and Émile were missed by o'brien, li and émile.
 *
 * For a list filter's pinyin initials (electron/services/text-filter.ts): `initials_key(q)` is a two-letter query
 * as the search's short key, else NULL; `initials_phrase(q)` a query of three or more letters as a trigram phrase,
 * else the empty phrase (which matches nothing); `pinyin_initials_match(q, name, …)` is 1 when the pinyin initials of
 * one of the names hold the query (张三丰 for `zs`, `zsf` and `sf`), computed only for the rows the index offered.
 */
export function registerSqlFunctions(sqlite: Sqlite): void {
  sqlite.function('fold_text', { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? '' : foldSearchText(String(value)),
  );
  sqlite.function('initials_key', { deterministic: true }, (value: unknown) => {
    const q = initialsQuery(value);
    return q !== null && q.length === 2 ? q : null;
  });
  sqlite.function('initials_phrase', { deterministic: true }, (value: unknown) => {
    const q = initialsQuery(value);
    return q !== null && q.length > 2 ? `"${q}"` : '""';
  });
  sqlite.function('pinyin_initials_match', { deterministic: true, varargs: true }, pinyinInitialsMatch);
}
