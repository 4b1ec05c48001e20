import type { Sqlite } from '../../../db/open';
import { type CodeOf, type ListOf, valueLabel } from '../../../shared/contract/label-text';
import { foldSearchText } from '../../../shared/contract/search-fold';
import { languages } from '../../../shared/labels';
import type { ModuleName } from '../../../shared/modules';
import { fullPinyin, pinyinInitials, shortKeys } from './keys';

/** What a module tells the search index about one of its records. */
export interface SearchDoc {
  module: ModuleName;
  entityId: string;
  title: string;
  subtitle?: string;
  /** A code of the module's `searchTag` list; shown as its label before the subtitle. */
  tag?: string | null;
  /** Free text: descriptions, serials, plates, receipt numbers. */
  text?: string;
  names?: string[];
  phones?: string[];
  at: number;
  voided?: boolean;
}

function statements(sqlite: Sqlite) {
  return {
    upsert: sqlite.prepare(
      `insert into search_entries (module, entity_id, title, subtitle, tag, phone, at, voided)
       values (@module, @entityId, @title, @subtitle, @tag, @phone, @at, @voided)
       on conflict (entity_id) do update set module = excluded.module, title = excluded.title,
         subtitle = excluded.subtitle, tag = excluded.tag, phone = excluded.phone, at = excluded.at,
         voided = excluded.voided
       returning rowid`,
    ),
    removeFts: sqlite.prepare('delete from search_fts where rowid = ?'),
    addFts: sqlite.prepare('insert into search_fts (rowid, body) values (?, ?)'),
    removeKeys: sqlite.prepare('delete from search_keys where entry_rowid = ?'),
    addKey: sqlite.prepare('insert or ignore into search_keys (key, entry_rowid) values (?, ?)'),
  };
}

/** Adds or replaces a record's search entry; runs inside the writer's transaction. */
export function indexSearchDoc(sqlite: Sqlite, doc: SearchDoc): void {
  // Cheap per write: each prepare is a lookup in the connection's statement cache (db/statement-cache.ts).
  const s = statements(sqlite);
  const names = doc.names ?? [];
  const phones = (doc.phones ?? []).filter(Boolean);
  const { rowid } = s.upsert.get({
    module: doc.module,
    entityId: doc.entityId,
    title: doc.title,
    subtitle: doc.subtitle ?? '',
    tag: doc.tag ?? null,
    phone: phones[0] ?? null,
    at: doc.at,
    voided: doc.voided ? 1 : 0,
  }) as { rowid: number };
  const text = [
    doc.title,
    doc.subtitle ?? '',
    doc.text ?? '',
    ...phones,
    ...names.map((n) => `${pinyinInitials(n)} ${fullPinyin(n)}`),
  ].join(' ');
  // Folded as the query is (NFKC, lower case, one apostrophe): ＯＢＲＩＥＮ and o’brien are found by o'brien.
  const body = foldSearchText(text);
  s.removeFts.run(rowid);
  s.addFts.run(rowid, body);
  s.removeKeys.run(rowid);
  for (const key of shortKeys(names, phones)) s.addKey.run(key, rowid);
}

/** A code's label in every language, for the search text: the index is searched by the words a clerk types. */
export function tagWords<M extends ModuleName, L extends ListOf<M>>(module: M, list: L, code: CodeOf<M, L>): string[] {
  return languages.map((language) => valueLabel(language, module, list, code));
}

/** Takes a record's entry out of the index (a record merged into another, whose own entry now stands for both). */
export function removeSearchDoc(sqlite: Sqlite, entityId: string): void {
  const rowid = sqlite.prepare('select rowid from search_entries where entity_id = ?').pluck().get(entityId);
  if (typeof rowid !== 'number') return;
  sqlite.prepare('delete from search_fts where rowid = ?').run(rowid);
  sqlite.prepare('delete from search_keys where entry_rowid = ?').run(rowid);
  sqlite.prepare('delete from search_entries where rowid = ?').run(rowid);
}
