import { pinyin } from 'pinyin-pro';
import { foldSearchText } from '../../../shared/contract/search-fold';

// Every save indexes its names, each twice (text and short keys), and returning customers repeat names:
// converting to pinyin was a visible part of a save's cost (bench/results.md). Bounded so memory stays flat.
const memo = new Map<string, string>();
function remembered(key: string, compute: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= 5000) memo.clear();
    value = compute();
    memo.set(key, value);
  }
  return value;
}

/** Pinyin initials of a Chinese name: 张三 -> "zs"; other characters are kept lower-cased. */
export function pinyinInitials(name: string): string {
  return remembered(`i:${name}`, () =>
    pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .toLowerCase()
      .replace(/\s+/g, ''),
  );
}

export function fullPinyin(name: string): string {
  return remembered(`f:${name}`, () =>
    pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase(),
  );
}

/**
 * Exact keys for queries of one or two characters, which trigram cannot answer:
 * every character and pair of characters of a name, each pair of its consecutive pinyin initials, a phone's last four
 * digits.
 */
export function shortKeys(names: readonly string[], phones: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const raw of names) {
    // By code point: a rare character outside the basic plane (𡃁, 𠮷) is one character, not two halves.
    const name = [...foldSearchText(raw.trim())];
    if (name.length === 0) continue;
    for (let i = 0; i < name.length; i++) {
      keys.add(name[i] as string);
      if (i + 1 < name.length) keys.add(`${name[i]}${name[i + 1]}`);
    }
    // Every pair of consecutive initials, not only the first: a clerk who knows the given name types its initials
    // (`sf` for 张三丰, `nn` for 欧阳娜娜), as three or more letters already match anywhere in the trigram text.
    const initials = [...pinyinInitials(raw)];
    if (initials.length === 1) keys.add(initials[0] as string);
    for (let i = 0; i + 1 < initials.length; i++) keys.add(`${initials[i]}${initials[i + 1]}`);
  }
  for (const phone of phones) {
    if (phone.length >= 4) keys.add(phone.slice(-4));
  }
  return [...keys].filter((k) => ([...k].length > 0 && [...k].length <= 2) || /^\d{4}$/.test(k));
}
