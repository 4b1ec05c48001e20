import { type ModuleName, moduleNames } from '../../../shared/modules';
import { auditedEntities, type EntityName, isEntityName } from '../entities';

/** The module an event's entity belongs to; entries of the foundation (sessions, backups, settings) are `core`. */
export function moduleOfEntity(entity: string): string {
  return isEntityName(entity) ? auditedEntities[entity].module : 'core';
}

/**
 * The entity whose creations are a module's records in the cross-site reports (a visit, a call, a slip ...), as the
 * desk's own report counts them per day. Modules without records of their own (reports) have none.
 */
export const recordEntityOfModule = {
  reception: 'visits',
  calls: 'calls',
  storage: 'storageSlips',
  invoices: 'invoiceRequests',
  returns: 'returnRequests',
  complaints: 'complaints',
  lostfound: 'lostfoundItems',
  repairs: 'repairOrders',
  loans: 'loans',
  announcements: 'announcements',
  gifts: 'giftRedemptions',
  // Keeping the directory is no desk record: it counts nothing per day, as in the desk's own report.
  directory: null,
  releases: 'releasePasses',
  passes: 'passes',
  renovations: 'renovations',
  customers: 'customers',
  handover: 'handovers',
  reports: null,
} satisfies Record<ModuleName, EntityName | null>;

/** The modules that count records, in the navigation's order. */
export const reportedModules = moduleNames.filter((m) => recordEntityOfModule[m] !== null);
