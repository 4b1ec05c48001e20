import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

/**
 * The photo of a found item from the counter's camera: Chromium's fake camera (a moving test pattern, with the
 * permission granted as the counter PC's browser would keep it) stands in for the webcam.
 */
describe('lost and found: a photo from the counter camera, in Chromium', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ fakeCamera: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('takes the photo with the camera, saves the item with it, and shows it on the saved item', async () => {
    const { page } = app;
    await loginWithKeyboard(page, 'K001', '1111');
    await page.getByText('王芳').first().waitFor();
    await page.keyboard.press('Alt+7');
    await page.getByRole('heading', { name: '失物招领' }).waitFor();
    const form = page.getByRole('form', { name: '失物登记' });
    await form.getByRole('combobox', { name: '类别' }).selectOption({ label: '包' });
    await form.getByRole('textbox', { name: '物品描述' }).fill('蓝色帆布手提袋');
    await form.getByRole('textbox', { name: '拾获地点' }).fill('一楼服务台旁');
    await form.getByRole('textbox', { name: '存放位置' }).fill('失物柜 C');

    await form.getByRole('button', { name: '拍照' }).click();
    const camera = page.getByRole('dialog', { name: '用摄像头拍照' });
    const take = camera.getByRole('button', { name: '拍摄' });
    // Enabled once the camera's first frame has arrived.
    await expect.poll(() => take.isEnabled(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'lostfound-camera');
    await take.click();
    await camera.waitFor({ state: 'hidden' });
    await form.getByRole('img', { name: '照片' }).waitFor();
    await form.getByRole('button', { name: '保存登记' }).click();
    await page.getByText(/已登记失物，编号 SW-XH-\d{8}-0001/).waitFor();

    // The saved item has the camera's still: a JPEG of the fake camera's frame (640 px wide at most).
    await page.getByRole('cell', { name: /包 · 蓝色帆布手提袋/ }).click();
    const shown = page.getByRole('img', { name: '照片' }).last();
    await shown.waitFor();
    const src = (await shown.getAttribute('src')) ?? '';
    expect(src).toMatch(/^data:image\/jpeg;base64,/);
    const size = await shown.evaluate((img) => ({
      width: (img as { naturalWidth: number }).naturalWidth,
      height: (img as { naturalHeight: number }).naturalHeight,
    }));
    expect(size.width).toBeGreaterThan(100);
    expect(size.width).toBeLessThanOrEqual(640);
    expect(size.height).toBeGreaterThan(50);
    const list = await app.call('lostfound:list', {});
    const item = (list.data as { id: string; hasPhoto: boolean; description: string }[]).find(
      (i) => i.description === '蓝色帆布手提袋',
    );
    expect(item?.hasPhoto).toBe(true);
    const stored = await app.call('lostfound:photo', { id: item?.id ?? '' });
    expect((stored.data as { photo: string | null }).photo).toBe(src);
    await screenshot(page, 'lostfound-camera-saved');
  });
});
