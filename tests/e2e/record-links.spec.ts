import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A call turned into a complaint shows 已转投诉 TS-… and the complaint shows the call it came from, both clickable.

interface Saved {
  id: string;
  serialNo: string;
}

describe('links between records in Chromium', () => {
  let app: RunningApp;
  const made: { call?: Saved; complaint?: Saved; plain?: Saved } = {};
  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    expect(result.ok).toBe(true);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const complaintCall = { direction: 'incoming', phone: '13966660001', category: 'complaint', callerName: '钟女士' };
    made.call = await call<Saved>('calls:log', { ...complaintCall, summary: '投诉儿童乐园设施破损划伤孩子' });
    made.plain = await call<Saved>('calls:log', { ...complaintCall, summary: '投诉停车场收费过高' });
    made.complaint = await call<Saved>('complaints:create', {
      channel: 'phone',
      customerName: '钟女士',
      phone: '13966660001',
      type: 'property',
      reason: '儿童乐园设施破损划伤孩子',
      demand: '维修并赔偿医药费',
      urgency: 'urgent',
      callId: made.call.id,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('goes from the call to its complaint and back', async () => {
    const { page } = app;
    const { call: source, complaint, plain } = made as Required<typeof made>;
    await page.evaluate(`location.hash = '#/calls/${source.id}'`);
    const toComplaint = page.getByRole('button', { name: `已转投诉 ${complaint.serialNo}` });
    await toComplaint.waitFor();
    await screenshot(page, 'links-call-to-complaint');
    await toComplaint.click();
    await page.getByText(complaint.serialNo, { exact: true }).last().waitFor();
    const back = page.getByRole('button', { name: `来自电话 ${source.serialNo}` });
    await back.waitFor();
    await screenshot(page, 'links-complaint-from-call');
    await back.click();
    await page.getByRole('button', { name: `已转投诉 ${complaint.serialNo}` }).waitFor();
    // A call that became nothing names no complaint.
    await page.evaluate(`location.hash = '#/calls/${plain.id}'`);
    await page.getByText('投诉停车场收费过高').last().waitFor();
    expect(await page.getByRole('button', { name: /^已转投诉/ }).count()).toBe(0);
  });
});
