import { contractModules, core } from '../../shared/contract/registry';
import { moduleNames } from '../../shared/modules';

/** Every code of every value list the label tables know (roles, statuses, categories…). */
function allCodes(): Set<string> {
  const codes = new Set<string>();
  const tables = [core.labels, ...moduleNames.map((name) => contractModules[name].labels)];
  for (const table of tables) for (const list of Object.values(table.lists)) for (const code of list) codes.add(code);
  return codes;
}

const CODES = allCodes();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** A field name as code spells it: `timeOut`, `complaintId`, `satisfaction_level`-style codes are caught as codes. */
const CAMEL_CASE = /(?<![\w@./-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\w@/-])/g;
/** Lower-case ASCII words, whole: candidates for a code shown raw. */
const WORD = /(?<![\w@./-])[a-z][a-z_-]*[a-z](?![\w@/-])/g;

/**
 * What a clerk must never read: a UUID, a camelCase field name, or (in the Chinese desk, where every code has a
 * Chinese label) a value-list code. Returns each leak with a little of the text around it.
 */
export function labelLeaks(text: string, language: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const leaks: string[] = [];
  const around = (index: number, length: number) => text.slice(Math.max(0, index - 12), index + length + 12);
  for (const m of text.matchAll(UUID)) leaks.push(`uuid "${around(m.index ?? 0, m[0].length)}"`);
  for (const m of text.matchAll(CAMEL_CASE)) leaks.push(`field "${m[0]}" in "${around(m.index ?? 0, m[0].length)}"`);
  if (language === 'zh-CN')
    for (const m of text.matchAll(WORD))
      if (CODES.has(m[0])) leaks.push(`code "${m[0]}" in "${around(m.index ?? 0, m[0].length)}"`);
  return leaks;
}
