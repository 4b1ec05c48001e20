import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markedSections, writeSection } from '../../bench/lib/sections';
import { tempDir } from '../helpers/db';

describe('bench results sections', () => {
  it('a bench replaces its own section and keeps the others', () => {
    const file = path.join(tempDir(), 'results.md');
    fs.writeFileSync(file, '# Benchmark results\n\nrun figures\n');
    writeSection(file, 'hq-projector', ['## Head office', 'old']);
    writeSection(file, 'sync-peer', ['## Peers', 'p95 300 ms']);
    writeSection(file, 'hq-projector', ['## Head office', 'new']);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('# Benchmark results\n\nrun figures\n')).toBe(true);
    expect(text).toContain('new');
    expect(text).not.toContain('old');
    expect(markedSections(file)).toEqual([
      '<!-- hq-projector:start -->\n## Head office\nnew\n<!-- hq-projector:end -->',
      '<!-- sync-peer:start -->\n## Peers\np95 300 ms\n<!-- sync-peer:end -->',
    ]);
  });

  it('a file without sections, or no file, has none to keep', () => {
    const dir = tempDir();
    const file = path.join(dir, 'results.md');
    expect(markedSections(file)).toEqual([]);
    fs.writeFileSync(file, '<!-- a:start --> never closed');
    expect(markedSections(file)).toEqual([]);
  });
});
