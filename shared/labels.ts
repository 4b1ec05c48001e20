/**
 * Labels: what a clerk reads instead of a code or a field name. Each module keeps one table per language in
 * `shared/contract/<module>-labels.ts`, defined with `defineLabels` over the module's value lists, so a code without
 * a label (or a language missing one) fails to compile. Screens, the audit history, complaint timelines, search
 * results, customer history, exports, printouts and error messages all read them; main uses the zh-CN table for
 * the workbooks it writes, the renderer the clerk's language.
 */

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export function toLanguage(value: string): Language {
  return value === 'en' ? 'en' : 'zh-CN';
}

/** A module's value lists: list name → its codes (`as const` arrays). */
export type ValueLists = Record<string, readonly string[]>;

/** One label per code of every list. */
export type ValueLabels<L extends ValueLists> = { [K in keyof L]: Record<L[K][number], string> };

/** Field labels per entity (table key → column key → label); checked against the drizzle tables on the main side. */
export type FieldLabels = Record<string, Record<string, string>>;

/**
 * One module's table in one language: its title (navigation, search groups, report columns, export file names),
 * the label of every code, of every entity and every field a clerk can see, and of the events its audit entries
 * record (a print, an acknowledgement).
 */
export interface LabelTable<L extends ValueLists, F extends FieldLabels> {
  title: string;
  values: ValueLabels<L>;
  entities: { [E in keyof F]: string };
  fields: F;
  events: Record<string, string>;
}

export interface ModuleLabels<L extends ValueLists, F extends FieldLabels> {
  lists: L;
  'zh-CN': LabelTable<L, F>;
  en: LabelTable<L, NoInfer<F>>;
}

/** A module's label tables: the Chinese table fixes the shape (entities and fields), English must match it. */
export function defineLabels<L extends ValueLists, F extends FieldLabels>(
  lists: L,
  tables: { 'zh-CN': LabelTable<L, F>; en: LabelTable<L, NoInfer<F>> },
): ModuleLabels<L, F> {
  return { lists, ...tables };
}

/**
 * An error parameter that is a code: the renderer shows its label (`complaintTransition` with from/to statuses).
 * Written as the i18n key of the label, which i18n resolves in the clerk's language.
 */
export function labelParam(module: string, list: string, code: string): string {
  return `labels.${module}.values.${list}.${code}`;
}

export const LABEL_PARAM_PREFIX = 'labels.';
