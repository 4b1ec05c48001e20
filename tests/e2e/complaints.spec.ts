import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loginWithKeyboard, type RunningApp, screenshot, screenshotDir, startApp } from './harness';

type Saved = { id: string; serialNo: string; version: number };

/**
 * Each test starts its own desk and makes what it needs (the complaint, at the stage it starts from) through the
 * channels, so a failure in one stays one failure: none of them reads what another left behind.
 */
describe('complaints in Chromium', () => {
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  /** A fresh desk with 李娜 (K002, a lead) logged in. */
  const deskWithLead = async (): Promise<RunningApp> => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K002', '2222');
    await app.page.getByLabel('clerk').waitFor();
    return app;
  };

  const call = async <T>(desk: RunningApp, channel: string, input: object): Promise<T> => {
    const result = await desk.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  };

  /** The phone complaint the first test takes in through the form, registered as that form does: 已受理. */
  const shoeComplaint = (desk: RunningApp) =>
    call<Saved>(desk, 'complaints:create', {
      channel: 'phone',
      customerName: '周先生',
      phone: '13912345678',
      type: 'product',
      reason: '在二楼专柜买的皮鞋穿两天就开胶，要求赔偿',
      demand: '退款并赔偿',
      urgency: 'urgent',
    });

  /** That complaint taken to 已结案 as the second test does on the screens: assigned to 王芳, compensated, visited. */
  const closedShoeComplaint = async (desk: RunningApp): Promise<Saved> => {
    const created = await shoeComplaint(desk);
    const [department] = await call<{ id: string }[]>(desk, 'settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>(desk, 'clerks:list', {});
    const idOf = (no: string) => clerks.find((c) => c.employeeNo === no)?.id;
    const { id } = created;
    let { version } = await call<Saved>(desk, 'complaints:assign', {
      id,
      version: created.version,
      departmentId: department?.id,
      clerkId: idOf('K001'),
    });
    ({ version } = await call<Saved>(desk, 'complaints:progress', { id, version, to: 'in_progress' }));
    ({ version } = await call<Saved>(desk, 'complaints:addEvent', {
      id,
      kind: 'note',
      text: '已与专柜核实，鞋底开胶属质量问题',
    }));
    ({ version } = await call<Saved>(desk, 'complaints:resolve', {
      id,
      version,
      cause: 'occasional',
      outcome: 'compensation',
      resolution: '专柜退款并赔偿 500 元',
      compensationFen: 50_000,
      approverId: idOf('K003'),
      approverPin: '3333',
      informedAt: desk.now(),
      informedHow: '电话',
      customerReaction: '接受',
    }));
    ({ version } = await call<Saved>(desk, 'complaints:returnVisit', {
      id,
      version,
      satisfaction: 'satisfied',
      result: '顾客已收到赔偿，表示满意',
    }));
    return call<Saved>(desk, 'complaints:close', { id, version });
  };

  /** Logs a call through the phone log's own channel, as the phone screen would; a string (no DOM types here). */
  const logComplaintCall = (page: RunningApp['page']) =>
    page.evaluate(`fetch('/api/calls%3Alog', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-front-desk-token': sessionStorage.getItem('frontDesk.token'),
        'x-front-desk-session': sessionStorage.getItem('frontDesk.session') },
      body: JSON.stringify({ direction: 'incoming', phone: '13912345678', callerName: '周先生', category: 'complaint',
        summary: '在二楼专柜买的皮鞋穿两天就开胶，要求赔偿' }),
    }).then((r) => r.json()).then((r) => r.ok)`);

  it('turns a phone complaint into a complaint and prints the acceptance receipt', async () => {
    const desk = await deskWithLead();
    const { page } = desk;
    expect(await logComplaintCall(page)).toBe(true);
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('tab', { name: '电话转投诉' }).click();
    await page.getByText('周先生 139****5678').waitFor();
    await page.getByRole('button', { name: '转为投诉' }).click();
    const form = page.getByRole('form', { name: /转为投诉/ });
    await form.waitFor();
    expect(await form.getByLabel('顾客姓名').inputValue()).toBe('周先生');
    expect(await form.getByLabel('投诉渠道').inputValue()).toBe('phone');
    expect(await form.getByLabel('投诉缘由').inputValue()).toContain('皮鞋');
    await form.getByLabel('客户要求').fill('退款并赔偿');
    await form.getByLabel('紧急程度').selectOption({ label: '急' });
    await form.getByText(/按紧急程度默认：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
    await screenshot(page, 'complaints-form');
    await form.getByLabel('顾客姓名').focus();
    await page.keyboard.press('Enter');
    await page.getByText(/投诉已登记：TS-XH-\d{8}-0001/).waitFor();
    const detail = page.getByLabel(/^TS-XH-\d{8}-0001$/);
    await detail.getByText('已受理').first().waitFor();
    // 首问责任制: the lead who took it is its 首问责任人; nobody is assigned yet.
    expect(await detail.textContent()).toContain('首问责任人李娜');
    expect(await detail.textContent()).toContain('责任人尚未指派');

    await detail.getByRole('button', { name: '打印受理回执' }).click();
    await page.getByTestId('complaint-receipt').waitFor({ state: 'attached' });
    await desk.waitForPrints(1);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-receipt-')), 'receipt.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('客户投诉受理回执');
    expect(text).toMatch(/TS-XH-\d{8}-0001/);
    expect(text).toContain('承诺办理期限');
    expect(text).toMatch(/首问责任人\s+李娜\s+责任人\s+尚未指派/);
    expect(text).toContain('139****5678');
    expect(text).not.toContain('13912345678');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(screenshotDir, 'complaints-receipt')]);
    await detail.getByRole('button', { name: '补打受理回执' }).waitFor();
    // Not closed: there is no handling record to print yet.
    expect(await detail.getByRole('button', { name: '打印处理记录表' }).count()).toBe(0);
  });

  it('assigns, handles, compensates with approval, return-visits and closes it', async () => {
    const desk = await deskWithLead();
    const { page } = desk;
    const created = await shoeComplaint(desk);
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(created.serialNo) }).click();
    const detail = page.getByLabel(/^TS-XH-\d{8}-0001$/);
    await detail.getByText('已受理').first().waitFor();
    await detail.getByRole('button', { name: '指派' }).click();
    const assign = page.getByRole('form', { name: '指派' });
    await assign.getByLabel('责任部门').selectOption({ index: 1 });
    await assign.getByLabel('责任人').selectOption({ label: '王芳（前台客服）' });
    await assign.getByRole('button', { name: '保存' }).click();
    await detail.getByText('已指派').first().waitFor();
    // Assigning names the 责任人 and leaves the 首问责任人 as it was, on the detail and in the list.
    await detail.getByText(/王芳 · /).waitFor();
    expect(await detail.textContent()).toContain('首问责任人李娜');
    const listed = page.getByRole('row', { name: /TS-XH-\d{8}-0001/ });
    await listed.getByText('王芳', { exact: true }).waitFor();
    await listed.getByText('李娜', { exact: true }).waitFor();
    await detail.getByRole('button', { name: '开始处理' }).click();
    await detail.getByRole('button', { name: '处理完毕' }).waitFor();

    await detail.getByRole('button', { name: '添加记录' }).click();
    const note = page.getByRole('form', { name: '添加记录' });
    await note.getByLabel('内容').fill('已与专柜核实，鞋底开胶属质量问题');
    await note.getByLabel('内容').press('Control+Enter');
    await detail.getByText('已与专柜核实，鞋底开胶属质量问题').waitFor();

    await detail.getByRole('button', { name: '处理完毕' }).click();
    const resolve = page.getByRole('form', { name: '处理完毕' });
    await resolve.getByLabel('处理结果').selectOption({ label: '赔偿' });
    await resolve.getByLabel('赔偿金额（元）').fill('500');
    await resolve.getByLabel('处理方案').fill('专柜退款并赔偿 500 元');
    await resolve.getByLabel('告知方式').fill('电话');
    await resolve.getByLabel('顾客反应').fill('接受');
    await resolve.getByRole('button', { name: '保存' }).click();
    // Above the desk's limit: refused at the approver field until a supervisor approves.
    await resolve.getByText('赔偿金额超出前台权限，须由主管或以上输入 PIN 码批准').waitFor();
    await resolve.getByLabel('批准人', { exact: true }).selectOption({ label: '张伟（主管）' });
    // A wrong approver's PIN is refused in the form (its field is the approver's, not one of this form's).
    await resolve.getByLabel('批准人 PIN').fill('0000');
    await resolve.getByRole('button', { name: '保存' }).click();
    await resolve.getByRole('alert').filter({ hasText: 'PIN 码错误' }).waitFor();
    await screenshot(page, 'complaints-resolve-wrong-pin');
    await resolve.getByLabel('批准人 PIN').fill('3333');
    await screenshot(page, 'complaints-resolve');
    await resolve.getByRole('button', { name: '保存' }).click();
    await detail.getByText('已解决').first().waitFor();
    await detail.getByText(/¥500\.00（张伟）/).waitFor();
    // Resolved, it waits in the 待回访 queue, counted on its tab, until the return visit is recorded.
    const table = page.getByRole('table', { name: '客户投诉' });
    await page.getByRole('tab', { name: '待回访 1' }).click();
    await table.getByRole('row', { name: /TS-XH-\d{8}-0001/ }).waitFor();
    await screenshot(page, 'complaints-return-visit-queue');

    await detail.getByRole('button', { name: '回访' }).click();
    const visit = page.getByRole('form', { name: '回访' });
    await visit.getByLabel('满意度').selectOption({ label: '满意' });
    await visit.getByLabel('回访结果').fill('顾客已收到赔偿，表示满意');
    await visit.getByRole('button', { name: '保存' }).click();
    await detail.getByText('已回访').first().waitFor();
    await page.getByRole('tab', { name: '待回访', exact: true }).waitFor();
    await expect.poll(() => table.getByRole('row', { name: /TS-XH-\d{8}-0001/ }).count()).toBe(0);
    await page.getByRole('tab', { name: '待办投诉' }).click();
    await detail.getByRole('button', { name: '结案' }).click();
    await page.getByRole('form', { name: '结案' }).getByRole('button', { name: '保存' }).click();
    await detail.getByText('已结案').first().waitFor();
    // Closed: nothing left due, so the header badge is gone.
    await expect.poll(() => page.getByRole('button', { name: /投诉(将到期|逾期)/ }).count()).toBe(0);
    await screenshot(page, 'complaints-closed');
    // Closed, it leaves the work list and is found under 全部投诉.
    const list = page.getByRole('table', { name: '客户投诉' });
    await expect.poll(() => list.getByRole('row', { name: /TS-XH-\d{8}-0001/ }).count()).toBe(0);
    await page.getByRole('tab', { name: '全部投诉' }).click();
    await list.getByRole('row', { name: /TS-XH-\d{8}-0001/ }).waitFor();
    await page.getByRole('tab', { name: '待办投诉' }).click();
  });

  /** The print layout of the page as a PDF on A4, and its text (layout kept). */
  const printedText = async (page: RunningApp['page'], name: string) => {
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-filing-')), `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(screenshotDir, name)]);
    return {
      text: execFileSync('pdftotext', ['-layout', pdf, '-']).toString(),
      pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]),
    };
  };

  it('prints the closed complaint as the 客户投诉登记表 and the 投诉处理记录表 for the office file', async () => {
    const desk = await deskWithLead();
    const { page } = desk;
    await closedShoeComplaint(desk);
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('tab', { name: '全部投诉' }).click();
    await page.getByRole('row', { name: /TS-XH-\d{8}-0001/ }).click();
    const detail = page.getByLabel(/^TS-XH-\d{8}-0001$/);
    await detail.getByText('已结案').first().waitFor();
    const prints = await desk.printCount();

    await detail.getByRole('button', { name: '打印登记表' }).click();
    await page.getByTestId('complaint-registration').waitFor({ state: 'attached' });
    await desk.waitForPrints(prints + 1);
    const registration = await printedText(page, 'complaints-registration');
    expect(registration.pages).toBe(1);
    const form = registration.text;
    expect(form).toContain('客户投诉登记表');
    expect(form).toMatch(/受理编号\s+TS-XH-\d{8}-0001\s+受理日期\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(form).toMatch(/投诉客户姓名\s+周先生\s+联系电话\s+139\*\*\*\*5678/);
    expect(form).not.toContain('13912345678');
    // The choices as the paper form has them: every type and urgency, the one that applies ticked.
    expect(form).toMatch(/☑\s*商品\s+☐\s*服务/);
    expect(form).toMatch(/☐\s*特急\s+☑\s*急\s+☐\s*普通/);
    expect(form).toMatch(/☑\s*受理\s+☐\s*不予受理/);
    expect(form).toContain('皮鞋');
    expect(form).toMatch(/客户要求\s+退款并赔偿/);
    expect(form).toMatch(/制表：李娜\s+审核：_+/);
    await detail.getByRole('button', { name: '补打登记表' }).waitFor();

    await detail.getByRole('button', { name: '打印处理记录表' }).click();
    await page.getByTestId('complaint-record').waitFor({ state: 'attached' });
    await desk.waitForPrints(prints + 2);
    const record = await printedText(page, 'complaints-record');
    expect(record.pages).toBe(1);
    const sheet = record.text;
    // Only this sheet is on the paper: the registration form left the page.
    expect(sheet).not.toContain('客户投诉登记表');
    expect(sheet).toContain('投诉处理记录表');
    expect(sheet).toMatch(/投诉编号\s+TS-XH-\d{8}-0001\s+投诉类型\s+商品/);
    expect(sheet).toMatch(/承办人\s+王芳 · \S+\s+承办主管\s+李娜/);
    expect(sheet).toMatch(/首问责任人\s+李娜/);
    expect(sheet).toContain('139****5678');
    expect(sheet).not.toContain('13912345678');
    // The course of handling from the timeline, then cause, outcome, compensation with its approver, the return visit.
    expect(sheet).toContain('已与专柜核实，鞋底开胶属质量问题');
    expect(sheet).toMatch(/本方意见\s+专柜退款并赔偿 500 元/);
    expect(sheet).toMatch(/最后对策\s+赔偿\s+赔偿金额\s+¥500\.00（张伟 批准）/);
    expect(sheet).toMatch(/回访\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2} · 满意：顾客已收到赔偿，表示满意/);
    expect(sheet).toMatch(/结案日期\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(sheet).toMatch(/制表：李娜\s+审核：_+/);
    await detail.getByRole('button', { name: '补打处理记录表' }).waitFor();
    await page.getByRole('tab', { name: '待办投诉' }).click();
  });

  it('shows the closed complaint in the statistics', async () => {
    const desk = await deskWithLead();
    const { page } = desk;
    await closedShoeComplaint(desk);
    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('tab', { name: '统计' }).click();
    await expect.poll(() => page.getByTestId('stat-received').first().textContent()).toBe('1');
    expect(await page.getByTestId('stat-resolved').first().textContent()).toBe('1');
    expect(await page.getByTestId('stat-resolutionRate').first().textContent()).toBe('100.0%');
    expect(await page.getByTestId('stat-compensation').first().textContent()).toBe('¥500.00');
    await page.getByRole('cell', { name: '满意', exact: true }).first().waitFor();
    await screenshot(page, 'complaints-stats');
    await page.getByRole('tab', { name: '期限设置' }).click();
    expect(await page.getByLabel('普通 单位').inputValue()).toBe('working_days');
    await screenshot(page, 'complaints-settings');
  });
  it('waits for the customer overnight: the deadline moves by the desk hours waited, not the night', async () => {
    // Tuesday 21:00, an hour before closing (22:00): a wait until 10:00 the next morning is 1 h 30 of desk time.
    app = await startApp({ at: '2026-12-01T21:00:00+08:00' });
    const desk = app;
    const { page } = desk;
    await loginWithKeyboard(page, 'K002', '2222');
    await page.getByLabel('clerk').waitFor();
    const created = await shoeComplaint(desk);
    const [department] = await call<{ id: string }[]>(desk, 'settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>(desk, 'clerks:list', {});
    const assigned = await call<Saved>(desk, 'complaints:assign', {
      id: created.id,
      version: created.version,
      departmentId: department?.id,
      clerkId: clerks.find((c) => c.employeeNo === 'K001')?.id,
    });
    await call<Saved>(desk, 'complaints:progress', { id: created.id, version: assigned.version, to: 'in_progress' });

    await page.keyboard.press('F8');
    await page.getByRole('heading', { name: '客户投诉', exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(created.serialNo) }).click();
    const detail = page.getByLabel(created.serialNo, { exact: true });
    await detail.getByRole('button', { name: '等待顾客' }).click();
    const wait = page.getByRole('form', { name: '等待顾客' });
    await wait.getByLabel('等待原因').fill('等顾客提供购物小票');
    await wait.getByRole('button', { name: '保存' }).click();
    await detail.getByText(/等待顾客，期限顺延中/).waitFor();
    await screenshot(page, 'complaints-waiting');

    // The next morning at 10:00: the night the desk was shut moved nothing.
    await desk.advanceClock(13 * 3_600_000);
    await detail.getByRole('button', { name: '恢复处理' }).click();
    await detail.getByText(/等待顾客，期限顺延 1 小时 [23]\d 分（只计营业时间）/).waitFor();
    expect(await detail.textContent()).not.toMatch(/期限顺延 13 小时/);
    const resumed = await call<{ deadlineMovedMs: number; pausedMs: number }>(desk, 'complaints:get', {
      id: created.id,
    });
    // Moved by the desk time (about 90 minutes, the seconds between the steps aside); the 13 hours on the clock are
    // kept as the time paused, which is not what moved it.
    expect(resumed.deadlineMovedMs / 60_000).toBeGreaterThan(85);
    expect(resumed.deadlineMovedMs / 60_000).toBeLessThan(95);
    expect(resumed.pausedMs / 60_000).toBeGreaterThan(13 * 60 - 5);
    await screenshot(page, 'complaints-waited');
  });
});
