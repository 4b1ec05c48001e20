import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { closeComplaint, getComplaintDetail, resolveComplaint } from '../../electron/services/complaints';
import { answerSurvey, saveSurveyForm, surveysOfSource } from '../../electron/services/customers';
import {
  claimItem,
  getItem,
  getReport,
  listItems,
  registerItem,
  reportLoss,
  voidReport,
} from '../../electron/services/lostfound';
import { getVisit } from '../../electron/services/reception/visit-queries';
import { voidVisit } from '../../electron/services/reception/visits';
import { getOrder, voidOrder } from '../../electron/services/repairs';
import { getSlip, transferSlip, voidSlip } from '../../electron/services/storage';
import { answerSurveyInput, surveyFormInput } from '../../shared/contract/customers';
import { claimInput, listItemsInput, registerItemInput } from '../../shared/contract/lostfound';
import { freshDesk, type TestDesk } from '../helpers/db';
import { register } from '../helpers/reception';
import { fileOrder } from '../helpers/repairs';
import { addLocation, bags, count, DAY, deposit, refusal } from '../helpers/storage';
import { fileComplaint, resolveArgs, toInProgress } from './complaints-helpers';

// Links between records of different modules: each stored on one side, audited, and read back on both.

const MISSING = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

/** The audit entries of a record whose changes set `field` to `value`. */
const linkEntries = (desk: TestDesk, entity: string, id: string, field: string, value: string) =>
  auditHistory(desk.ctx.sqlite, entity, id).filter((e) => {
    const change = (e.changes as Record<string, unknown>)[field];
    return Array.isArray(change) ? change[1] === value : change === value;
  });

describe('links between records', () => {
  it('a visit names the complaint it became, the complaint its visit, the link audited on the visit', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { purpose: 'complaint', notes: '商场电梯夹伤' });
    expect([visit.complaintId, visit.complaintSerial]).toEqual([null, null]);
    const complaint = fileComplaint(desk, { channel: 'in_person', visitId: visit.id });
    expect(getVisit(desk.ctx, visit.id)).toMatchObject({
      complaintId: complaint.id,
      complaintSerial: complaint.serialNo,
    });
    expect(getComplaintDetail(desk.ctx, complaint.id)).toMatchObject({
      visitId: visit.id,
      visitSerial: visit.serialNo,
      callId: null,
    });
    const [linked] = linkEntries(desk, 'visits', visit.id, 'complaintId', complaint.id);
    expect(linked?.note).toBe('complaint_linked');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('refuses a complaint from a voided or missing visit, and links nothing', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { purpose: 'complaint' });
    voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: visit.id, reason: '登记错误' });
    const complaints = count(desk, 'complaints');
    expect(refusal(() => fileComplaint(desk, { visitId: visit.id }))).toMatchObject({
      messageKey: 'errors.complaintSourceVoided',
      field: 'visitId',
    });
    expect(refusal(() => fileComplaint(desk, { visitId: MISSING })).field).toBe('visitId');
    expect(count(desk, 'complaints')).toBe(complaints);
    expect(getVisit(desk.ctx, visit.id).complaintId).toBeNull();
  });

  it('a visit names its work order and the order its visit; a voided order is no longer named', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { purpose: 'repair', repairLocation: '3 栋 1202' });
    expect([visit.repairOrderId, visit.repairOrderSerial]).toEqual([null, null]);
    const order = fileOrder(desk, { visitId: visit.id });
    expect(getVisit(desk.ctx, visit.id)).toMatchObject({ repairOrderId: order.id, repairOrderSerial: order.serialNo });
    expect(getOrder(desk.ctx, order.id)).toMatchObject({
      source: 'visit',
      visitId: visit.id,
      visitSerialNo: visit.serialNo,
      callId: null,
    });
    // The order's creation carries its source, in the audit log.
    const [created] = linkEntries(desk, 'repairOrders', order.id, 'visitId', visit.id);
    expect(created?.action).toBe('create');
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: order.id, reason: '重复报修' });
    expect(getVisit(desk.ctx, visit.id).repairOrderId).toBeNull();
    // A second order from the same visit is named once the first is voided.
    const again = fileOrder(desk, { visitId: visit.id });
    expect(getVisit(desk.ctx, visit.id).repairOrderSerial).toBe(again.serialNo);
  });

  it('refuses a work order from a voided or missing visit, writing nothing', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { purpose: 'repair', repairLocation: '3 栋 1202' });
    voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: visit.id, reason: '登记错误' });
    const orders = count(desk, 'repair_orders');
    expect(refusal(() => fileOrder(desk, { visitId: visit.id })).messageKey).toBe('errors.repairSourceVoided');
    expect(refusal(() => fileOrder(desk, { visitId: MISSING })).field).toBe('visitId');
    expect(refusal(() => fileOrder(desk, { callId: MISSING })).field).toBe('callId');
    expect(count(desk, 'repair_orders')).toBe(orders);
    expect(getVisit(desk.ctx, visit.id).repairOrderId).toBeNull();
  });

  it('a slip transferred as unclaimed names the found item it became, and the item its slip', async () => {
    const desk = await freshDesk();
    const { slip } = deposit(desk, bags(addLocation(desk, 'L-09').id));
    expect([slip.lostfoundItemId, slip.lostfoundItemSerial]).toEqual([null, null]);
    desk.clock.advance(40 * DAY);
    const supervisor = desk.clerkByRole('supervisor');
    const moved = transferSlip(desk.ctx, supervisor, { id: slip.id, to: 'lost_found', reason: '超期无人认领' });
    const [item] = listItems(desk.ctx, listItemsInput.parse({}));
    if (!item) throw new Error('no item received');
    expect(moved).toMatchObject({ lostfoundItemId: item.id, lostfoundItemSerial: item.serialNo });
    expect(getItem(desk.ctx, item.id)).toMatchObject({ sourceSlipId: slip.id, fromStorageSerial: slip.serialNo });
    const [created] = linkEntries(desk, 'lostfoundItems', item.id, 'sourceSlipId', slip.id);
    expect(created?.action).toBe('create');
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('a slip disposed of or voided names no found item, and a voided slip is not transferred', async () => {
    const desk = await freshDesk();
    const location = addLocation(desk, 'L-09', true).id;
    const { slip: disposed } = deposit(desk, bags(location));
    const { slip: voided } = deposit(desk, bags(location));
    voidSlip(desk.ctx, desk.clerkByRole('lead'), { id: voided.id, reason: '登记错误' });
    desk.clock.advance(40 * DAY);
    const supervisor = desk.clerkByRole('supervisor');
    transferSlip(desk.ctx, supervisor, { id: disposed.id, to: 'disposal', reason: '超期无人认领' });
    expect(getSlip(desk.ctx, disposed.id).lostfoundItemId).toBeNull();
    expect(
      refusal(() => transferSlip(desk.ctx, supervisor, { id: voided.id, to: 'lost_found', reason: '超期' })).messageKey,
    ).toBe('errors.slipVoided');
    expect(getSlip(desk.ctx, voided.id).lostfoundItemId).toBeNull();
    expect(count(desk, 'lostfound_items')).toBe(0);
  });

  it('a closed complaint and a completed repair name their satisfaction survey; one about a missing record is refused', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const clerk = desk.clerkByRole('clerk');
    const form = saveSurveyForm(
      desk.ctx,
      supervisor,
      surveyFormInput.parse({ name: '售后服务评价表', questions: [{ kind: 'satisfaction', text: '是否满意' }] }),
    );
    const questionId = form.questions[0]?.id ?? '';
    const ask = (sourceModule: 'complaints' | 'repairs', sourceRef: string) =>
      answerSurvey(
        desk.ctx,
        clerk,
        answerSurveyInput.parse({
          formId: form.id,
          sourceModule,
          sourceRef,
          answers: [{ questionId, level: 'satisfied' }],
        }),
      );
    const complaint = toInProgress(desk);
    resolveComplaint(desk.ctx, clerk, resolveArgs(complaint.id, desk));
    closeComplaint(desk.ctx, clerk, { id: complaint.id, noReturnVisitReason: '现场已确认' });
    const survey = ask('complaints', complaint.id);
    expect(surveysOfSource(desk.ctx, 'complaints', complaint.id)).toMatchObject([
      { id: survey.id, serialNo: survey.serialNo, sourceSerial: complaint.serialNo },
    ]);
    const [created] = linkEntries(desk, 'surveyResponses', survey.id, 'sourceRef', complaint.id);
    expect(created?.action).toBe('create');
    const responses = count(desk, 'survey_responses');
    expect(refusal(() => ask('complaints', MISSING)).messageKey).toBe('errors.complaintNotFound');
    expect(refusal(() => ask('repairs', MISSING)).messageKey).toBe('errors.repairNotFound');
    // A voided order is not surveyed.
    const order = fileOrder(desk);
    voidOrder(desk.ctx, desk.clerkByRole('lead'), { id: order.id, reason: '重复报修' });
    expect(refusal(() => ask('repairs', order.id)).messageKey).toBe('errors.surveySourceNotDone');
    expect(count(desk, 'survey_responses')).toBe(responses);
    expect(surveysOfSource(desk.ctx, 'repairs', order.id)).toEqual([]);
  });
});

describe('a found item claimed against a loss report', () => {
  const umbrella = {
    category: 'umbrella',
    description: '黑色长柄伞',
    foundPlace: '三楼女装区',
    finderKind: 'cleaner',
    storagePlace: '失物柜 A',
  } as const;
  const lost = (desk: TestDesk) =>
    reportLoss(desk.ctx, desk.clerkByRole('clerk'), {
      reporterName: '赵敏',
      phone: '13912345678',
      category: 'umbrella',
      description: '黑色伞',
      lostPlace: '',
      lostFrom: desk.clock.now() - 3600_000,
      lostTo: desk.clock.now(),
    });
  const claim = (desk: TestDesk, id: string, reportId: string) =>
    claimItem(
      desk.ctx,
      desk.clerkByRole('clerk'),
      claimInput.parse({
        id,
        version: 1,
        claimantName: '赵敏',
        phone: '13912345678',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        claimDescription: '黑色长柄伞',
        reportId,
      }),
    );

  it('names its report, and the report the item; both changes audited', async () => {
    const desk = await freshDesk();
    const item = registerItem(desk.ctx, desk.clerkByRole('clerk'), registerItemInput.parse(umbrella));
    const report = lost(desk);
    expect(getReport(desk.ctx, report.id).itemId).toBeNull();
    const claimed = claim(desk, item.id, report.id);
    expect(claimed).toMatchObject({ claimReportId: report.id, claimReportSerial: report.serialNo });
    expect(getReport(desk.ctx, report.id)).toMatchObject({ itemId: item.id, itemSerial: item.serialNo });
    expect(linkEntries(desk, 'lostfoundItems', item.id, 'claimReportId', report.id)).toHaveLength(1);
    expect(linkEntries(desk, 'lostfoundReports', report.id, 'itemId', item.id)).toHaveLength(1);
  });

  it('refuses a claim against a voided report, linking neither', async () => {
    const desk = await freshDesk();
    const item = registerItem(desk.ctx, desk.clerkByRole('clerk'), registerItemInput.parse(umbrella));
    const report = lost(desk);
    voidReport(desk.ctx, desk.clerkByRole('lead'), { id: report.id, reason: '失主已找到' });
    expect(refusal(() => claim(desk, item.id, report.id)).messageKey).toBe('errors.lostfoundReportClosed');
    expect(getItem(desk.ctx, item.id)).toMatchObject({ status: 'held', claimReportId: null });
    expect(getReport(desk.ctx, report.id).itemId).toBeNull();
  });
});

describe('the slip finds the item its goods became by an index', () => {
  it('reads lost-and-found items by their source slip through lostfound_items_source_slip', async () => {
    const desk = await freshDesk();
    const plan = desk.ctx.sqlite
      .prepare('explain query plan select id from lostfound_items where source_slip_id = ? order by created_at limit 1')
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('lostfound_items_source_slip');
  });
});
