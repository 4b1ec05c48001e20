import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectPrintLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  screenshotDir,
  startApp,
} from './harness';

/** A day `days` before the app's today in Shanghai (the demo site's time zone), as the form expects it. */
function shanghaiDaysAgo(app: RunningApp, days: number): string {
  return new Date(app.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

async function openForm(page: Page): Promise<Locator> {
  await loginWithKeyboard(page, 'K001', '1111');
  await page.getByLabel('clerk').waitFor();
  await page.keyboard.press('F7');
  await page.getByRole('heading', { name: '退换货汇总表', exact: true }).waitFor();
  await page.getByRole('button', { name: '登记退换货' }).click();
  return page.getByRole('dialog', { name: '登记退换货' });
}

/** What a clerk checks with the receipt and the goods in hand: each box ticked only after looking. */
async function tickChecks(dialog: Locator, receiptNo: string): Promise<void> {
  await dialog.getByRole('checkbox', { name: '有发票或小票' }).check();
  await dialog.getByLabel('小票号').fill(receiptNo);
  await dialog.getByRole('checkbox', { name: '票货相符' }).check();
  await dialog.getByRole('checkbox', { name: '包装未拆封' }).check();
}

async function returnCount(app: RunningApp): Promise<number> {
  const list = await app.call('returns:list', { pendingOnly: false, includeVoided: true });
  return (list.data as { rows: unknown[] }).rows.length;
}

describe('returns and exchanges in Chromium', () => {
  let app: RunningApp;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(async () => {
    await app?.stop();
  });

  it('the checks start unticked; an unticked one, a missing receipt number or refund method is refused at its field', async () => {
    const { page } = app;
    const dialog = await openForm(page);
    for (const name of ['有发票或小票', '票货相符', '包装未拆封'])
      expect(await dialog.getByRole('checkbox', { name }).isChecked()).toBe(false);
    await dialog.getByLabel('顾客姓名').fill('赵敏');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('购买日期').fill(shanghaiDaysAgo(app, 5));
    await dialog.getByRole('textbox', { name: /^商品/ }).fill('保温杯');
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('129');
    await dialog.getByLabel('原因').fill('不喜欢颜色');
    await dialog.getByText('没有发票或购物小票').waitFor();
    await dialog.getByLabel('原因').press('Enter');
    await dialog.getByText('未勾选：顾客出示发票或小票后勾选', { exact: false }).waitFor();
    await dialog.getByText('未勾选：包装未拆封才勾选', { exact: false }).waitFor();
    await screenshot(page, 'returns-unchecked-refused');
    expect(await returnCount(app)).toBe(0);

    await dialog.getByRole('checkbox', { name: '有发票或小票' }).check();
    await dialog.getByRole('checkbox', { name: '票货相符' }).check();
    await dialog.getByRole('checkbox', { name: '包装未拆封' }).check();
    await dialog.getByText('在期限内，包装完好，票货相符').waitFor();
    await dialog.getByLabel('原因').press('Enter');
    await dialog.getByText('有发票或小票时请填写小票号（核对小票上的号码）').waitFor();
    await dialog.getByText('请选择退款方式：原路退回或现金').waitFor();
    expect(await returnCount(app)).toBe(0);
    await dialog.getByLabel('小票号').fill('XP20261126-0042');
    await dialog.getByLabel('退款方式').selectOption({ label: '现金' });
    await dialog.getByLabel('原因').press('Enter');
    await page.getByText(/已登记退换货 TH-XH-\d{8}-\d{4}/).waitFor();
    expect(await returnCount(app)).toBe(1);
  });

  it('registers a return inside the policy with receipt number and refund method, and prints the 退换货单', async () => {
    const { page } = app;
    const dialog = await openForm(page);
    await dialog.getByLabel('顾客姓名').fill('赵敏');
    await dialog.getByLabel('电话').fill('13800138000');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('购买日期').fill(shanghaiDaysAgo(app, 5));
    await dialog.getByRole('textbox', { name: /^商品/ }).fill('保温杯');
    await dialog.getByRole('textbox', { name: /^规格/ }).fill('500ml 白色');
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('129');
    await tickChecks(dialog, 'xp20261126-0042');
    await dialog.getByLabel('退款方式').selectOption({ label: '原路退回' });
    await dialog.getByLabel('原因').fill('不喜欢颜色');
    await dialog.getByText('符合退换货政策').waitFor();
    await dialog.getByText('购买后第 5 天，期限 30 天', { exact: false }).waitFor();
    await screenshot(page, 'returns-in-policy');
    await dialog.getByLabel('原因').press('Enter');
    const notice = await page.getByText(/已登记退换货 TH-XH-\d{8}-\d{4}/).textContent();
    const serial = /TH-XH-\d{8}-\d{4}/.exec(notice ?? '')?.[0] ?? '';
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Found by its receipt number, and the detail says how the money went back.
    await page.getByLabel('顾客、商品、单号、小票号').fill('0042');
    await page.getByRole('row', { name: /赵敏/ }).getByText('XP20261126-0042').click();
    const detail = page.getByLabel(serial, { exact: true });
    await detail.getByText('原路退回').waitFor();
    await detail.getByText('XP20261126-0042').waitFor();
    await detail.getByRole('button', { name: '打印退换货单' }).click();
    await page.getByTestId('return-print').waitFor({ state: 'attached' });
    await app.waitForPrints(1);
    await expectPrintLabelsOnly(page, 'return slip');
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'returns-print-')), 'return.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const expected of ['退换货单', serial, 'XP20261126-0042', '原路退回', '138****8000', '顾客签字', '¥129.00'])
      expect(text).toContain(expected);
    expect(text).not.toContain('13800138000');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, path.join(screenshotDir, 'returns-print')]);
    await screenshot(page, 'returns-detail');
  });

  it('an exchange outside the policy needs the supervisor 张伟 with PIN and reason; the customer pays the difference', async () => {
    const { page } = app;
    const dialog = await openForm(page);
    await dialog.getByText('换货', { exact: true }).click();
    await dialog.getByLabel('顾客姓名').fill('钱多多');
    await dialog.getByLabel('商户').selectOption({ index: 1 });
    await dialog.getByLabel('购买日期').fill(shanghaiDaysAgo(app, 75));
    await dialog.getByRole('textbox', { name: /^商品/ }).fill('运动鞋');
    await dialog.getByRole('textbox', { name: /^规格/ }).fill('42 码');
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('399.00');
    await tickChecks(dialog, 'XP20260917-0007');
    await dialog.getByLabel('原因').fill('尺码不合适');
    await dialog.getByLabel('换入商品').fill('运动鞋 43 码 新款');
    await dialog.getByLabel('换入金额（元）').fill('459.50');
    await dialog.getByText('顾客补差价 ¥60.50').waitFor();
    // Nothing goes back to the customer, so there is no refund method to choose.
    expect(await dialog.getByLabel('退款方式').count()).toBe(0);
    await dialog.getByText('不符合退换货政策').waitFor();
    await dialog.getByText('已超过换货期限').waitFor();
    await dialog.getByLabel('原因').press('Enter');
    // Saving without the supervisor is refused at the approver field.
    await dialog.getByText('不符合退换货政策，须由主管输入 PIN 批准，或提交审批').waitFor();
    await dialog.getByLabel('批准主管').selectOption({ label: '张伟 K003' });
    await dialog.getByLabel('主管 PIN').fill('3333');
    await dialog.getByLabel('例外理由').fill('老顾客，鞋未穿过');
    await screenshot(page, 'returns-exception');
    await dialog.getByLabel('例外理由').press('Enter');
    await page.getByText(/已登记退换货 TH-XH-\d{8}-\d{4}/).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '例外（张伟 批准）' }).waitFor();
    await page.getByRole('cell', { name: '¥60.50' }).waitFor();
    await screenshot(page, 'returns-summary');
    await page
      .getByRole('row', { name: /钱多多/ })
      .getByText('运动鞋 → 运动鞋 43 码 新款')
      .click();
    await page.getByText('顾客补 ¥60.50').waitFor();
  });

  it('a late return sent for approval waits as 待审批, then the supervisor rejects it with PIN and a reason', async () => {
    const { page } = app;
    const dialog = await openForm(page);
    await dialog.getByLabel('顾客姓名').fill('孙丽');
    // The form's Cancel button asks before throwing typed input away, as Esc does.
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByText('放弃已输入的内容？').waitFor();
    await page.getByRole('button', { name: '继续编辑' }).click();
    await page.getByText('放弃已输入的内容？').waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('顾客姓名').inputValue()).toBe('孙丽');
    await dialog.getByLabel('电话').fill('13911112222');
    await dialog.getByLabel('商户').selectOption({ index: 2 });
    await dialog.getByLabel('购买日期').fill(shanghaiDaysAgo(app, 45));
    await dialog.getByRole('textbox', { name: /^商品/ }).fill('羊毛大衣');
    await dialog.getByRole('textbox', { name: /^金额/ }).fill('899');
    await tickChecks(dialog, 'XP20261017-0300');
    await dialog.getByLabel('退款方式').selectOption({ label: '原路退回' });
    await dialog.getByLabel('原因').fill('尺码不合适');
    await dialog.getByText('已超过退货期限').waitFor();
    await dialog.getByText('提交审批（主管稍后处理）').click();
    await dialog.getByLabel('申请理由').fill('吊牌未剪，顾客出差刚回');
    await dialog.getByLabel('申请理由').press('Enter');
    await page.getByText(/已提交审批：TH-XH-\d{8}-\d{4}/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('待审批 1 笔').click();
    expect(await page.getByRole('checkbox', { name: '只看待审批' }).isChecked()).toBe(true);
    const row = page.getByRole('row', { name: /孙丽/ });
    await row.getByText('待审批').waitFor();
    // Refunds wait for the decision: the pending return adds nothing to the refund total.
    await page.getByText('已结退款合计 ¥0.00', { exact: false }).waitFor();
    await screenshot(page, 'returns-pending');
    await row.getByRole('button', { name: '审批' }).click();
    const decide = page.getByRole('dialog', { name: /审批退换货/ });
    await decide.getByText('驳回', { exact: true }).click();
    await decide.getByLabel('批准主管').selectOption({ label: '张伟 K003' });
    await decide.getByLabel('主管 PIN').fill('3333');
    await decide.getByLabel('主管 PIN').press('Enter');
    await decide.getByText('驳回须填写理由，以便告知顾客').waitFor();
    await decide.getByLabel('审批意见').fill('已超期 15 天');
    await decide.getByLabel('审批意见').press('Enter');
    await page.getByText(/已驳回：TH-XH-\d{8}-\d{4}/).waitFor();
    await page.getByRole('checkbox', { name: '只看待审批' }).uncheck();
    await page.getByRole('row', { name: /孙丽/ }).getByText('已驳回（张伟）').waitFor();
    await page.getByText('待审批 1 笔').waitFor({ state: 'detached' });
  });
});
