/**
 * The typed SQL toolkit for lists and reports (see README, "One way to the database"): SELECT lists and row types
 * from the drizzle tables, one keyset-paging helper, WHERE clauses from a clerk's filters. Lookups by key use
 * drizzle's builder; writes go through the audited writer (`electron/services/write.ts`).
 */
export {
  type BindParams,
  type Cursor,
  keysetBefore,
  pageOf,
  query,
  type SqlValue,
  single,
  type TypedQuery,
} from './query';
export {
  type ColumnValue,
  columnDecoder,
  decodeRow,
  flag,
  int,
  numberOrNull,
  oneOf,
  RowDecodeError,
  type RowOf,
  type Selected,
  type Selection,
  selectList,
  type TableRef,
  tableRef,
  text,
  textOrNull,
} from './select';
export { SqlWhere } from './where';
