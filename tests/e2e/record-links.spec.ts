import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, startApp } from './harness';

// A call turned into a complaint shows 已转投诉 TS-… and the complaint shows the call it came from, both clickable;
// the same for a visit and its complaint or work order, a call and its work order, and a slip whose unclaimed goods
// went to lost and found.

interface Saved {
  id: string;
  serialNo: string;
}

describe('links between records in Chromium', () => {
  let app: RunningApp;
  const made: { call?: Saved; complaint?: Saved; plain?: Saved } = {};
  const more: Partial<
    Record<'complaintVisit' | 'visitComplaint' | 'repairVisit' | 'visitOrder' | 'repairCall' | 'callOrder', Saved>
  > = {};
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
    more.complaintVisit = await call<Saved>('reception:register', {
      visitorName: '孙先生',
      phone: '13966660002',
      purpose: 'complaint',
      notes: '电梯门夹到手',
    });
    more.visitComplaint = await call<Saved>('complaints:create', {
      channel: 'in_person',
      customerName: '孙先生',
      phone: '13966660002',
      type: 'property',
      reason: '电梯门夹到手',
      demand: '检修电梯',
      urgency: 'urgent',
      visitId: more.complaintVisit.id,
    });
    more.repairVisit = await call<Saved>('reception:register', {
      visitorName: '周女士',
      phone: '13966660003',
      purpose: 'repair',
      repairLocation: '5 栋 802',
      notes: '卫生间漏水',
    });
    const order = {
      locationKind: 'unit',
      location: '5 栋 802',
      category: 'plumbing_electric',
      urgency: 'normal',
      description: '卫生间漏水',
      reporterName: '周女士',
      phone: '13966660003',
    };
    more.visitOrder = await call<Saved>('repairs:create', { ...order, visitId: more.repairVisit.id });
    more.repairCall = await call<Saved>('calls:log', {
      direction: 'incoming',
      phone: '13966660004',
      category: 'repair',
      callerName: '吴先生',
      summary: '楼道灯不亮',
    });
    more.callOrder = await call<Saved>('repairs:create', {
      ...order,
      location: '2 栋楼道',
      description: '楼道灯不亮',
      reporterName: '吴先生',
      phone: '13966660004',
      callId: more.repairCall.id,
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

  it('goes from a visit to its complaint and back', async () => {
    const { page } = app;
    const { complaintVisit: visit, visitComplaint: complaint } = more as Required<typeof more>;
    await page.evaluate(`location.hash = '#/reception/${visit.id}'`);
    const toComplaint = page.getByRole('button', { name: `已转投诉 ${complaint.serialNo}` });
    await toComplaint.waitFor();
    // Turned into a complaint once: the visit offers no second one.
    expect(await page.getByRole('dialog').getByRole('button', { name: '转为投诉' }).count()).toBe(0);
    await screenshot(page, 'links-visit-to-complaint');
    await toComplaint.click();
    const back = page.getByRole('button', { name: `来自来访 ${visit.serialNo}` });
    await back.waitFor();
    await back.click();
    await page.getByRole('button', { name: `已转投诉 ${complaint.serialNo}` }).waitFor();
  });

  it('goes from a visit to its work order and back, and from a work order to the call it came with', async () => {
    const { page } = app;
    const { repairVisit: visit, visitOrder, repairCall, callOrder } = more as Required<typeof more>;
    await page.evaluate(`location.hash = '#/reception/${visit.id}'`);
    const toOrder = page.getByRole('button', { name: `已转报修派工单 ${visitOrder.serialNo}` });
    await toOrder.waitFor();
    expect(await page.getByRole('dialog').getByRole('button', { name: '转为派工单' }).count()).toBe(0);
    await screenshot(page, 'links-visit-to-repair');
    await toOrder.click();
    const toVisit = page.getByRole('button', { name: `来自来访 ${visit.serialNo}` });
    await toVisit.waitFor();
    await screenshot(page, 'links-repair-from-visit');
    await toVisit.click();
    await page.getByRole('button', { name: `已转报修派工单 ${visitOrder.serialNo}` }).waitFor();

    await page.evaluate(`location.hash = '#/repairs/${callOrder.id}'`);
    const toCall = page.getByRole('button', { name: `来自电话 ${repairCall.serialNo}` });
    await toCall.waitFor();
    await toCall.click();
    await page.getByRole('button', { name: `已转报修派工单 ${callOrder.serialNo}` }).click();
    await page.getByRole('button', { name: `来自电话 ${repairCall.serialNo}` }).waitFor();
  });

  it('goes from a slip transferred as unclaimed to the found item it became and back', async () => {
    const { page } = app;
    const locations = await call<{ id: string; code: string }[]>('storage:locations', {});
    const deposited = await call<{ slip: Saved & { version: number } }>('storage:deposit', {
      depositorName: '郑女士',
      phone: '13966660005',
      description: '行李箱一个',
      pieces: 1,
      size: 'small',
      locationId: locations[0]?.id,
    });
    // Past the expected pickup and the unclaimed period (30 days by default): the supervisor hands it over.
    await app.advanceClock(40 * 24 * 3600_000);
    const slip = deposited.slip;
    await call('storage:transfer', { id: slip.id, version: slip.version, to: 'lost_found', reason: '超期无人认领' });
    const item = (
      await call<{ id: string; serialNo: string; fromStorageSerial: string | null }[]>('lostfound:list', {})
    ).find((i) => i.fromStorageSerial === slip.serialNo);
    if (!item) throw new Error('the found item did not arrive');
    await page.evaluate(`location.hash = '#/storage/${slip.id}'`);
    const toItem = page.getByRole('button', { name: `已转失物招领 ${item.serialNo}` });
    await toItem.waitFor();
    await screenshot(page, 'links-slip-to-lostfound');
    await toItem.click();
    const toSlip = page.getByRole('button', { name: `来自寄存单 ${slip.serialNo}` });
    await toSlip.waitFor();
    await screenshot(page, 'links-lostfound-from-slip');
    await toSlip.click();
    await page.getByRole('button', { name: `已转失物招领 ${item.serialNo}` }).waitFor();
  });

  it('goes from a found item to the loss report it was claimed against and back', async () => {
    const { page } = app;
    const item = await call<Saved & { version: number }>('lostfound:register', {
      category: 'umbrella',
      description: '黑色长柄伞',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      storagePlace: '失物柜 A',
    });
    const report = await call<Saved>('lostfound:report', {
      reporterName: '冯女士',
      phone: '13966660006',
      category: 'umbrella',
      description: '黑色伞',
      lostPlace: '三楼',
      lostFrom: app.now() - 3 * 3600_000,
      lostTo: app.now() - 3600_000,
    });
    await call('lostfound:claim', {
      id: item.id,
      version: item.version,
      claimantName: '冯女士',
      phone: '13966660006',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      claimDescription: '黑色长柄伞',
      reportId: report.id,
    });
    await page.evaluate(`location.hash = '#/lostfound/${item.id}'`);
    const toReport = page.getByRole('button', { name: `按寻物登记 ${report.serialNo} 认领` });
    await toReport.waitFor();
    await toReport.click();
    const toItem = page.getByRole('button', { name: `已认领失物 ${item.serialNo}` });
    await toItem.waitFor();
    await screenshot(page, 'links-report-to-lostfound');
    await toItem.click();
    await page.getByRole('button', { name: `按寻物登记 ${report.serialNo} 认领` }).waitFor();
  });
});
