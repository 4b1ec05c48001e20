import type { Language } from '../labels';
import { isModuleName, type ModuleName } from '../modules';
import { type ContractModules, contractModules, core } from './registry';

/** A module, or the foundation's own labels ('core': roles, audit actions, clerks, shifts, the site). */
export type LabelledModule = ModuleName | 'core';

type LabelsOf<M extends LabelledModule> = M extends ModuleName ? ContractModules[M]['labels'] : typeof core.labels;
type ListsOf<M extends LabelledModule> = LabelsOf<M>['lists'];
export type ListOf<M extends LabelledModule> = keyof ListsOf<M> & string;
export type CodeOf<M extends LabelledModule, L extends ListOf<M>> = ListsOf<M>[L] extends readonly (infer C)[]
  ? C & string
  : never;

function tablesOf(module: LabelledModule) {
  return module === 'core' ? core.labels : contractModules[module].labels;
}

/** The label of a code in the given language: `valueLabel('zh-CN', 'storage', 'slipStatus', 'stored')` → 寄存中. */
export function valueLabel<M extends LabelledModule, L extends ListOf<M>>(
  language: Language,
  module: M,
  list: L,
  code: CodeOf<M, L>,
): string {
  const values: Record<string, Record<string, string> | undefined> = tablesOf(module)[language].values;
  return values[list]?.[code] ?? code;
}

/** The label of a code that may be absent: empty for null. */
export function valueLabelOrEmpty<M extends LabelledModule, L extends ListOf<M>>(
  language: Language,
  module: M,
  list: L,
  code: CodeOf<M, L> | null,
): string {
  return code === null ? '' : valueLabel(language, module, list, code);
}

export function moduleTitle(language: Language, module: LabelledModule): string {
  return tablesOf(module)[language].title;
}

/** The label of a field of an entity, as the audit history and exports name it. */
export function fieldLabel(language: Language, module: LabelledModule, entity: string, field: string): string {
  const fields: Record<string, Record<string, string> | undefined> = tablesOf(module)[language].fields;
  return fields[entity]?.[field] ?? field;
}

/**
 * The text of a label key as i18n spells it (`labels.reception.values.purpose.repair`), for main, which writes
 * workbooks without i18n. The key itself when it names nothing, so a gap shows (and the label test catches it).
 */
export function labelText(language: Language, key: string): string {
  const [root, module, ...path] = key.split('.');
  if (root !== 'labels' || module === undefined || !(module === 'core' || isModuleName(module))) return key;
  const node = readPath(tablesOf(module)[language], path);
  return typeof node === 'string' ? node : key;
}

function readPath(node: unknown, path: readonly string[]): unknown {
  let current = node;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.getOwnPropertyDescriptor(current, part)?.value;
  }
  return current;
}
