import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * The storage fee, a complaint's compensation and the cash counted at handover, typed carelessly into the real
 * forms: `12,50` and `12.505` are refused at the field with the reason and nothing is written; full-width `１２.５`
 * is shown back as the value that will be saved, ¥12.50, and saved exactly.
 */
describe('money at the storage, complaint and handover forms in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const COMMA = '小数请用“.”，如 12.50；逗号只作千位分隔';
  const DECIMALS = '金额最多两位小数（到分），如 12.35';
  const CARELESS: [string, string][] = [
    ['12,50', COMMA],
    ['12.505', DECIMALS],
  ];

  const data = async <T>(channel: string, input: object): Promise<T> => {
    const result = await app.call(channel, input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    return result.data as T;
  };

  it('a storage fee of 12,50 or 12.505 is refused at the field; １２.５ is saved as ¥12.50', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByLabel('clerk').waitFor();
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await page.getByRole('textbox', { name: '寄存人' }).fill('赵敏');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13700001111');
    await page.keyboard.press('Tab');
    await page.keyboard.type('购物袋一个');
    const select = page.getByRole('combobox', { name: '寄存位置' });
    const value = await select.evaluate(
      (el) =>
        Array.from((el as unknown as { options: ArrayLike<{ text: string; value: string }> }).options).find((o) =>
          o.text.startsWith('G-01'),
        )?.value ?? '',
    );
    await select.selectOption(value);
    const fee = page.getByRole('textbox', { name: '寄存费（元）' });
    for (const [typed, message] of CARELESS) {
      await fee.fill(typed);
      await page.getByRole('textbox', { name: '物品描述' }).press('Enter');
      await page.getByText(message).first().waitFor();
    }
    await screenshot(page, 'values-money-storage-fee');
    expect(await data<unknown[]>('storage:list', {})).toHaveLength(0);
    await fee.fill('１２.５');
    await page.getByText('将记为 ¥12.50').first().waitFor();
    await page.getByRole('textbox', { name: '物品描述' }).press('Enter');
    await page.getByText(/已寄存，单号 JC-XH-\d{8}-0001/).waitFor();
    expect((await data<{ feeFen: number }[]>('storage:list', {})).map((r) => r.feeFen)).toEqual([1250]);
  });

  it('a compensation of 12,50 or 12.505 is refused at the field; １２.５ is recorded as ¥12.50', async () => {
    const { page } = app;
    const created = await data<{ id: string; serialNo: string; version: number }>('complaints:create', {
      channel: 'in_person',
      customerName: '钱先生',
      type: 'product',
      reason: '商品有划痕',
      urgency: 'normal',
    });
    // Assigned to 李娜 herself (a lead), then in progress: resolving is what the clerk does in the form.
    const [department] = await data<{ id: string }[]>('settings:list', { kind: 'departments', includeInactive: false });
    const lead = (await data<{ id: string; employeeNo: string }[]>('clerks:list', {})).find(
      (c) => c.employeeNo === 'K002',
    );
    const assigned = await data<{ version: number }>('complaints:assign', {
      id: created.id,
      version: created.version,
      departmentId: department?.id,
      clerkId: lead?.id,
    });
    await data('complaints:progress', { id: created.id, version: assigned.version, to: 'in_progress' });
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('cell', { name: '钱先生' }).first().click();
    const detail = page.getByLabel(created.serialNo);
    await detail.getByRole('button', { name: '处理完毕' }).click();
    const resolve = page.getByRole('form', { name: '处理完毕' });
    await resolve.getByLabel('处理结果').selectOption({ label: '赔偿' });
    await resolve.getByLabel('处理方案').fill('专柜补偿');
    await resolve.getByLabel('告知方式').fill('当面');
    await resolve.getByLabel('顾客反应').fill('接受');
    const amount = resolve.getByLabel('赔偿金额（元）');
    for (const [typed, message] of CARELESS) {
      await amount.fill(typed);
      await resolve.getByRole('button', { name: '保存' }).click();
      await resolve.getByText(message).waitFor();
    }
    await screenshot(page, 'values-money-compensation');
    expect((await data<{ status: string }>('complaints:get', { id: created.id })).status).toBe('in_progress');
    await amount.fill('１２.５');
    await resolve.getByText('将记为 ¥12.50').waitFor();
    await resolve.getByRole('button', { name: '保存' }).click();
    await resolve.waitFor({ state: 'hidden' });
    expect(await data<{ compensationFen: number }>('complaints:get', { id: created.id })).toMatchObject({
      compensationFen: 1250,
    });
  });

  it('cash counted of 12,50 or 12.505 is refused at the field at handover; １２.５ is shown as ¥12.50', async () => {
    const { page } = app;
    await page.keyboard.press('F9');
    await page.getByRole('heading', { name: '交接班' }).waitFor();
    const cash = page.getByRole('textbox', { name: '实点现金' });
    for (const [typed, message] of CARELESS) {
      await cash.fill(typed);
      await page.getByRole('button', { name: '确认交班' }).click();
      await page.getByText(message).waitFor();
    }
    await screenshot(page, 'values-money-cash-counted');
    expect(await data<unknown[]>('handover:list', {})).toHaveLength(0);
    await cash.fill('１２.５');
    await page.getByText('将记为 ¥12.50').waitFor();
  });
});
