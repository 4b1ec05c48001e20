import { type ModuleName, moduleNames } from '../../shared/modules';
import { announcementsEntities } from './announcements/entities';
import type { AuditedEntity } from './audit/entity';
import { callsEntities } from './calls/entities';
import { complaintsEntities } from './complaints/entities';
import { coreEntities } from './core/entities';
import { customersEntities } from './customers/entities';
import { directoryEntities } from './directory/entities';
import { giftsEntities } from './gifts/entities';
import { handoverEntities } from './handover/entities';
import { invoicesEntities } from './invoices/entities';
import { loansEntities } from './loans/entities';
import { lostfoundEntities } from './lostfound/entities';
import { passesEntities } from './passes/entities';
import { receptionEntities } from './reception/entities';
import { releasesEntities } from './releases/entities';
import { renovationsEntities } from './renovations/entities';
import { repairsEntities } from './repairs/entities';
import { returnsEntities } from './returns/entities';
import { storageEntities } from './storage/entities';

/**
 * The audited entities of every module: one line per module (a module with none registers `{}`). The writer takes
 * an entity's name and is typed by its table; the audit check walks every one; the history labels their fields.
 */
export const moduleEntities = {
  reception: receptionEntities,
  calls: callsEntities,
  storage: storageEntities,
  invoices: invoicesEntities,
  returns: returnsEntities,
  complaints: complaintsEntities,
  lostfound: lostfoundEntities,
  repairs: repairsEntities,
  loans: loansEntities,
  announcements: announcementsEntities,
  gifts: giftsEntities,
  directory: directoryEntities,
  releases: releasesEntities,
  passes: passesEntities,
  renovations: renovationsEntities,
  customers: customersEntities,
  handover: handoverEntities,
  reports: {},
} satisfies { [M in ModuleName]: Record<string, AuditedEntity> };

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;
type ModuleEntities = typeof moduleEntities;

/** Every table written through the audited writer, the foundation's and each registered module's. */
export type AuditedEntities = typeof coreEntities & UnionToIntersection<ModuleEntities[ModuleName]>;

function joinEntities(): AuditedEntities {
  const all: Record<string, AuditedEntity> = { ...coreEntities };
  for (const name of moduleNames) {
    for (const [entity, spec] of Object.entries(moduleEntities[name])) {
      if (entity in all) throw new Error(`entity ${entity} registered twice`);
      all[entity] = spec;
    }
  }
  // Exactly the entities the type names: the core's and each registered module's.
  return all as AuditedEntities;
}

export const auditedEntities: AuditedEntities = joinEntities();
export type EntityName = keyof AuditedEntities;

const names: ReadonlySet<string> = new Set(Object.keys(auditedEntities));

export function isEntityName(name: string): name is EntityName {
  return names.has(name);
}

/** An entity's spec by name, for code that loops over all of them (the audit check, the history). */
export function entitySpec(name: EntityName): AuditedEntity {
  return auditedEntities[name];
}
