import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningApp, screenshot, startApp } from './harness';

describe('recovery screen in Chromium', () => {
  let app: RunningApp | undefined;
  afterAll(async () => {
    await app?.stop();
  });

  it('shows the recovery screen for a damaged file and restores the newest backup, keeping the damaged file', async () => {
    // A good database from a first run becomes the backup; then the data file is overwritten with junk.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-recovery-'));
    const first = await startApp({ dataDir });
    await first.page.getByRole('heading', { name: '登录前台' }).waitFor();
    await first.stop();
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.copyFileSync(path.join(dataDir, 'frontdesk.sqlite'), path.join(dataDir, 'backups', 'daily-20261124.sqlite'));
    for (const side of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `frontdesk.sqlite${side}`), { force: true });
    fs.writeFileSync(path.join(dataDir, 'frontdesk.sqlite'), 'not a database at all '.repeat(500));

    app = await startApp({ dataDir });
    const { page } = app;
    await page.getByRole('heading', { name: '数据库无法打开' }).waitFor();
    expect(await page.getByText('数据文件不是有效的数据库。').isVisible()).toBe(true);
    await screenshot(page, 'recovery');
    await page.getByRole('button', { name: '用最新备份恢复' }).click();
    await page.getByRole('heading', { name: '登录前台' }).waitFor();
    const kept = fs
      .readdirSync(dataDir)
      .filter((f) => f.startsWith('frontdesk.sqlite.unusable-') && !f.includes('-wal'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, kept[0] as string), 'utf8')).toContain('not a database at all');
  });
});
