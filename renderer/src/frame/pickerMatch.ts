import type { NavEntry } from './navigation';

export interface LabelledEntry {
  entry: NavEntry;
  /** The module's name in the desk's language. */
  label: string;
}

/**
 * The modules whose name holds the text, those it starts first, then those whose key was typed (`F7`, `Alt+5`);
 * the navigation's order within each. No text: every module.
 */
export function matchEntries(entries: LabelledEntry[], text: string): LabelledEntry[] {
  const query = text.trim().toLowerCase();
  if (!query) return entries;
  const starting: LabelledEntry[] = [];
  const holding: LabelledEntry[] = [];
  const byKey: LabelledEntry[] = [];
  for (const item of entries) {
    const label = item.label.toLowerCase();
    if (label.startsWith(query)) starting.push(item);
    else if (label.includes(query)) holding.push(item);
    else if (item.entry.keys.some((key) => key.toLowerCase() === query)) byKey.push(item);
  }
  return [...starting, ...holding, ...byKey];
}
