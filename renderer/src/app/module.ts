import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../../../shared/contract/roles';
import type { SessionView } from '../../../shared/contract/session';
import type { ModuleName } from '../../../shared/modules';

/** Function keys a module may keep; F1 is help, F5, F11 and F12 stay with the browser. */
export type FunctionKey = 'F2' | 'F3' | 'F4' | 'F6' | 'F7' | 'F8' | 'F9' | 'F10';

/** A module's screen strings in every language: the Chinese fix the keys, English must have the same. */
export interface Messages<T> {
  'zh-CN': T;
  en: T;
}

/** A key that works on a module's screen, for the F1 sheet: the keys as a clerk reads them, and what they do. */
export interface ScreenShortcut {
  keys: string;
  /** i18n key of what the key does: `<module>.keys.<label>`. */
  labelKey: string;
}

/** The labels a module's shortcuts may name: the entries of its messages' `keys` group, so a typo fails to compile. */
type ShortcutLabel<T> = T extends { keys: infer K } ? keyof K & string : never;

export interface ScreenProps {
  session: SessionView;
}

/**
 * A module in the renderer: where it lives, how a clerk gets there, its screen (loaded when first opened, so the
 * build splits by screen), its header badge and its strings. The frame (navigation, shortcuts, F1 sheet, header,
 * routes, search results, i18n) loops over the registry of these; nothing else lists modules.
 */
export interface RendererModule<M extends ModuleName = ModuleName> {
  name: M;
  /** The route it owns; a record opens at `${path}/${id}`. */
  path: `/${M}`;
  /** Kept for the modules that had one; every module is also reachable by Alt+<its place> and the picker (Alt+0). */
  functionKey?: FunctionKey;
  /** Shown in the navigation only from this role up; the screen refuses lower roles too (its channels do). */
  minRole?: Role;
  screen: LazyExoticComponent<ComponentType<ScreenProps>>;
  /** What needs attention now, in the header: a click opens the list filtered to it. */
  badge?: ComponentType;
  /** The keys its screen answers to beyond the frame's (F1 shows the current screen's first, then every other's). */
  shortcuts: readonly ScreenShortcut[];
  /** Joined into i18n under the module's name (`reception.title`). */
  messages: Messages<object>;
  /** Joined into i18n under `errors` (the refusals its services give). */
  errors?: Messages<Record<string, string>>;
}

export function rendererModule<M extends ModuleName, T extends object, E extends Record<string, string>>(
  name: M,
  def: Omit<RendererModule<M>, 'name' | 'path' | 'messages' | 'errors' | 'shortcuts'> & {
    messages: { 'zh-CN': T; en: NoInfer<T> };
    errors?: { 'zh-CN': E; en: NoInfer<E> };
    /** Its screen's keys, each with the entry of `messages.keys` that says what it does. */
    shortcuts?: readonly { keys: string; label: ShortcutLabel<NoInfer<T>> }[];
  },
): RendererModule<M> {
  const shortcuts = (def.shortcuts ?? []).map((s) => ({ keys: s.keys, labelKey: `${name}.keys.${s.label}` }));
  return { ...def, shortcuts, name, path: `/${name}` };
}
