import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

describe('reception log in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('registers a visitor with the keyboard only, shows them on site, signs them out, finds them again', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    // The first field has focus: type, Tab through the form in visual order, Enter saves.
    const name = page.getByRole('combobox', { name: '访客姓名' });
    await expect.poll(() => name.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.type('张三');
    await page.keyboard.press('Tab');
    await page.keyboard.type('13812345678');
    await page.keyboard.press('Tab'); // people
    await page.keyboard.press('Tab'); // organisation
    await page.keyboard.type('顺丰速运');
    await page.keyboard.press('Tab'); // ID type: resident ID by default
    await page.keyboard.press('Tab');
    await page.keyboard.type('110105194912310021'); // wrong check digit
    await page.keyboard.press('Enter');
    await page.getByText('身份证号码校验码不正确，请核对最后一位').waitFor();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('X');
    // Enter on a select (来访事由, closed) saves the form like any other field instead of opening the list.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('.mantine-InputWrapper-root:focus-within').textContent())
      .toContain('来访事由');
    await page.keyboard.press('Enter');
    await page.getByText(/已登记 LF-XH-\d{8}-0001/).waitFor();
    await expect.poll(() => name.inputValue()).toBe('');
    await expect.poll(() => name.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // The next visitor at once, this time with a visitee and badge, found through the same form.
    await page.keyboard.type('李四');
    await page.getByRole('textbox', { name: '拜访对象 / 单位' }).fill('物业办公室');
    await page.getByRole('textbox', { name: '访客证号' }).fill('V-08');
    await page.getByRole('textbox', { name: '车牌号' }).fill('沪AD12345');
    await screenshot(page, 'reception-form');
    await page.keyboard.press('Enter');
    await page.getByText(/已登记 LF-XH-\d{8}-0002/).waitFor();

    const onSite = page.getByRole('table', { name: '在场 (2)' });
    await onSite.getByRole('cell', { name: '张三' }).waitFor();
    expect(await onSite.getByRole('cell', { name: '138****5678' }).isVisible()).toBe(true);
    expect(await onSite.getByText(/在场 \d+ 分钟/).count()).toBe(2);

    // The new visitor is selected: Ctrl+O signs them out, Enter confirms with the badge returned.
    await page.keyboard.press('Control+o');
    const dialog = page.getByRole('dialog', { name: '签离 李四' });
    await dialog.getByLabel('已归还访客证 V-08').waitFor();
    const confirm = dialog.getByRole('button', { name: '确认签离 (Enter)' });
    await expect.poll(() => confirm.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('李四 已签离').waitFor();
    await page.getByRole('table', { name: '在场 (1)' }).waitFor();

    // Returning visitor: typing the phone suggests the earlier visit and fills the form.
    await name.focus();
    await page.getByRole('combobox', { name: '联系电话' }).pressSequentially('138123');
    await page.getByRole('option', { name: /张三 138\*\*\*\*5678/ }).click();
    await expect.poll(() => name.inputValue()).toBe('张三');
    expect(await page.getByRole('textbox', { name: '来访单位' }).inputValue()).toBe('顺丰速运');
    // Esc on a filled form asks before clearing it.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '放弃已输入的内容？' }).waitFor();
    await page.getByRole('button', { name: '放弃' }).click();
    await expect.poll(() => name.inputValue()).toBe('');

    // All visits: the signed-out visitor is still there, found by text.
    await page.getByRole('tab', { name: '来访记录' }).click();
    await page.getByRole('textbox', { name: '姓名、电话、单号、车牌' }).fill('李四');
    const all = page.getByRole('table', { name: '来访记录' });
    await all.getByRole('cell', { name: '李四' }).waitFor();
    expect(await all.getByText('已离开').isVisible()).toBe(true);
    await all.getByRole('cell', { name: '李四' }).click();
    const detail = page.getByRole('dialog', { name: '来访详情' });
    await detail.getByText('沪AD12345').waitFor();
    await detail.getByText('访客证已归还', { exact: true }).waitFor();
    // The history in the clerk's words: what was done and the fields by their names, never timeOut or a code.
    const history = detail.getByRole('table', { name: '修改记录' });
    await history.getByText(/签离\s+离开时间：— → \d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+访客证已归还：— → 是/).waitFor();
    await page.waitForTimeout(400); // let the drawer finish sliding in before the picture
    await screenshot(page, 'reception-detail');
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: '姓名、电话、单号、车牌' }).fill('');
    await all.getByRole('cell', { name: '张三' }).waitFor();
    await screenshot(page, 'reception-list');
  });

  it('warns about a watch-listed visitor until acknowledged, and prints the evacuation list', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '退出登录' }).click();
    await loginWithKeyboard(page, 'K003', '3333');
    await page.getByRole('heading', { name: '来访登记' }).waitFor();
    await page.getByRole('tab', { name: '重点关注名单' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('王五');
    await page.getByRole('textbox', { name: '原因' }).fill('多次滋事');
    await page.getByRole('button', { name: '加入名单' }).click();
    await page.getByRole('cell', { name: '多次滋事' }).waitFor();

    const name = page.getByRole('combobox', { name: '访客姓名' });
    await name.fill('王五');
    await name.press('Enter');
    const warning = page.getByRole('dialog', { name: '命中重点关注名单' });
    await warning.getByText('原因：多次滋事').waitFor();
    await warning.getByRole('button', { name: '已知晓，继续登记' }).click();
    await page.getByText(/已登记 LF-XH-\d{8}-0003/).waitFor();

    await page.keyboard.press('Control+p');
    await app.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: '在场人员疏散名单' }).waitFor();
    await screenshot(page, 'reception-evacuation');
    await page.emulateMedia({ media: 'screen' });

    // Ctrl+K finds the visit by name and opens its detail here.
    await page.keyboard.press('Control+k');
    await page.getByPlaceholder('搜索电话、姓名、单号…').fill('王五');
    await page.getByRole('button', { name: /王五/ }).first().click();
    await page.getByRole('dialog', { name: '来访详情' }).getByText('登记时命中重点关注名单').waitFor();
  });

  it('looks for a rare short text 15,000 visits at a time, says how far back it has looked, and goes on when asked', async () => {
    const { page } = app;
    // Years of visits written straight into the file (the services would take minutes for this many); the oldest
    // one is the only visitor whose name has 冷杉 in it.
    const sqlite = new Database(path.join(app.dataDir, 'frontdesk.sqlite'));
    try {
      const clerkId = sqlite.prepare("select id from clerks where employee_no = 'K001'").pluck().get();
      const insert = sqlite.prepare(
        `insert into visits (id, serial_no, time_in, time_out, visitor_name, phone, purpose, clerk_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, '', 'visit', ?, ?, ?)`,
      );
      const start = app.now() - 30 * 24 * 3600_000;
      sqlite.transaction(() => {
        for (let i = 0; i < 25_000; i++) {
          const at = start + i * 60_000;
          const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
          insert.run(id, `LF-XH-T-${i}`, at, at + 60_000, i === 0 ? '冷杉访客' : `访客${i % 500}`, clerkId, at, at);
        }
      })();
    } finally {
      sqlite.close();
    }
    await page.keyboard.press('Escape'); // the visit opened from the search before
    await page.getByRole('dialog', { name: '来访详情' }).waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '来访记录' }).click();
    await page.getByRole('textbox', { name: '姓名、电话、单号、车牌' }).fill('冷杉');
    await page.getByText(/^已查找到 \d{4}-\d{2}-\d{2} \d{2}:\d{2}；更早的来访尚未查找。$/).waitFor();
    const all = page.getByRole('table', { name: '来访记录' });
    expect(await all.getByRole('cell', { name: '冷杉访客' }).count()).toBe(0);
    await screenshot(page, 'reception-list-searched-back');
    await page.getByRole('button', { name: '继续查找更早的记录' }).click();
    await all.getByRole('cell', { name: '冷杉访客' }).waitFor();
    // Everything has been looked through now: no more to search, no more notice.
    expect(await page.getByText(/^已查找到/).count()).toBe(0);
    expect(await page.getByRole('button', { name: '继续查找更早的记录' }).count()).toBe(0);
  });
});
