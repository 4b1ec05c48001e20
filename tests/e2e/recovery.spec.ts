import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/** A backup's time as the recovery screen shows it (to the second) in the demo site's zone (Asia/Shanghai, no daylight saving). */
const shanghai = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('recovery screen in Chromium', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
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
    // The only backup is the one chosen already.
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
    await page.getByRole('button', { name: '用所选备份恢复' }).click();
    await page.getByRole('heading', { name: '登录前台' }).waitFor();
    const kept = fs
      .readdirSync(dataDir)
      .filter((f) => f.startsWith('frontdesk.sqlite.unusable-') && !f.includes('-wal'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, kept[0] as string), 'utf8')).toContain('not a database at all');
  });

  it('with the data file missing, lists the backups and restores the older one the clerk chose, with its data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-recovery-missing-'));
    const first = await startApp({ dataDir });
    await loginWithKeyboard(first.page, 'K003', '3333');
    await first.page.getByLabel('clerk').waitFor();
    // Two manual copies an hour apart, each holding one more call than the last.
    const backupAfter = async (summary: string) => {
      await first.advanceClock(3_600_000);
      expect(
        (await first.call('calls:log', { direction: 'incoming', phone: '13812345678', category: 'enquiry', summary }))
          .ok,
      ).toBe(true);
      const made = await first.call('backup:run', {});
      expect(made.ok).toBe(true);
      return made.data as { name: string; at: number };
    };
    const older = await backupAfter('寄存柜门打不开');
    const newer = await backupAfter('询问停车收费');
    await first.stop();
    for (const side of ['', '-wal', '-shm']) fs.rmSync(path.join(dataDir, `frontdesk.sqlite${side}`), { force: true });

    app = await startApp({ dataDir, at: first.now() });
    const { page } = app;
    await page.getByRole('heading', { name: '数据库无法打开' }).waitFor();
    await page.getByText(/数据文件不见了/).waitFor();
    // Newest first, the newest chosen (the daily copy the desk made on its own may be among them); each row says
    // when (site time, to the second), the kind, the size and what the copy's chain holds.
    const rows = page.getByRole('row');
    // A manual copy's row (the daily one may share its second, never its kind).
    const manualRow = (at: number) => rows.filter({ hasText: shanghai(at) }).filter({ hasText: '手动' });
    await manualRow(newer.at).waitFor();
    expect(await rows.nth(1).getByRole('radio').isChecked()).toBe(true);
    const times = (await rows.allTextContents()).slice(1).map((text) => text.slice(0, 19));
    expect(times.length).toBeGreaterThanOrEqual(2);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await manualRow(newer.at).textContent()).toMatch(/手动[\d.]+ [KM]B审计条目 \d+ 条，链头 [0-9a-f]{12}/);
    // The arrow keys move the choice; the clerk picks the older copy.
    await rows.nth(1).getByRole('radio').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rows.nth(2).getByRole('radio').isChecked()).toBe(true);
    await manualRow(older.at).getByRole('radio').check();
    await page.getByText(`将恢复：${shanghai(older.at)} 的备份`).waitFor();
    await screenshot(page, 'recovery-missing-choose');
    await page.getByRole('button', { name: '用所选备份恢复' }).click();

    // The desk is back with the older copy's data: its call, not the one logged after it.
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录', exact: true }).waitFor();
    await page
      .getByRole('cell', { name: /寄存柜门打不开/ })
      .first()
      .waitFor();
    expect(await page.getByRole('cell', { name: /询问停车收费/ }).count()).toBe(0);
    await screenshot(page, 'recovery-missing-restored');
    expect(fs.existsSync(path.join(dataDir, 'backups', newer.name))).toBe(true);
  });

  it('with the data file unreadable, finds the copy on the folder chosen in the settings and restores it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-recovery-drive-'));
    const drive = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-usb-'));
    const first = await startApp({ dataDir });
    await loginWithKeyboard(first.page, 'K003', '3333');
    await first.page.getByLabel('clerk').waitFor();
    const settings = await first.call('backup:settings', {});
    expect(settings.ok).toBe(true);
    expect((await first.call('backup:saveSettings', { ...(settings.data as object), folder: drive })).ok).toBe(true);
    await first.advanceClock(3_600_000);
    expect(
      (
        await first.call('calls:log', {
          direction: 'incoming',
          phone: '13812345678',
          category: 'enquiry',
          summary: 'U盘备份之前的来电',
        })
      ).ok,
    ).toBe(true);
    const made = await first.call('backup:run', {});
    expect(made.ok).toBe(true);
    const copy = made.data as { name: string; at: number };
    await first.stop();
    // Only the drive holds copies; the data file is overwritten at its start, as a failing disk leaves it.
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true, force: true });
    for (const side of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `frontdesk.sqlite${side}`), { force: true });
    const fd = fs.openSync(path.join(dataDir, 'frontdesk.sqlite'), 'r+');
    fs.writeSync(fd, Buffer.alloc(16_384, 0xa5), 0, 16_384, 0);
    fs.closeSync(fd);

    app = await startApp({ dataDir, at: first.now() });
    const { page } = app;
    await page.getByRole('heading', { name: '数据库无法打开' }).waitFor();
    const row = page
      .getByRole('row')
      .filter({ hasText: shanghai(copy.at) })
      .filter({ hasText: '手动' });
    await row.waitFor();
    expect(await row.getByRole('radio').isChecked()).toBe(true);
    await page.getByText(`将恢复：${shanghai(copy.at)} 的备份`).waitFor();
    await screenshot(page, 'recovery-drive');
    await page.getByRole('button', { name: '用所选备份恢复' }).click();

    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录', exact: true }).waitFor();
    await page
      .getByRole('cell', { name: /U盘备份之前的来电/ })
      .first()
      .waitFor();
    expect(fs.existsSync(path.join(drive, copy.name))).toBe(true);
  });
});
