import { hasRole, type Role } from '../../../shared/contract/roles';
import { type ModuleName, moduleFitsSite, type SiteKind } from '../../../shared/modules';
import { titleKey } from '../app/labels';
import { modulesInOrder } from '../app/modules';

/** One entry of the navigation: a registered module, or the settings every desk has. */
export interface NavEntry {
  key: ModuleName | 'settings';
  path: string;
  /** i18n key of its name. */
  titleKey: string;
  /** Keys as the clerk reads them, first the main one: `F2`, `Alt+1`. */
  keys: string[];
  /** The same keys as Mantine's hotkeys spell them. */
  hotkeys: string[];
}

/** Alt+1 … Alt+9 open the first nine entries; Alt+0 opens the module picker, which lists them all. */
export const PICKER_KEY = { label: 'Alt+0', hotkey: 'alt+0' };
const MAX_DIGIT = 9;

/**
 * The navigation in the registry's order, then settings: each entry's shortcuts. A module keeps its function key
 * when it has one; every entry also has Alt+<its place>, so modules beyond the function keys need none.
 */
export function navEntries(role: Role, kind: SiteKind): NavEntry[] {
  // Only the modules this kind of desk runs (site setting), and those the clerk's role may open.
  const modules = modulesInOrder.filter(
    (m) => moduleFitsSite(m.name, kind) && (!m.minRole || hasRole(role, m.minRole)),
  );
  const entries: Omit<NavEntry, 'keys' | 'hotkeys'>[] = [
    ...modules.map((m) => ({ key: m.name, path: m.path, titleKey: titleKey(m.name) })),
    { key: 'settings' as const, path: '/settings', titleKey: 'nav.settings' },
  ];
  return entries.map((entry, index) => {
    const keys: string[] = [];
    const hotkeys: string[] = [];
    const fKey = entry.key === 'settings' ? undefined : modules.find((m) => m.name === entry.key)?.functionKey;
    if (fKey) {
      keys.push(fKey);
      hotkeys.push(fKey);
    }
    if (entry.key === 'settings') {
      keys.push('Ctrl+,');
      hotkeys.push('mod+,');
    }
    if (index < MAX_DIGIT) {
      keys.push(`Alt+${index + 1}`);
      hotkeys.push(`alt+${index + 1}`);
    }
    return { ...entry, keys, hotkeys };
  });
}
