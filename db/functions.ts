import { foldSearchText } from '../shared/contract/search-fold';
import type { Sqlite } from './open';

/**
 * SQL functions the queries of this connection use. Only queries call them, never a trigger, view or index, so a
 * file opened elsewhere (a backup being checked, head office's copy) needs none of them.
 *
 * `fold_text(x)`: the contract's `foldSearchText` of a column (NULL as ''), so a list filter compares a record's
 * text folded the way the query was folded (NFKC, every letter's case, ß, apostrophes), as Ctrl+K does:
 * SQL's own lower() and LIKE fold only A–Z, so O’Brien, ＬＩ and Émile were missed by o'brien, li and émile.
 */
export function registerSqlFunctions(sqlite: Sqlite): void {
  sqlite.function('fold_text', { deterministic: true }, (value: unknown) =>
    value === null || value === undefined ? '' : foldSearchText(String(value)),
  );
}
