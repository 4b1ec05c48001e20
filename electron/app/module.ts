import type { ExportModule } from '../../shared/contract/backup-export';
import type { ContractModules } from '../../shared/contract/registry';
import type { ModuleName } from '../../shared/modules';
import type { ModulePlan } from '../services/backup/export/sources';
import type { HandoverSection } from '../services/handover/section';
import type { ReportSection } from '../services/reports/section';
import type { HitStatusSource } from '../services/search/hit-status';
import type { ModuleSync } from '../services/sync/module-sync';
import type { HandlerMap } from './types';

/** A module that exports must register its workbook; one that does not, must not. */
type ExportPart<M extends ModuleName> = M extends ExportModule ? { export: ModulePlan } : { export?: never };

/**
 * A module on the main side: a handler for each of its channels, and what it contributes to the sheets that span
 * modules. Its audited entities are registered in `electron/services/entities.ts` (the write path needs them below
 * this layer); its search entries are written by its services in the same transaction as the records.
 */
export type MainModuleParts<M extends ModuleName> = {
  handlers: HandlerMap<ContractModules[M]['channels']>;
  /** Its section of the handover sheet: counts of the shift and everything still open. */
  handover?: HandoverSection;
  /** Its section of the daily and monthly reports. */
  report?: ReportSection;
  /** The state of one of its records, for search hits and the customer history. */
  hitStatus?: HitStatusSource;
  /** How other counters' events of its entities are applied here (issue 15); absent when it has none. */
  sync?: ModuleSync;
} & ExportPart<M>;

export type MainModule<M extends ModuleName> = MainModuleParts<M> & { name: M };

/** The parts every registry loop reads, whatever the module. */
export interface MainModuleContributions {
  name: ModuleName;
  handover?: HandoverSection;
  report?: ReportSection;
  export?: ModulePlan;
  hitStatus?: HitStatusSource;
  sync?: ModuleSync;
}

export function mainModule<M extends ModuleName>(name: M, parts: MainModuleParts<M>): MainModule<M> {
  return { ...parts, name };
}
