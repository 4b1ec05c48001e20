import type { TFunction } from 'i18next';
import type { CodeOf, LabelledModule, ListOf } from '../../../shared/contract/label-text';
import { contractModules, core } from '../../../shared/contract/registry';
import type { Language } from '../../../shared/labels';
import { moduleNames } from '../../../shared/modules';

/**
 * The i18n key of a code's label, typed by the module's value lists: `t(labelKey('storage', 'slipStatus', s))`.
 * The labels themselves live once, in the contract's label tables (`shared/contract/<module>-labels.ts`).
 */
export function labelKey<M extends LabelledModule, L extends ListOf<M>>(
  module: M,
  list: L,
  code: CodeOf<M, L>,
): string {
  return `labels.${module}.values.${list}.${code}`;
}

/** The i18n key of a module's name as a clerk reads it (navigation, search groups, reports). */
export function titleKey(module: LabelledModule): string {
  return `labels.${module}.title`;
}

/** A select's options for every code of a list, in the list's order. */
export function labelOptions<M extends LabelledModule, L extends ListOf<M>>(
  t: TFunction,
  module: M,
  list: L,
  codes: readonly CodeOf<M, L>[],
): { value: string; label: string }[] {
  return codes.map((code) => ({ value: code, label: t(labelKey(module, list, code)) }));
}

/** Every label table in one language, as i18n resources under `labels`. */
export function labelResources(language: Language): Record<string, object> {
  const out: Record<string, object> = { core: core.labels[language] };
  for (const name of moduleNames) out[name] = contractModules[name].labels[language];
  return out;
}
