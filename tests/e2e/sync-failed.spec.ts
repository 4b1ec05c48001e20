import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { counterUser, type NatsServer } from '../helpers/nats-servers';
import { enrolFromSettings, twoApps } from '../helpers/sync-counters';
import { loginWithKeyboard, type RunningApp, screenshot } from './harness';

/** A supervisor joins this browser-mode desk to the site server from Settings → 多台联网, as counter `k`. */
async function enrol(page: Page, server: NatsServer, k: number): Promise<void> {
  const user = counterUser('XH', k);
  await enrolFromSettings(page, server, k);
  // The password is shown masked, never in clear.
  await page.getByText(`账号 ${user.user}，密码 ••••••（加密保存在本机）`).waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the clerk reads
  expect(await page.innerText('body')).not.toContain(user.password);
}

describe('records another counter sent that this PC could not store', () => {
  // Both desks started with their own demo data.
  const desks = twoApps({ demoB: true });
  let server: NatsServer;
  let a: RunningApp;
  let b: RunningApp;
  beforeAll(() => {
    ({ server, a, b } = desks);
  });

  it('are listed on the sync screen in words, counted as a warning, and a supervisor retries them', async () => {
    // Two desks that each started with their own demo clerks join one site: counter 2 cannot store counter 1's
    // 王芳 beside its own (one employee number, one clerk).
    await enrol(a.page, server, 1);
    await enrol(b.page, server, 2);
    // Nor is it in the data file: only encrypted, under a key file beside it.
    const file = path.join(b.dataDir, 'frontdesk.sqlite');
    const bytes = [file, `${file}-wal`]
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f).toString('latin1'));
    expect(bytes.join('')).toContain('nats://127.0.0.1');
    expect(bytes.join('')).not.toContain(counterUser('XH', 2).password);
    expect(fs.existsSync(path.join(b.dataDir, 'sync-credentials.key'))).toBe(true);
    const { page } = b;
    await page
      .getByLabel('sync')
      .getByText(/^未能写入 \d+ 条$/)
      .waitFor();
    await page.getByRole('heading', { name: '未能写入本机的记录' }).waitFor();
    const card = page.locator('[aria-label^="员工“王芳”· 来自 1 号台 · 2026-12-01"]');
    await card.waitFor();
    await card.getByText('原因：本机已有另一条记录使用了相同的编号或名称（例如两台电脑各自带有演示员工）').waitFor();
    await screenshot(page, 'sync-failed-list');

    // Nothing has been put right: the retry stores nothing, says so, and the card shows when it was retried.
    await card.getByRole('button', { name: '重试' }).click();
    await page.getByText('已写入 0 条，仍未能写入 1 条').waitFor();
    await card.getByText(/^上次重试：2026-12-01/).waitFor();
    await screenshot(page, 'sync-failed-retried');
  });

  it('are listed for a shift lead, who sees the warning but cannot retry them', async () => {
    const { page } = b;
    await page.getByRole('button', { name: '退出登录' }).click();
    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByLabel('clerk').waitFor();
    await page
      .getByLabel('sync')
      .getByText(/^未能写入 \d+ 条$/)
      .waitFor();
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '多台联网' }).click();
    await page.locator('[aria-label^="员工“王芳”· 来自 1 号台"]').waitFor();
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '全部重试' }).count()).toBe(0);
  });
});
