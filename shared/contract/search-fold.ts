/**
 * Text as the search compares it, the same on both sides of every comparison (the index and the query): NFKC
 * (full-width ＯＢＲＩＥＮ and １２３ become OBRIEN and 123, compatibility ligatures split), then lower case, with
 * the German ß as ss and the typographic apostrophes a Chinese input method or a word processor types (’ ＇ ʼ)
 * as the plain one, so o’brien, O'BRIEN and ｏ＇ｂｒｉｅｎ are one text.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/ß/g, 'ss')
    .replace(/[‘’ʼ＇`´]/g, "'");
}
