/**
 * A list filter's name columns, for a query of Latin letters typed as pinyin initials (`zs` for 张三): the column of
 * the record's key (the id its search entry is filed under), or several columns when the list's rows are not filed
 * themselves but follow records that are (a revisit plan: its customer file, the complaint or repair it follows up),
 * and the columns holding names.
 */
export interface InitialsColumns {
  id: string | readonly string[];
  names: readonly string[];
}

/**
 * The records whose search entry holds the query as pinyin initials, read off the search index once per statement
 * (the query is a constant): two letters are an exact short key (each pair of a name's consecutive
 * initials, search/keys.ts), three or more are matched in the trigram index, whose text holds every name's initials. Any other query finds nothing
 * here (`initials_key` is null and `initials_phrase` the empty phrase, db/functions.ts).
 */
function initialsCandidates(param: string): string {
  return `select e.entity_id from search_entries e where e.rowid in (
      select k.entry_rowid from search_keys k where k.key = initials_key(${param})
      union all
      select rowid from search_fts where search_fts match initials_phrase(${param}))`;
}

/**
 * A list filter's text condition: the record's columns folded by `fold_text` (the contract's `foldSearchText`,
 * registered on every connection in db/functions.ts) contain the query, which the contract folded the same way
 * (`searchTextSchema`). One call per row over the columns joined by a control character, so a match never runs
 * from one column into the next.
 *
 * With `initials`, a query of Latin letters also matches a record one of whose names holds it as consecutive pinyin
 * initials (`zs` or `sf` for 张三丰, see db/functions.ts), as Ctrl+K does: the search index gives the few records filed under those initials, and only
 * those rows have their names converted (`pinyin_initials_match`), so the cost per row scanned stays one lookup in
 * that set; pinyin is never computed for every row.
 */
export function foldedContains(columns: readonly string[], initials?: InitialsColumns, param = '@text'): string {
  const joined = columns.map((c) => `coalesce(${c}, '')`).join(' || char(1) || ');
  // The query is folded again here (it is already, through the contract; folding is idempotent) for services called
  // directly; SQLite evaluates a deterministic function of a constant once per statement, not per row.
  const text = `instr(fold_text(${joined}), fold_text(${param})) > 0`;
  if (!initials || initials.names.length === 0) return text;
  // CASE, not AND: SQLite evaluates the side of an AND without a subquery first, which would convert every row.
  const ids = typeof initials.id === 'string' ? [initials.id] : initials.id;
  const offered = ids.map((id) => `${id} in (${initialsCandidates(param)})`).join(' or ');
  return `(${text} or case when ${offered}
    then pinyin_initials_match(${param}, ${initials.names.join(', ')}) else 0 end)`;
}
