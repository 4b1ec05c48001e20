import type { Db, Sqlite } from '../../db/open';
import { type ModuleName, moduleNames } from '../../shared/modules';
import { announcementsMain } from '../modules/announcements';
import { callsMain } from '../modules/calls';
import { complaintsMain } from '../modules/complaints';
import { customersMain } from '../modules/customers';
import { directoryMain } from '../modules/directory';
import { giftsMain } from '../modules/gifts';
import { handoverMain } from '../modules/handover';
import { invoicesMain } from '../modules/invoices';
import { loansMain } from '../modules/loans';
import { lostfoundMain } from '../modules/lostfound';
import { passesMain } from '../modules/passes';
import { receptionMain } from '../modules/reception';
import { releasesMain } from '../modules/releases';
import { renovationsMain } from '../modules/renovations';
import { repairsMain } from '../modules/repairs';
import { reportsMain } from '../modules/reports';
import { returnsMain } from '../modules/returns';
import { storageMain } from '../modules/storage';
import { auditExport } from '../services/backup/export/sources';
import type { Clock, ServiceContext } from '../services/context';
import type { ModuleContributions } from '../services/contributions';
import { coreEntities } from '../services/core/entities';
import { syncedEntities } from '../services/sync/module-sync';
import type { MainModule, MainModuleContributions } from './module';

/**
 * The main side's module registry: one line per module. The dispatcher takes every handler from here; the handover
 * sheet, the reports and the data export take each module's part in this order (the order of `moduleNames`).
 * A module named in `moduleNames` but missing here, or registered with a channel missing, fails to compile.
 */
export const mainModules = {
  reception: receptionMain,
  calls: callsMain,
  storage: storageMain,
  invoices: invoicesMain,
  returns: returnsMain,
  complaints: complaintsMain,
  lostfound: lostfoundMain,
  repairs: repairsMain,
  loans: loansMain,
  announcements: announcementsMain,
  gifts: giftsMain,
  directory: directoryMain,
  releases: releasesMain,
  passes: passesMain,
  renovations: renovationsMain,
  customers: customersMain,
  handover: handoverMain,
  reports: reportsMain,
} satisfies { [M in ModuleName]: MainModule<M> };

const inOrder: MainModuleContributions[] = moduleNames.map((name) => mainModules[name]);

/** What the services that span modules loop over: handover sections, report sections, export workbooks. */
export const moduleContributions: ModuleContributions = {
  handover: inOrder.flatMap((m) => (m.handover ? [m.handover] : [])),
  reports: inOrder.flatMap((m) => (m.report ? [m.report] : [])),
  exports: [...inOrder.flatMap((m) => (m.export ? [m.export] : [])), auditExport],
  hitStatus: Object.fromEntries(inOrder.flatMap((m) => (m.hitStatus ? [[m.name, m.hitStatus]] : []))),
  sync: Object.assign({}, syncedEntities(coreEntities), ...inOrder.map((m) => m.sync ?? {})),
};

/** The context every service runs with: the database, the clock, and this registry's contributions. */
export function serviceContext(database: { db: Db; sqlite: Sqlite }, clock: Clock): ServiceContext {
  return { db: database.db, sqlite: database.sqlite, clock, modules: moduleContributions };
}
