import { beforeAll, describe, expect, it } from 'vitest';
import type { NatsServer } from '../helpers/nats-servers';
import { enrolFromSettings, fillJoinForm, sendJoinForm, twoApps } from '../helpers/sync-counters';
import { type RunningApp, screenshot } from './harness';

/** Adds clerk K009 at counter 1 through the staff channel, as Settings → 人员 does; a string (no DOM types here). */
const addClerkAtA = `fetch('/api/clerks%3Aadd', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-front-desk-token': sessionStorage.getItem('frontDesk.token'),
    'x-front-desk-session': sessionStorage.getItem('frontDesk.session') },
  body: JSON.stringify({ name: '林晓', employeeNo: 'K009', role: 'clerk', pin: '9090' }),
}).then((r) => r.json()).then((r) => r.ok)`;

describe('多台联网 from a new PC without demo data', () => {
  const desks = twoApps();
  let server: NatsServer;
  let a: RunningApp;
  let b: RunningApp;
  beforeAll(() => {
    ({ server, a, b } = desks);
  });

  it('joins the existing desk from its login screen, receives staff and records, and the staff log in there', async () => {
    await enrolFromSettings(a.page, server, 1);
    await a.page.keyboard.press('F2');
    const visitor = a.page.getByRole('combobox', { name: '访客姓名' });
    await visitor.fill('欧阳新电脑');
    await visitor.press('Enter');
    await a.page.getByText(/已登记 LF-XH-\d{8}-1001/).waitFor();

    const { page } = b;
    // No demo clerks on the new PC: nobody to pick; its first start offers to join a desk.
    await page.getByRole('group', { name: '第一次启动' }).waitFor();
    // Counter 2's account, the site typed in lower case, and number 1, which is counter A's.
    const form = await fillJoinForm(page, server, 2, 'xh');
    await form.getByLabel('服务台编号（1–99）').fill('1');
    await screenshot(page, 'sync-new-pc-join');
    await form.getByRole('button', { name: '加入并接收数据' }).click();
    // Number 1 is counter A's: refused in words, nothing joined.
    await form.getByRole('alert').getByText('第 1 号服务台已被另一台电脑占用，请换一个编号').waitFor();
    await form.getByLabel('服务台编号（1–99）').fill('2');
    // Joined: the PC says it is receiving until the staff are here.
    await sendJoinForm(page, form, 2);
    const list = page.getByRole('combobox', { name: '工号 / 姓名' });
    await list.click();
    await page.getByRole('option', { name: /^K003 张伟/ }).waitFor();
    // A clerk types a number whose clerk is still on the way (added at counter 1 only now): the list fills while
    // they type, and the clerk is picked as they arrive (the pick was lost before).
    await list.focus();
    await page.keyboard.type('K009');
    expect(await a.page.evaluate(addClerkAtA)).toBe(true);
    await page.getByRole('option', { name: /^K009 林晓/ }).waitFor();
    await expect.poll(() => list.inputValue()).toBe('K009 林晓（前台客服）');
    await page.getByLabel('PIN 码').focus();
    await page.keyboard.type('9090');
    await page.keyboard.press('Enter');
    await page.getByLabel('clerk').getByText('林晓').waitFor();
    await page.getByText('星河广场').first().waitFor();
    await screenshot(page, 'sync-new-pc-joined');
    // Nothing clashed with data of its own: no records it could not store.
    await page.getByLabel('sync').getByText('已联网').waitFor();
    expect(
      await page
        .getByLabel('sync')
        .getByText(/未能写入/)
        .count(),
    ).toBe(0);

    // The visit registered at counter 1 is found here by Ctrl+K.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索', exact: true });
    await box.fill('欧阳新电脑');
    await page.getByText('欧阳新电脑').first().waitFor();
    await screenshot(page, 'sync-new-pc-search');
  });
});
