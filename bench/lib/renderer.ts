import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../electron/web/server';
import { findBrowser, loginWithKeyboard } from '../../tests/e2e/harness';
import type { BenchDesk } from './desk';
import { summarise } from './measure';
import type { Row } from './report';

const staticDir = path.resolve(__dirname, '../../out/renderer');

/** Each screen by its function key and the heading it shows once drawn. */
const SCREENS: [key: string, heading: string][] = [
  ['F2', '来访登记'],
  ['F3', '电话记录'],
  ['F4', '物品寄存'],
  ['F6', '开票申请'],
  ['F7', '退换货汇总表'],
  ['F8', '客户投诉'],
  ['F9', '交接班'],
];

/**
 * The renderer as a clerk meets it, in Chromium against browser mode on the bench's data (the built renderer in
 * out/renderer: run `npm run build` first): a cold load (new profile, nothing cached) to the login form, a reload
 * (files revalidated, 304), switching screens with their function keys, and a visit saved until its row shows.
 */
export async function measureRenderer(desk: BenchDesk, samples: number): Promise<{ rows: Row[]; notes: string[] }> {
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    return { rows: [], notes: ['- renderer: not measured (no build in out/renderer; run `npm run build` first)'] };
  const server = await startWebServer({ dispatch: desk.dispatch, staticDir });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
  const rows: Row[] = [];
  try {
    const cold: number[] = [];
    for (let i = 0; i < Math.min(samples, 10); i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const began = performance.now();
      await page.goto(server.url);
      await page.getByRole('combobox', { name: '工号 / 姓名' }).waitFor();
      cold.push(performance.now() - began);
      await context.close();
    }
    console.log(`  cold load ${summarise(cold, 0).median.toFixed(0)} ms median`);
    rows.push({
      name: 'renderer: cold load to the login form (Chromium, nothing cached)',
      target: 300,
      app: summarise(cold, 0),
      raw: null,
    });

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('combobox', { name: '工号 / 姓名' }).waitFor();
    const reload: number[] = [];
    for (let i = 0; i < Math.min(samples, 10); i++) {
      const began = performance.now();
      await page.reload();
      await page.getByRole('combobox', { name: '工号 / 姓名' }).waitFor();
      reload.push(performance.now() - began);
    }
    rows.push({
      name: 'renderer: reload to the login form (files revalidated, 304)',
      target: 300,
      app: summarise(reload, 0),
      raw: null,
    });

    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    const switching: number[] = [];
    for (let round = 0; round < Math.max(2, Math.ceil(samples / SCREENS.length)); round++) {
      for (const [key, heading] of SCREENS) {
        const began = performance.now();
        await page.keyboard.press(key);
        await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 10_000 });
        // The first round loads each screen's chunk; the others are what a clerk switching back and forth sees.
        if (round > 0) switching.push(performance.now() - began);
      }
    }
    rows.push({
      name: 'renderer: switch screens with their function keys (after each was opened once)',
      target: 50,
      app: summarise(switching, 0),
      raw: null,
    });

    await page.keyboard.press('F2');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    const visible: number[] = [];
    for (let i = 0; i < Math.min(samples, 20); i++) {
      const name = `测速访客${i}`;
      const field = page.getByRole('combobox', { name: '访客姓名' });
      await field.fill(name);
      const began = performance.now();
      await field.press('Enter');
      await page.getByRole('cell', { name, exact: true }).first().waitFor({ timeout: 10_000 });
      visible.push(performance.now() - began);
    }
    rows.push({
      name: 'renderer: save a visit until its row shows in the list',
      target: 50,
      app: summarise(visible, 0),
      raw: null,
    });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    rows,
    notes: ['- renderer rows: wall time in Chromium; "longest block" is not measured there (0)'],
  };
}
