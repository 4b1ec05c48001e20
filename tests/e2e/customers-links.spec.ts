import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeNotifications,
  expectLabelsOnly,
  loginWithKeyboard,
  type RunningApp,
  screenshot,
  startApp,
} from './harness';

async function go(page: Page, hash: string) {
  await page.evaluate(`window.location.hash = '${hash}'`);
}

describe('customer files and surveys from the visit, complaint and repair records, in Chromium', () => {
  let app: RunningApp;
  const made = { visit: '', complaint: '', complaintSerial: '', repair: '', repairSerial: '' };

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByText('张伟').first().waitFor();
    made.visit = (
      await call<{ id: string }>('reception:register', {
        visitorName: '欧阳来访',
        phone: '13966660001',
        purpose: 'enquiry',
        notes: '找物业经理',
      })
    ).id;
    // A closed complaint (no return visit possible), and a completed repair order.
    const complaint = await call<{ id: string; version: number; serialNo: string }>('complaints:create', {
      channel: 'in_person',
      customerName: '欧阳投诉',
      phone: '13966660002',
      type: 'product',
      reason: '电饭煲不能加热',
      demand: '退货',
      urgency: 'normal',
    });
    made.complaint = complaint.id;
    made.complaintSerial = complaint.serialNo;
    const departments = await call<{ id: string }[]>('settings:list', { kind: 'departments' });
    const clerks = await call<{ id: string; employeeNo: string }[]>('clerks:list', {});
    const me = clerks.find((c) => c.employeeNo === 'K003') as { id: string };
    let version = (
      await call<{ version: number }>('complaints:assign', {
        id: complaint.id,
        version: complaint.version,
        departmentId: departments[0]?.id,
        clerkId: me.id,
      })
    ).version;
    version = (await call<{ version: number }>('complaints:progress', { id: complaint.id, version, to: 'in_progress' }))
      .version;
    version = (
      await call<{ version: number }>('complaints:resolve', {
        id: complaint.id,
        version,
        cause: 'occasional',
        outcome: 'return',
        resolution: '专柜同意退货',
        compensationFen: 0,
        informedAt: app.now(),
        informedHow: '电话',
        customerReaction: '接受',
      })
    ).version;
    await call('complaints:close', { id: complaint.id, version, noReturnVisitReason: '顾客不愿回访' });
    const teams = await call<{ id: string }[]>('repairs:teams', {});
    const order = await call<{ id: string; serialNo: string }>('repairs:create', {
      locationKind: 'unit',
      location: '3 栋 1202',
      category: 'plumbing_electric',
      urgency: 'normal',
      description: '厨房水管漏水',
      reporterName: '欧阳报修',
      phone: '13966660003',
    });
    made.repair = order.id;
    made.repairSerial = order.serialNo;
    await call('repairs:dispatch', { id: order.id, teamId: teams[0]?.id, note: '' });
    await call('repairs:arrive', { id: order.id });
    await call('repairs:complete', {
      id: order.id,
      workDone: '更换阀门',
      materials: '',
      fee: '',
      customerConfirmed: true,
    });
    await call('customers:saveSurveyForm', {
      name: '售后服务评价表',
      questions: [
        { kind: 'satisfaction', text: '对本次服务是否满意' },
        { kind: 'free_text', text: '意见和建议', required: false },
      ],
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('offers 建立客户档案 on a visit, a complaint and a repair order, filled in from the record', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '新建客户档案' });
    const expectPrefilled = async (name: string, phone: string) => {
      await form.waitFor();
      expect(await form.getByRole('textbox', { name: '姓名' }).inputValue()).toBe(name);
      expect(await form.getByRole('textbox', { name: '电话', exact: true }).inputValue()).toBe(phone);
    };
    await go(page, `#/reception/${made.visit}`);
    await page.getByRole('button', { name: '建立客户档案' }).click();
    await expectPrefilled('欧阳来访', '13966660001');
    await go(page, `#/repairs/${made.repair}`);
    await page.getByRole('button', { name: '建立客户档案' }).click();
    await expectPrefilled('欧阳报修', '13966660003');
    await go(page, `#/complaints/${made.complaint}`);
    await page.getByRole('button', { name: '建立客户档案' }).click();
    await expectPrefilled('欧阳投诉', '13966660002');
    await screenshot(page, 'customers-from-complaint');
    await form.getByRole('button', { name: '保存档案' }).click();
    await page.getByText(/已建立客户档案 KH-XH-/).waitFor();
    await page.getByRole('heading', { name: /欧阳投诉/ }).waitFor();
    // The complaint is in the file's history; back on the complaint, the button opens the file instead.
    await page
      .getByRole('table', { name: /服务记录/ })
      .getByText(made.complaintSerial)
      .first()
      .waitFor();
    await go(page, `#/complaints/${made.complaint}`);
    await page.getByRole('button', { name: /^客户档案 KH-XH-/ }).waitFor();
    expect(await page.getByRole('button', { name: '建立客户档案' }).count()).toBe(0);
  });

  it('asks the satisfaction survey of a closed complaint and of a completed repair, linked to the record', async () => {
    const { page } = app;
    await go(page, `#/repairs/${made.repair}`);
    await page.getByRole('button', { name: '发起满意度调查' }).click();
    const survey = page.getByRole('form', { name: `${made.repairSerial} 的满意度调查` });
    await survey.waitFor();
    // A required question left out is refused at the question.
    await survey.getByRole('button', { name: '保存调查' }).click();
    await survey.getByText('请回答「对本次服务是否满意」').waitFor();
    await survey.getByRole('combobox', { name: '对本次服务是否满意' }).selectOption({ label: '比较满意' });
    await survey.getByRole('textbox', { name: '意见和建议（选答）' }).fill('师傅修得快');
    await screenshot(page, 'customers-survey-repair');
    await survey.getByRole('button', { name: '保存调查' }).click();
    await page.getByText(/满意度调查 DC-XH-\S+ 已保存/).waitFor();
    await survey.waitFor({ state: 'hidden' });
    // Answered, the button is a link to the survey's own panel (tests/e2e/survey-panel.spec.ts).
    await page.getByRole('button', { name: /^满意度调查 DC-XH-\S+（已调查）$/ }).click();
    await page.getByRole('table', { name: '回答' }).getByRole('row', { name: '对本次服务是否满意 比较满意' }).waitFor();
    await closeNotifications(page);

    await go(page, `#/complaints/${made.complaint}`);
    await page.getByRole('button', { name: '发起满意度调查' }).click();
    const about = page.getByRole('form', { name: `${made.complaintSerial} 的满意度调查` });
    await about.getByRole('combobox', { name: '对本次服务是否满意' }).selectOption({ label: '不满意' });
    await about.getByRole('textbox', { name: '意见和建议（选答）' }).fill('处理太慢');
    await about.getByRole('button', { name: '保存调查' }).click();
    await page.getByText(/满意度调查 DC-XH-\S+ 已保存/).waitFor();
    await page.getByRole('button', { name: /^满意度调查 DC-XH-\S+（已调查）$/ }).waitFor();
    await closeNotifications(page);
    await screenshot(page, 'customers-survey-complaint');
    await expectLabelsOnly(page, 'complaint with survey');
    // Linked to the records: each is answered once, about its own record.
    const ofRepair = await call<{ sourceSerial: string }[]>('customers:surveysOf', {
      sourceModule: 'repairs',
      sourceRef: made.repair,
    });
    expect(ofRepair.map((r) => r.sourceSerial)).toEqual([made.repairSerial]);
    const ofComplaint = await call<{ sourceSerial: string }[]>('customers:surveysOf', {
      sourceModule: 'complaints',
      sourceRef: made.complaint,
    });
    expect(ofComplaint.map((r) => r.sourceSerial)).toEqual([made.complaintSerial]);
  });
});
