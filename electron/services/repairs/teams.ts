import { repairTeams } from '../../../db/schema';
import { flag, int, query, tableRef } from '../../../db/sql';
import type { RepairTeamView } from '../../../shared/contract/repairs';
import type { Actor, ServiceContext } from '../context';
import { AppError, notFound, refuse } from '../errors';
import { newId } from '../ids';
import { write } from '../write';

const t = tableRef(repairTeams, 't');

const teamView = {
  ...t.pick('id', 'name', 'phone'),
  active: flag(t.c.active),
  openOrders: int(
    `(select count(*) from repair_orders o where o.team_id = ${t.c.id} and o.status <> 'closed' and o.voided_at is null)`,
  ),
};
const all = query(teamView, (list) => `select ${list} from ${t.from} order by ${t.c.name}`);
const active = query(teamView, (list) => `select ${list} from ${t.from} where ${t.c.active} = 1 order by ${t.c.name}`);
const byId = query(teamView, (list) => `select ${list} from ${t.from} where ${t.c.id} = ?`);
const byName = query(t.pick('id'), (list) => `select ${list} from ${t.from} where ${t.c.name} = ?`);

export function listTeams(ctx: ServiceContext, includeInactive: boolean): RepairTeamView[] {
  return (includeInactive ? all : active).all(ctx.sqlite);
}

export function getTeam(ctx: ServiceContext, id: string): RepairTeamView {
  const team = byId.get(ctx.sqlite, id);
  if (!team) throw notFound('errors.repairTeamMissing');
  return team;
}

/** A team an order can go to now: it exists and is active. */
export function activeTeam(ctx: ServiceContext, id: string): RepairTeamView {
  const team = byId.get(ctx.sqlite, id);
  if (!team?.active) throw refuse('errors.repairTeamInactive', 'teamId');
  return team;
}

/** Adds or edits a team; names are unique; a team with open orders stays active until they are closed. */
export function saveTeam(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { id: string | null; name: string; phone: string; active: boolean },
): RepairTeamView {
  const id = write(ctx, actor, (tx) => {
    const clash = byName.get(ctx.sqlite, input.name);
    if (clash && clash.id !== input.id) throw new AppError('conflict', 'errors.nameTaken', 'name');
    const values = { name: input.name, phone: input.phone, active: input.active };
    if (!input.id) return tx.insert('repairTeams', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now }).id;
    const current = getTeam(ctx, input.id);
    if (!input.active && current.openOrders > 0) throw refuse('errors.repairTeamBusy', 'active');
    tx.update('repairTeams', input.id, values);
    return input.id;
  });
  return getTeam(ctx, id);
}
