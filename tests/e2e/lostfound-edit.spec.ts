import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeNotifications, loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A 1×1 PNG, as a photo file chosen from the counter PC (browser mode may have no camera).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('lost and found: editing an item in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('corrects an item, adds its photo from a file, and refuses an edit another clerk overtook', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByText('王芳').first().waitFor();
    await page.keyboard.press('Alt+7');
    await page.getByRole('heading', { name: '失物招领' }).waitFor();
    const form = page.getByRole('form', { name: '失物登记' });
    await form.getByRole('combobox', { name: '类别' }).selectOption({ label: '雨伞' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('黑色雨伞');
    await form.getByRole('textbox', { name: '拾获地点' }).fill('三楼女装区');
    await form.getByRole('textbox', { name: '存放位置' }).fill('失物柜 A');
    await form.getByRole('textbox', { name: '物品描述' }).press('Enter');
    await page.getByText(/已登记失物，编号 SW-XH-\d{8}-0001/).waitFor();
    await closeNotifications(page);
    await page.getByRole('cell', { name: /雨伞 · 黑色雨伞/ }).click();
    const detail = page.getByLabel(/^SW-XH-\d{8}-0001$/);
    await detail.getByText('无照片').waitFor();

    // The clerk corrects the description, moves it to another shelf and adds the photo from a file.
    await detail.getByRole('button', { name: '修改', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /修改失物 SW-XH-/ });
    await dialog.getByRole('textbox', { name: '物品描述' }).fill('黑色长柄雨伞，伞柄有划痕');
    await dialog.getByRole('textbox', { name: '存放位置' }).fill('失物柜 B');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择照片文件' }).click();
    await (await chooser).setFiles({ name: 'umbrella.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByRole('img', { name: '照片' }).waitFor();
    // An empty description is refused at the field, nothing saved.
    await dialog.getByRole('textbox', { name: '存放位置' }).fill('');
    await dialog.getByRole('button', { name: '保存登记' }).click();
    expect(await dialog.getByRole('textbox', { name: '存放位置' }).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('textbox', { name: '存放位置' }).fill('失物柜 B');
    await screenshot(page, 'lostfound-edit');
    await dialog.getByRole('button', { name: '保存登记' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(/已保存失物 SW-XH-/)
      .first()
      .waitFor();
    await detail
      .getByText(/失物柜 B/)
      .first()
      .waitFor();
    await detail.getByRole('img', { name: '照片' }).waitFor();
    // The history names what changed, and only that (the found time left as shown is not a change).
    await detail.getByText('存放位置：失物柜 A → 失物柜 B').waitFor();
    expect(await detail.getByText(/拾获时间：/).count()).toBe(0);
    await closeNotifications(page);

    // Another clerk moves it while this form is open: the save is refused, naming the change, with theirs shown.
    await detail.getByRole('button', { name: '修改', exact: true }).click();
    await dialog.getByRole('textbox', { name: '存放位置' }).fill('前台');
    const list = (await app.call('lostfound:list', { filter: 'held' })) as { data: { id: string; version: number }[] };
    const item = list.data[0];
    if (!item) throw new Error('no item');
    const moved = await app.call('lostfound:edit', {
      id: item.id,
      version: item.version,
      category: 'umbrella',
      description: '黑色长柄雨伞，伞柄有划痕',
      foundPlace: '三楼女装区',
      finderKind: 'customer',
      storagePlace: '保险柜',
    });
    expect(moved.ok).toBe(true);
    await dialog.getByRole('button', { name: '保存登记' }).click();
    await dialog.getByText(/这条记录在您打开后已被修改/).waitFor();
    await expect.poll(() => dialog.getByRole('textbox', { name: '存放位置' }).inputValue()).toBe('保险柜');
    await screenshot(page, 'lostfound-edit-stale');
  });
});
