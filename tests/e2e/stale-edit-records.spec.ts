import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, startApp } from './harness';

/**
 * Two supervisors edit one record in two tabs, beyond calls: the second save is refused in the form, naming who
 * changed what, the form shows the record as it is now, and nothing the first one saved is overwritten. Each test
 * makes its own record.
 */
describe('stale edits of settings and storage locations in Chromium', () => {
  let app: RunningApp;
  let second: Page;
  beforeAll(async () => {
    app = await startApp();
    second = await app.page.context().newPage();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    await second.goto(app.url);
    await loginWithKeyboard(second, 'K004', '4444');
    await second.getByLabel('clerk').waitFor();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const openHours = async (page: Page) => {
    await page.keyboard.press('Control+Comma');
    await page.getByRole('tab', { name: '营业时间与政策' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: '营业时间', exact: true }) });
    await expect.poll(() => form.getByRole('textbox', { name: '工作日关门' }).inputValue()).toMatch(/^\d\d:\d\d$/);
    return form;
  };

  it('business hours: 张伟’s save after 陈静’s is refused naming her; her closing time stays', async () => {
    const mine = await openHours(app.page);
    const hers = await openHours(second);
    await hers.getByRole('textbox', { name: '工作日关门' }).fill('21:30');
    await hers.getByRole('button', { name: '保存' }).click();
    await second.getByText('已保存').first().waitFor();

    await mine.getByRole('textbox', { name: '周末关门' }).fill('23:00');
    await mine.getByRole('button', { name: '保存' }).click();
    const refusal = mine.getByRole('alert');
    await refusal.waitFor();
    expect((await refusal.textContent()) ?? '').toContain('陈静');
    // The form now shows the hours as stored: 陈静's 21:30, and the weekend as it was.
    await expect.poll(() => mine.getByRole('textbox', { name: '工作日关门' }).inputValue()).toBe('21:30');
    const stored = (await app.call('settings:businessHours', {})) as { data?: Record<string, string> };
    expect(stored.data).toMatchObject({ weekdayClose: '21:30', weekendClose: '22:30' });

    // Redone on the current hours, it saves and keeps 陈静's change.
    await mine.getByRole('textbox', { name: '周末关门' }).fill('23:00');
    await mine.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(async () => ((await app.call('settings:businessHours', {})) as { data?: Record<string, string> }).data)
      .toMatchObject({ weekdayClose: '21:30', weekendClose: '23:00' });
  });

  const openLocation = async (page: Page, code: string) => {
    await page.keyboard.press('F4');
    await page.getByRole('heading', { name: '物品寄存' }).waitFor();
    await page.getByRole('tab', { name: '位置与设置' }).click();
    await page
      .getByRole('row', { name: new RegExp(code) })
      .getByRole('button', { name: '编辑' })
      .click();
    return page.getByRole('dialog', { name: `编辑位置 ${code}` });
  };

  it('a storage location: the older edit is refused naming who changed the note; the note stays', async () => {
    const made = (await app.call('storage:saveLocation', { code: 'S-77', kind: 'shelf', note: '' })) as {
      ok: boolean;
    };
    expect(made.ok).toBe(true);
    const mine = await openLocation(app.page, 'S-77');
    const hers = await openLocation(second, 'S-77');
    await hers.getByRole('textbox', { name: '备注' }).fill('二楼库房');
    await hers.getByRole('button', { name: '保存' }).click();
    await hers.waitFor({ state: 'hidden' });

    await mine.getByRole('checkbox', { name: '共用货架' }).check();
    await mine.getByRole('button', { name: '保存' }).click();
    const refusal = mine.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('陈静');
    expect(text).toContain('备注');
    await expect.poll(() => mine.getByRole('textbox', { name: '备注' }).inputValue()).toBe('二楼库房');
    const listed = (await app.call('storage:locations', { includeInactive: true })) as {
      data?: { code: string; note: string; shared: boolean }[];
    };
    expect(listed.data?.find((l) => l.code === 'S-77')).toMatchObject({ note: '二楼库房', shared: false });
  });
});
