/**
 * A list filter's text condition: the record's columns folded by `fold_text` (the contract's `foldSearchText`,
 * registered on every connection in db/functions.ts) contain the query, which the contract folded the same way
 * (`searchTextSchema`). One call per row over the columns joined by a control character, so a match never runs
 * from one column into the next.
 */
export function foldedContains(columns: readonly string[], param = '@text'): string {
  const joined = columns.map((c) => `coalesce(${c}, '')`).join(' || char(1) || ');
  // The query is folded again here (it is already, through the contract; folding is idempotent) for services called
  // directly; SQLite evaluates a deterministic function of a constant once per statement, not per row.
  return `instr(fold_text(${joined}), fold_text(${param})) > 0`;
}
