import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

const WARNING = '这条记录未通过审计校验：记录被绕过审计修改';

/** A record changed in the file behind the desk's back (a sqlite3 shell, the app closed) says so on its own screen. */
describe('the audit warning on a record in Chromium', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it('shows the warning in Chinese on the call edited with raw SQL, and none on the untouched one', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-audit-warning-'));
    const first = await startApp({ dataDir });
    await loginWithKeyboard(first.page, 'K001', '1111');
    await first.page.getByLabel('clerk').waitFor();
    const logCall = async (summary: string) => {
      const logged = await first.call('calls:log', {
        direction: 'incoming',
        phone: '13812345678',
        category: 'enquiry',
        summary,
      });
      expect(logged.ok).toBe(true);
      return (logged.data as { id: string }).id;
    };
    const tampered = await logCall('询问停车收费');
    const untouched = await logCall('寄存柜门打不开');
    await first.stop();

    // With the desk closed, someone rewrites the call in the file; its audit entries still say what was saved.
    const sqlite = new Database(path.join(dataDir, 'frontdesk.sqlite'));
    try {
      const changed = sqlite.prepare("update calls set summary = '询问停车收费（已改）' where id = ?").run(tampered);
      expect(changed.changes).toBe(1);
    } finally {
      sqlite.close();
    }

    app = await startApp({ dataDir, at: first.now() });
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '电话记录', exact: true }).waitFor();

    // The untouched call first: once its check has answered and the screen has drawn it, no warning.
    const checked = page.waitForResponse(
      (r) =>
        r.url().includes(encodeURIComponent('audit:recordCheck')) && (r.request().postData() ?? '').includes(untouched),
    );
    await page.getByRole('cell', { name: '寄存柜门打不开' }).first().click();
    await page.getByRole('table', { name: '修改记录' }).getByText('新建').first().waitFor();
    await checked;
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    expect(await page.getByText(WARNING).count()).toBe(0);

    await page.getByRole('cell', { name: '询问停车收费（已改）' }).first().click();
    const warning = page.getByRole('alert').filter({ hasText: WARNING });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('请通知主管');
    await screenshot(page, 'audit-warning-record');
  });
});
