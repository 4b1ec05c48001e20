import type { z } from 'zod';
import { loanItems, loanKinds, loans } from '../../../db/schema';
import { int, query, tableRef, textOrNull } from '../../../db/sql';
import type { LoanItemView, LoanKindView, loanItemInput, loanKindInput } from '../../../shared/contract/loans';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { out } from './predicates';

const k = tableRef(loanKinds, 'k');
const i = tableRef(loanItems, 'i');
const l = tableRef(loans, 'l');

const kindRow = {
  ...k.pick('id', 'version', 'name', 'depositFen', 'loanDays', 'overdueFeePerDayFen', 'active'),
  items: int(`(select count(*) from ${i.from} where ${i.c.kindId} = ${k.c.id} and ${i.c.active} = 1)`),
};
const allKinds = query(kindRow, (list) => `select ${list} from ${k.from} order by ${k.c.name}`);
const kindById = query(kindRow, (list) => `select ${list} from ${k.from} where ${k.c.id} = ?`);

const itemRow = {
  ...i.pick('id', 'version', 'code', 'kindId', 'active', 'note'),
  kindName: k.col('name'),
  outSerial: textOrNull(
    `(select ${l.c.serialNo} from ${l.from} where ${l.c.itemId} = ${i.c.id} and ${out(l.c)} limit 1)`,
  ),
};
const FROM_ITEMS = `from ${i.from} join ${k.from} on ${k.c.id} = ${i.c.kindId}`;
const allItems = query(itemRow, (list) => `select ${list} ${FROM_ITEMS} order by ${k.c.name}, ${i.c.code}`);
const itemById = query(itemRow, (list) => `select ${list} ${FROM_ITEMS} where ${i.c.id} = ?`);

export function listKinds(ctx: ServiceContext, includeInactive: boolean): LoanKindView[] {
  return allKinds.all(ctx.sqlite).filter((kind) => includeInactive || kind.active);
}

export function getKind(ctx: ServiceContext, id: string): LoanKindView {
  const kind = kindById.get(ctx.sqlite, id);
  if (!kind) throw notFound('errors.loanKindMissing');
  return kind;
}

export function listLoanItems(ctx: ServiceContext, includeInactive: boolean): LoanItemView[] {
  return allItems.all(ctx.sqlite).filter((item) => includeInactive || item.active);
}

export function getLoanItem(ctx: ServiceContext, id: string): LoanItemView {
  const item = itemById.get(ctx.sqlite, id);
  if (!item) throw notFound('errors.loanItemMissing');
  return item;
}

const nameTaken = query(
  { id: k.col('id') },
  (list) => `select ${list} from ${k.from} where ${k.c.name} = ? and ${k.c.id} <> ?`,
);
const codeTaken = query(
  { id: i.col('id') },
  (list) => `select ${list} from ${i.from} where ${i.c.code} = ? and ${i.c.id} <> ?`,
);

type Edit<S extends z.ZodType> = Omit<z.output<S>, 'version'>;

/** A supervisor keeps the kinds: deposit, loan days and overdue fee per day, in fen. */
export function saveKind(ctx: ServiceContext, actor: Actor, input: Edit<typeof loanKindInput>): LoanKindView {
  if (nameTaken.get(ctx.sqlite, input.name, input.id ?? '')) throw refuse('errors.loanKindNameTaken', 'name');
  const values = {
    name: input.name,
    depositFen: input.deposit,
    loanDays: input.loanDays,
    overdueFeePerDayFen: input.overdueFee,
    active: input.active,
  };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('loanKinds', input.id, values).after.id;
    return tx.insert('loanKinds', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getKind(ctx, id);
}

/** Each item has its number; one that is out cannot be retired until it is back. */
export function saveLoanItem(ctx: ServiceContext, actor: Actor, input: Edit<typeof loanItemInput>): LoanItemView {
  getKind(ctx, input.kindId);
  if (codeTaken.get(ctx.sqlite, input.code, input.id ?? '')) throw refuse('errors.loanItemCodeTaken', 'code');
  if (input.id && !input.active && getLoanItem(ctx, input.id).outSerial) throw refuse('errors.loanItemOut', 'active');
  const values = { kindId: input.kindId, code: input.code, active: input.active, note: input.note };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('loanItems', input.id, values).after.id;
    return tx.insert('loanItems', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getLoanItem(ctx, id);
}
