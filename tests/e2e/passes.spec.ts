import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPrintLabelsOnly,
  loginWithKeyboard,
  pressActionKey,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

describe('worker and vehicle passes in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('issues a worker pass, refusing a wrong ID at the field, and prints the card with the ID masked', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByText('王芳').first().waitFor();
    await page.getByRole('navigation', { name: 'modules' }).getByText('出入证').click();
    await page.getByRole('heading', { name: '出入证', exact: true }).waitFor();
    const form = page.getByRole('form', { name: '办理出入证' });
    const holder = form.getByLabel('持证人');
    await expect.poll(() => holder.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('赵师傅');
    await form.getByLabel('联系电话').fill('13700001234');
    await form.getByLabel('身份证件号码').fill('110105194912310021');
    await form.getByLabel('施工单位').fill('锦华装饰工程有限公司');
    await form.getByLabel('服务房号 / 铺位').fill('3 栋 1202');
    await form.getByLabel('有效期至').fill('2026-12-31');
    await form.getByLabel('押金（元）').fill('100');
    await form.getByLabel('工本费（元）').fill('10');
    await form.getByLabel('押金（元）').press('Enter');
    await form
      .getByText(/校验|check/)
      .first()
      .waitFor();
    expect(await app.call('passes:list', {}).then((r) => (r.data as { rows: unknown[] }).rows.length)).toBe(0);
    await form.getByLabel('身份证件号码').fill('11010519491231002X');
    await screenshot(page, 'passes-form');
    await form.getByLabel('身份证件号码').press('Enter');
    await page.getByText(/已办理 CR-XH-20261201-0001/).waitFor();
    const detail = page.getByLabel('CR-XH-20261201-0001', { exact: true });
    await detail.getByText('¥100.00').waitFor();
    await page.keyboard.press('Control+p');
    await page.getByTestId('pass-print').waitFor({ state: 'attached' });
    await app.waitForPrints(1);
    await expectPrintLabelsOnly(page, 'pass card');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'passes-print-')), 'pass.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('施工人员出入证');
    expect(text).toContain('CR-XH-20261201-0001');
    expect(text).toContain('110***********002X');
    expect(text).not.toContain('11010519491231002X');
    expect(text).toContain('137****1234');
    expect(text).toContain('2026-12-01 至 2026-12-31');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(screenshotDir, 'passes-print')]);
  });

  it('finds the pass again by the contractor and takes it back, refunding the deposit', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '办理出入证 (Alt+N)' }).click();
    await page.getByRole('tab', { name: '有效未交回' }).click();
    await page.getByLabel('搜索持证人、电话、单位、房号、车牌、证号').fill('锦华');
    await page.getByRole('table', { name: '出入证' }).getByText('137****1234').click();
    const detail = page.getByLabel('CR-XH-20261201-0001', { exact: true });
    await detail.getByRole('button', { name: '交回退押金 (Alt+R)' }).waitFor();
    await pressActionKey(page, 'Alt+R');
    const dialog = page.getByRole('form', { name: /交回：CR-XH-/ });
    await dialog.getByLabel('退还押金（元）').fill('60');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText('扣留部分押金时请写明原因').waitFor();
    await dialog.getByLabel('说明').fill('证件套丢失，扣 40 元');
    await dialog.getByRole('button', { name: '确定' }).click();
    await detail.getByText('已交回').first().waitFor();
    await detail.getByText(/¥60\.00 证件套丢失/).waitFor();
    await expect.poll(() => page.getByRole('table', { name: '出入证' }).count()).toBe(0);
    await screenshot(page, 'passes-returned');
  });
});
