import { int, query, single } from '../../db/sql';
import type { Actor, ServiceContext } from './context';
import type { EntityName } from './entities';
import { write } from './write';

const earlierPrints = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from audit_log where entity = ? and entity_id = ? and action = 'event' and note in ('printed', 'reprinted')`,
);

/**
 * A printout of a record (slip, receipt, case record) is audited: who, when, which; every one after the first is a
 * reprint. Modules call this rather than each counting their own print events.
 */
export function auditPrint(
  ctx: ServiceContext,
  actor: Actor,
  entity: EntityName,
  id: string,
  serialNo: string,
): { reprint: boolean } {
  return write(ctx, actor, (tx) => {
    const reprint = single(earlierPrints, ctx.sqlite, entity, id).count > 0;
    tx.event(entity, id, reprint ? 'reprinted' : 'printed', { serialNo });
    return { reprint };
  });
}
