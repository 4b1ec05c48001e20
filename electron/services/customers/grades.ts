import type { z } from 'zod';
import { customerGrades, customers } from '../../../db/schema';
import { int, query, tableRef } from '../../../db/sql';
import type { CustomerGradeView, gradeInput } from '../../../shared/contract/customers';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { liveFile } from './predicates';

const g = tableRef(customerGrades, 'g');
const f = tableRef(customers, 'f');

const gradeRow = {
  ...g.pick('id', 'version', 'name', 'sortOrder', 'active'),
  customers: int(`(select count(*) from ${f.from} where ${f.c.gradeId} = ${g.c.id} and ${liveFile(f.c)})`),
};
const allGrades = query(gradeRow, (list) => `select ${list} from ${g.from} order by ${g.c.sortOrder}, ${g.c.name}`);
const gradeById = query(gradeRow, (list) => `select ${list} from ${g.from} where ${g.c.id} = ?`);
const nameTaken = query(
  { id: g.col('id') },
  (list) => `select ${list} from ${g.from} where ${g.c.name} = ? and ${g.c.id} <> ?`,
);

/** The grades of a new desk (客户等级分类表); the supervisor renames, adds and retires them. */
export const defaultGrades = ['普通', '会员', 'VIP', '重点关注'];

export function listGrades(ctx: ServiceContext, includeInactive: boolean): CustomerGradeView[] {
  return allGrades.all(ctx.sqlite).filter((grade) => includeInactive || grade.active);
}

export function getGrade(ctx: ServiceContext, id: string): CustomerGradeView {
  const grade = gradeById.get(ctx.sqlite, id);
  if (!grade) throw notFound('errors.customerGradeMissing');
  return grade;
}

export function saveGrade(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.output<typeof gradeInput>,
): CustomerGradeView {
  if (nameTaken.get(ctx.sqlite, input.name, input.id ?? '')) throw refuse('errors.customerGradeTaken', 'name');
  const values = { name: input.name, sortOrder: input.sortOrder, active: input.active };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('customerGrades', input.id, values).after.id;
    return tx.insert('customerGrades', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getGrade(ctx, id);
}
