import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
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

const SERIAL = 'ZX-XH-20261201-0001';

async function switchClerk(page: Page, employeeNo: string, pin: string) {
  await page.keyboard.press('Control+l');
  await page.getByText('屏幕已锁定').waitFor();
  await page.getByRole('combobox', { name: '解锁人' }).click();
  await page.getByRole('option', { name: new RegExp(`${employeeNo} `) }).click();
  await page.getByLabel('PIN 码').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByText('屏幕已锁定').waitFor({ state: 'hidden' });
}

const permits = async (app: RunningApp) =>
  app.call('renovations:list', {}).then((r) => (r.data as { rows: unknown[] }).rows.length);

describe('renovation permits in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('registers an application: a wrong phone refused at the field, then received and printed with phones masked', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByText('王芳').first().waitFor();
    await page.getByRole('navigation', { name: 'modules' }).getByText('装修申请').click();
    await page.getByRole('heading', { name: '装修申请', exact: true }).waitFor();
    const form = page.getByRole('form', { name: '装修申请登记' });
    const unit = form.getByLabel('房号 / 铺位');
    await expect.poll(() => unit.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('3 栋 1202');
    await form.getByLabel('业主', { exact: true }).fill('周业主');
    await form.getByLabel('业主电话').fill('1390000');
    await form.getByLabel('施工单位', { exact: true }).fill('锦华装饰工程有限公司');
    await form.getByLabel('施工负责人', { exact: true }).fill('赵师傅');
    await form.getByLabel('负责人电话').fill('13700001234');
    await form.getByLabel('装修内容').fill('厨卫改造，更换地砖，不动承重墙');
    await form.getByLabel('施工结束').fill('2026-12-20');
    await form.getByLabel('装修押金（元）').fill('3000');
    await form.getByLabel('管理费（元）').fill('200');
    await form.getByLabel('业主身份证明或房产证明').check();
    await form.getByLabel('装修施工图纸及说明').check();
    await form.getByLabel('装修押金（元）').press('Enter');
    await form.getByText('手机号应为 11 位数字（现在位数不对），如 13812345678').waitFor();
    expect(await permits(app)).toBe(0);
    await form.getByLabel('业主电话').fill('13900001111');
    await screenshot(page, 'renovations-form');
    await form.getByLabel('业主电话').press('Enter');
    await page.getByText(`已受理 ${SERIAL}`).waitFor();
    const detail = page.getByLabel(SERIAL, { exact: true });
    await detail.getByText('¥3,000.00').waitFor();
    await detail.getByText('待审批').first().waitFor();

    await page.keyboard.press('Control+p');
    await page.getByTestId('renovation-print').waitFor({ state: 'attached' });
    await app.waitForPrints(1);
    await expectPrintLabelsOnly(page, 'renovation permit');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'renovations-print-')), 'permit.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('装修申请及许可表');
    expect(text).toContain(SERIAL);
    expect(text).toContain('139****1111');
    expect(text).not.toContain('13900001111');
    expect(text).toContain('2026-12-01 至 2026-12-20');
    expect(text).toContain('¥3,000.00');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(screenshotDir, 'renovations-print')]);
  });

  it('a lead approves once every document is ticked, and issues a worker pass under the permit', async () => {
    const { page } = app;
    await switchClerk(page, 'K002', '2222');
    await page.getByRole('tab', { name: '待审批' }).click();
    await page.getByRole('table', { name: '装修申请' }).getByText('139****1111').click();
    const detail = page.getByLabel(SERIAL, { exact: true });
    await detail.getByRole('button', { name: '审批通过 (Alt+A)' }).waitFor();
    await pressActionKey(page, 'Alt+A');
    const dialog = page.getByRole('form', { name: `审批：${SERIAL}` });
    await dialog.getByRole('button', { name: '审批通过' }).click();
    await dialog.getByText(/审批前须查验全部资料，尚缺：施工单位营业执照及资质、装修管理协议及防火责任书/).waitFor();
    await dialog.getByLabel('施工单位营业执照及资质').check();
    await dialog.getByLabel('装修管理协议及防火责任书').check();
    await dialog.getByRole('button', { name: '审批通过' }).click();
    await detail.getByText('施工中').first().waitFor();

    await detail.getByRole('button', { name: '办理施工人员出入证 (Alt+W)' }).waitFor();
    await pressActionKey(page, 'Alt+W');
    const passForm = page.getByRole('form', { name: '办理出入证' });
    await passForm.getByText(`装修许可 ${SERIAL} 下的施工人员出入证`).waitFor();
    expect(await passForm.getByLabel('有效期至').inputValue()).toBe('2026-12-20');
    await passForm.getByLabel('持证人').fill('钱工');
    await passForm.getByLabel('联系电话').fill('13700005678');
    await passForm.getByLabel('身份证件号码').fill('11010519491231002X');
    await passForm.getByLabel('押金（元）').fill('50');
    await passForm.getByLabel('押金（元）').press('Enter');
    await page.getByText(/已办理 CR-XH-20261201-0001/).waitFor();
    await detail.getByText('共 1 张，未交回 1 张').waitFor();
  });

  it('inspects (failed needs the defects), and refunds the deposit less a deduction once the pass is back', async () => {
    const { page } = app;
    const detail = page.getByLabel(SERIAL, { exact: true });
    await detail.getByRole('button', { name: '验收 (Alt+I)' }).waitFor();
    await pressActionKey(page, 'Alt+I');
    const inspect = page.getByRole('form', { name: `验收：${SERIAL}` });
    await inspect.getByText('不合格').click();
    await inspect.getByRole('button', { name: '确定' }).click();
    await inspect.getByText('验收不合格时请写明整改问题').waitFor();
    await inspect.getByLabel('整改问题').fill('卫生间闭水试验渗漏');
    await inspect.getByRole('button', { name: '确定' }).click();
    await detail.getByText('验收不合格').first().waitFor();
    await detail.getByRole('button', { name: '验收 (Alt+I)' }).waitFor();
    await pressActionKey(page, 'Alt+I');
    await page
      .getByRole('form', { name: `验收：${SERIAL}` })
      .getByRole('button', { name: '确定' })
      .click();
    await detail.getByText('验收合格').first().waitFor();

    // The worker's pass comes back first (出入证), then the deposit.
    await page.getByRole('navigation', { name: 'modules' }).getByText('出入证').click();
    await page.getByRole('table', { name: '出入证' }).getByText('137****5678').click();
    const pass = page.getByLabel('CR-XH-20261201-0001', { exact: true });
    await pass.getByText(SERIAL).waitFor();
    await pass.getByRole('button', { name: '交回退押金 (Alt+R)' }).waitFor();
    await pressActionKey(page, 'Alt+R');
    await page
      .getByRole('form', { name: /交回：CR-XH-/ })
      .getByRole('button', { name: '确定' })
      .click();
    await pass.getByText('已交回').first().waitFor();

    await page.getByRole('navigation', { name: 'modules' }).getByText('装修申请').click();
    await page.getByLabel('搜索业主、电话、房号、施工单位、编号').fill('锦华');
    await page.getByRole('table', { name: '装修申请' }).getByText('139****1111').click();
    await detail.getByText('共 1 张，未交回 0 张').waitFor();
    await detail.getByRole('button', { name: '退装修押金 (Alt+R)' }).waitFor();
    await pressActionKey(page, 'Alt+R');
    const refund = page.getByRole('form', { name: `退押金：${SERIAL}` });
    await refund.getByLabel('退还押金（元）').fill('2800');
    await refund.getByRole('button', { name: '确定' }).click();
    await refund.getByText('扣除部分押金时请写明原因').waitFor();
    await refund.getByLabel('扣款原因').fill('公共走道墙面损坏修复');
    await refund.getByRole('button', { name: '确定' }).click();
    await detail.getByText('押金已退').first().waitFor();
    await detail.getByText(/¥2,800\.00 公共走道墙面损坏修复/).waitFor();
    await screenshot(page, 'renovations-refunded');
  });
});
