import type { Sqlite } from '../../../db/open';
import { selectRow } from '../row-sql';
import { indexSearchDoc } from '../search/indexer';
import { syncedEntities } from '../sync/module-sync';
import { loansEntities } from './entities';
import { indexLoan } from './lending';

type LoanRow = typeof loansEntities.loans.table.$inferSelect;

/** A loan from another counter is found here by its serial, borrower, phone, item number and kind. */
function reindexLoan(sqlite: Sqlite, row: Record<string, unknown>): void {
  if (typeof row.id !== 'string') return;
  const spec = loansEntities.loans;
  const loan = selectRow(sqlite, spec.table, spec.key, row.id) as LoanRow | undefined;
  if (!loan) return;
  const item = sqlite
    .prepare('select i.code, k.name from loan_items i join loan_kinds k on k.id = i.kind_id where i.id = ?')
    .get(loan.itemId) as { code: string; name: string } | undefined;
  indexLoan({ index: (doc) => indexSearchDoc(sqlite, doc) }, loan, item?.code ?? '', item?.name ?? '');
}

export const loansSync = syncedEntities(loansEntities, { loans: reindexLoan });
