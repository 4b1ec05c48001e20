import type { ModuleName } from '../../shared/modules';
import type { ModulePlan } from './backup/export/sources';
import type { HandoverSection } from './handover/section';
import type { ReportSection } from './reports/section';
import type { HitStatusSource } from './search/hit-status';
import type { ModuleSync } from './sync/module-sync';

/**
 * What the registered modules contribute to the services that span them, in the registry's order: the handover
 * sheet's sections, the reports' sections and the data export's workbooks. Built once from the main registry
 * (`electron/app/modules.ts`) and handed to services in their context, so no service keeps a list of modules.
 */
export interface ModuleContributions {
  handover: readonly HandoverSection[];
  reports: readonly ReportSection[];
  exports: readonly ModulePlan[];
  /** Each module's state of a record found (search, customer history). */
  hitStatus?: Partial<Record<ModuleName, HitStatusSource>>;
  /** Every entity another counter's events may change, the foundation's and each module's. */
  sync: ModuleSync;
}
