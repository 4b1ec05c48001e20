import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

interface Saved {
  id: string;
  serialNo: string;
}

/** Typing a number the desk knows, in any form: the name fills in and what is open for it shows before saving. */
describe('the known caller in the forms', () => {
  let app: RunningApp;
  const phone = '13966667777';
  let callback: Saved;
  let slip: Saved;

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K001', '1111');
    await app.page.getByLabel('clerk').waitFor();
    callback = await call<Saved>('calls:log', {
      direction: 'incoming',
      phone,
      callerName: '欧阳熟客',
      category: 'enquiry',
      summary: '请回电告知会员积分',
      replyNeeded: true,
      replyDueAt: app.now() + 3600 * 1000,
    });
    const locations = await call<{ id: string; free: boolean; active: boolean }[]>('storage:locations', {});
    const free = locations.find((l) => l.free && l.active);
    slip = (
      await call<{ slip: Saved }>('storage:deposit', {
        depositorName: '欧阳熟客',
        phone,
        description: '购物袋',
        pieces: 1,
        size: 'small',
        locationId: free?.id,
      })
    ).slip;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('a known number in the call form fills the name and shows the callback and the goods still stored', async () => {
    const { page } = app;
    await page.keyboard.press('F3');
    const form = page.getByRole('form', { name: '登记电话' });
    const number = form.getByLabel('电话号码');
    await expect.poll(() => number.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type(phone);
    const panel = form.getByRole('region', { name: '来电客户' });
    await panel.getByText(/老客户 欧阳熟客 · 共 2 条记录/).waitFor();
    await panel.getByText('未办结 2 项：').waitFor();
    await panel.getByLabel(callback.serialNo, { exact: true }).getByText('待回电').waitFor();
    await panel.getByLabel(slip.serialNo, { exact: true }).getByText('寄存中').waitFor();
    expect(await form.getByLabel('来电人').inputValue()).toBe('欧阳熟客');
    // The full number is not repeated in the panel.
    expect(await panel.getByText(phone).count()).toBe(0);
    await screenshot(page, 'known-caller-call-form');
  });

  it('a name the clerk typed stays, and an unknown number shows nothing', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '登记电话' });
    const number = form.getByLabel('电话号码');
    const name = form.getByLabel('来电人');
    await number.fill('');
    await name.fill('欧阳先生');
    await number.fill(phone);
    await form.getByRole('region', { name: '来电客户' }).waitFor();
    expect(await name.inputValue()).toBe('欧阳先生');
    await number.fill('13900001111');
    await name.fill('');
    // The hint for a first-time caller shows once the number is looked up; no panel, no name.
    await form.getByText('30 天内无来电记录').waitFor();
    expect(await form.getByRole('region', { name: '来电客户' }).count()).toBe(0);
    expect(await name.inputValue()).toBe('');
  });

  it('the storage form knows the customer too', async () => {
    const { page } = app;
    await page.evaluate(`window.location.hash = '#/storage'`);
    const phoneField = page.getByRole('textbox', { name: '手机号', exact: true });
    await phoneField.first().fill(phone);
    const panel = page.getByRole('region', { name: '来电客户' });
    await panel.getByLabel(slip.serialNo, { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: '寄存人' }).inputValue()).toBe('欧阳熟客');
    await screenshot(page, 'known-caller-storage-form');
  });

  it('an incoming call is timed from the moment its form opens, and the next one from its first key', async () => {
    const { page } = app;
    await page.keyboard.press('F3');
    const form = page.getByRole('form', { name: '登记电话' });
    const duration = form.getByLabel('通话时长');
    await expect.poll(() => duration.getAttribute('placeholder')).toMatch(/^计时中 \d+:\d\d$/);
    // Running as a placeholder only: the empty form is not dirty, and Esc does not ask.
    expect(await duration.inputValue()).toBe('');
    await form.getByLabel('电话号码').fill('13900002222');
    await form.getByLabel('来电人').fill('司徒计时');
    await form.getByLabel('通话内容').fill('询问营业时间');
    await app.advanceClock(10 * 60_000);
    await form.getByLabel('电话号码').press('Enter');
    await page
      .getByText(/已保存 DH-/)
      .first()
      .waitFor();
    await page
      .getByRole('row', { name: /司徒计时/ })
      .getByText(/呼入 1\d:\d\d/)
      .waitFor();
    // Ready for the next call, which has not rung yet: no count until something is typed.
    expect(await duration.getAttribute('placeholder')).toBe('分:秒 或 秒数');
    await form.getByLabel('电话号码').fill('139');
    await expect.poll(() => duration.getAttribute('placeholder')).toMatch(/^计时中 0:\d\d$/);
    // An outgoing call is not timed from the form.
    await form.getByText('呼出', { exact: true }).click();
    await expect.poll(() => duration.getAttribute('placeholder')).toBe('分:秒 或 秒数');
    await screenshot(page, 'call-timer');
  });

  it('opening a record from Ctrl+K over typed input asks first: keep stays, discard opens', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '登记电话' });
    await form.getByLabel('通话内容').fill('还没保存的内容');
    const search = async () => {
      await page.keyboard.press('Control+k');
      const box = page.getByRole('textbox', { name: '搜索', exact: true });
      await box.fill(slip.serialNo);
      await box.press('Enter');
      await box.waitFor({ state: 'hidden' });
    };
    await search();
    const ask = page.getByRole('dialog', { name: '放弃已输入的内容？' });
    await ask.waitFor();
    await ask.getByRole('button', { name: '继续编辑' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(await form.getByLabel('通话内容').inputValue()).toBe('还没保存的内容');
    await search();
    await ask.getByRole('button', { name: '放弃', exact: true }).click();
    await page.getByLabel(slip.serialNo, { exact: true }).waitFor();
  });
});
