/**
 * bench/results.md is written by three benches: `npm run bench` writes the whole file, `bench:hq` and `bench:sync`
 * each own one section between `<!-- name:start -->` and `<!-- name:end -->`. Each keeps the others' sections, so a
 * run of one bench never drops what another measured.
 */
import fs from 'node:fs';

const SECTION = /<!-- ([a-z-]+):start -->[\s\S]*?<!-- \1:end -->/g;

function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** Wraps a section's lines in its markers. */
export function sectionText(name: string, lines: string[]): string {
  const [start, end] = markers(name);
  return [start, ...lines, end].join('\n');
}

/** Replaces (or appends) one named section of the file, leaving the rest as it is. */
export function writeSection(file: string, name: string, lines: string[]): void {
  const section = sectionText(name, lines);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const [start, end] = markers(name);
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const next =
    a >= 0 && b > a
      ? `${text.slice(0, a)}${section}${text.slice(b + end.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}

/** Every marked section of the file as it is now, for a bench that rewrites the file around them. */
export function markedSections(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').match(SECTION) ?? [];
}
