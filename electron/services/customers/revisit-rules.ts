/** Return-visit rules (回访规则) a supervisor sets. */
import type { z } from 'zod';
import { customerGrades, revisitRules } from '../../../db/schema';
import { query, tableRef, textOrNull } from '../../../db/sql';
import type { RevisitRuleView, revisitRuleInput } from '../../../shared/contract/customers';
import type { Actor, ServiceContext } from '../context';
import { notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';
import { getGrade } from './grades';

const r = tableRef(revisitRules, 'r');
const g = tableRef(customerGrades, 'g');

const ruleRow = {
  ...r.pick('id', 'version', 'kind', 'gradeId', 'days', 'months', 'maxAttempts', 'retryDays', 'active', 'createdAt'),
  gradeName: textOrNull(g.c.name),
};
const FROM_RULES = `from ${r.from} left join ${g.from} on ${g.c.id} = ${r.c.gradeId}`;
export const allRules = query(ruleRow, (list) => `select ${list} ${FROM_RULES} order by ${r.c.createdAt}, ${r.c.id}`);
const ruleById = query(ruleRow, (list) => `select ${list} ${FROM_RULES} where ${r.c.id} = ?`);

type RuleRow = ReturnType<typeof allRules.all>[number];
const ruleView = ({ createdAt: _created, ...row }: RuleRow): RevisitRuleView => ({
  ...row,
  gradeName: row.gradeName ?? '',
});

export function listRules(ctx: ServiceContext): RevisitRuleView[] {
  return allRules.all(ctx.sqlite).map(ruleView);
}

export function getRule(ctx: ServiceContext, id: string): RevisitRuleView {
  const row = ruleById.get(ctx.sqlite, id);
  if (!row) throw notFound('errors.revisitRuleMissing');
  return ruleView(row);
}

/** A supervisor's rule; one active rule per kind (and per grade for the regular visits). */
export function saveRule(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.output<typeof revisitRuleInput>,
): RevisitRuleView {
  const gradeId = input.kind === 'grade_every' ? input.gradeId : null;
  const regular = input.kind === 'grade_every' || input.kind === 'owner_every';
  if (gradeId) getGrade(ctx, gradeId);
  if (input.kind === 'grade_every' && !gradeId) throw refuse('errors.revisitGradeRequired', 'gradeId');
  const twin = allRules
    .all(ctx.sqlite)
    .find((x) => x.active && x.id !== input.id && x.kind === input.kind && x.gradeId === gradeId);
  if (input.active && twin) throw refuse('errors.revisitRuleTwice', 'kind');
  const values = {
    kind: input.kind,
    gradeId,
    days: regular ? 0 : input.days,
    months: regular ? input.months : 0,
    maxAttempts: input.maxAttempts,
    retryDays: input.retryDays,
    active: input.active,
  };
  const id = write(ctx, actor, (tx) => {
    if (input.id) return tx.update('revisitRules', input.id, values).after.id;
    return tx.insert('revisitRules', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
  });
  return getRule(ctx, id);
}
