import type { Sqlite } from '../../../db/open';
import type { AuditedEntity } from '../audit/entity';

/** How a record of one entity, as another counter wrote it, is taken into this counter's tables. */
export interface EntitySync {
  spec: AuditedEntity;
  /** Runs after the row was written in the apply's transaction: what the module derives from it (its search entry). */
  afterApply?: (sqlite: Sqlite, row: Record<string, unknown>) => void;
}

/**
 * A module's part in the multi-counter work, declared once in its registry entry: the entities whose events it
 * applies. An entity no module declares (an event from a newer app version) is kept as it came and applies nothing.
 */
export type ModuleSync = Readonly<Record<string, EntitySync>>;

/** Every entity of a module applied as the state its event carries; hooks add what the module derives. */
export function syncedEntities(
  entities: Readonly<Record<string, AuditedEntity>>,
  hooks: Partial<Record<string, EntitySync['afterApply']>> = {},
): ModuleSync {
  return Object.fromEntries(
    Object.entries(entities).map(([name, spec]) => [name, { spec, afterApply: hooks[name] }] as const),
  );
}
