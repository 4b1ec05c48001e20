/**
 * The one list of modules. Each side keeps one registry typed against it (contract: `shared/contract/registry.ts`,
 * main: `electron/app/modules.ts` and `electron/services/entities.ts`, renderer: `renderer/src/app/modules.ts`), so a
 * module named here but missing on one side, or registered on one side but not named here, fails to compile.
 * The order is the order of the navigation, the handover sheet, the reports and the export.
 *
 * The foundation (session, settings, clerks, shifts, audit, search, backup) is not in this list: it is a small fixed
 * core every module builds on (`shared/contract/core.ts`, `electron/app/core/`, the renderer's frame).
 */
export const moduleNames = [
  'reception',
  'calls',
  'storage',
  'invoices',
  'returns',
  'complaints',
  'lostfound',
  'repairs',
  'loans',
  'announcements',
  'gifts',
  'directory',
  'releases',
  'passes',
  'renovations',
  'customers',
  'handover',
  'reports',
] as const;

export type ModuleName = (typeof moduleNames)[number];

/** What the desk is: a mall's service desk, a property client centre (物业客户中心), or both (a site setting). */
export const siteKindValues = ['mall', 'property', 'both'] as const;
export type SiteKind = (typeof siteKindValues)[number];

/**
 * Modules that only one kind of desk runs: invoices, returns and gifts are for purchases in a mall's shops, and the shop directory is a mall's; goods
 * release passes, worker and vehicle passes and renovation permits are a property client centre's (物业客户中心). Every other
 * module fits both; a desk that is both shows everything.
 */
const onlyFor: Partial<Record<ModuleName, Exclude<SiteKind, 'both'>>> = {
  invoices: 'mall',
  returns: 'mall',
  gifts: 'mall',
  directory: 'mall',
  releases: 'property',
  passes: 'property',
  renovations: 'property',
};

export function moduleFitsSite(module: ModuleName, kind: SiteKind): boolean {
  const only = onlyFor[module];
  return kind === 'both' || only === undefined || only === kind;
}

const known: ReadonlySet<string> = new Set(moduleNames);

export function isModuleName(value: string): value is ModuleName {
  return known.has(value);
}
