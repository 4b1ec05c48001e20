import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';

/**
 * Reuses prepared statements by their SQL text. drizzle and the services call `prepare` for every query, and at
 * ten years of data preparing costs more than running: SQLite parses and plans the SQL each time (measured with
 * `npm run bench`). A cached statement is handed out again only when no one is iterating it, and in its default
 * row mode, because `pluck()`/`raw()`/`expand()` change a statement for every later caller.
 */
export function cacheStatements(sqlite: Database.Database, capacity = 500): void {
  const prepare = sqlite.prepare.bind(sqlite) as (source: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    const hit = cache.get(source);
    if (hit && !hit.busy) {
      // Re-insert so the map's order is least recently used first.
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) {
        hit.pluck(false);
        hit.raw(false);
        hit.expand(false);
      }
      return hit;
    }
    const statement = prepare(source);
    if (hit) return statement;
    cache.set(source, statement);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
