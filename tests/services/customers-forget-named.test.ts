import { describe, expect, it } from 'vitest';
import { closeLostChild, logAnnouncement, recordStep } from '../../electron/services/announcements';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { recordAuditProblem } from '../../electron/services/audit/verify-record';
import { addComplaintEvent } from '../../electron/services/complaints/handling';
import { answerSurvey, createFile, forgetFile, loadFile, saveSurveyForm } from '../../electron/services/customers';
import { lend, saveKind, saveLoanItem } from '../../electron/services/loans';
import { pickUpGoods } from '../../electron/services/storage';
import { closeLostChildInput, logAnnouncementInput, stepInput } from '../../shared/contract/announcements';
import {
  answerSurveyInput,
  createCustomerInput,
  forgetCustomerInput,
  surveyFormInput,
} from '../../shared/contract/customers';
import { lendInput, loanItemInput, loanKindInput } from '../../shared/contract/loans';
import { pickupInput } from '../../shared/contract/storage';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, deposit } from '../helpers/storage';
import { fileComplaint } from './complaints-helpers';

const NAME = '东方遗忘';
const PHONE = '13966661111';
const ID = '11010519491231002X';

const person = (desk: TestDesk) =>
  createFile(
    desk.ctx,
    desk.clerkByRole('clerk'),
    createCustomerInput.parse({ name: NAME, phones: [{ phone: PHONE }] }),
  );
const forget = (desk: TestDesk, id: string) =>
  forgetFile(
    desk.ctx,
    desk.clerkByRole('supervisor'),
    forgetCustomerInput.parse({
      id,
      version: loadFile(desk.ctx, id).version,
      reason: '客户书面申请',
      approval: { clerkId: desk.clerkByRole('lead').clerkId, pin: demoPin('lead') },
    }),
  );
const log = (desk: TestDesk, entity: string, id: string) =>
  JSON.stringify(
    desk.ctx.sqlite.prepare('select changes, note from audit_log where entity = ? and entity_id = ?').all(entity, id),
  );
const row = (desk: TestDesk, table: string, id: string) =>
  desk.ctx.sqlite.prepare(`select * from ${table} where id = ?`).get(id) as Record<string, unknown>;

describe('the erasure reaches people named without their phone', () => {
  it('the collector of the person’s own deposit; a namesake collecting someone else’s goods is kept', async () => {
    const desk = await freshDesk();
    const file = person(desk);
    const own = deposit(desk, { ...bags(addLocation(desk, 'A01').id), depositorName: NAME, phone: PHONE });
    const other = deposit(desk, {
      ...bags(addLocation(desk, 'A02').id),
      depositorName: '路人甲',
      phone: '13955552222',
    });
    const clerk = desk.clerkByRole('clerk');
    const pick = (id: string, claimCode: string) =>
      pickUpGoods(
        desk.ctx,
        clerk,
        pickupInput.parse({ id, pieces: 2, collectorName: NAME, proof: 'claim_code', claimCode }),
      ).pickups[0]?.id ?? '';
    const ownPickup = pick(own.slip.id, own.claimCode);
    const namesake = pick(other.slip.id, other.claimCode);
    expect(log(desk, 'storagePickups', ownPickup)).toContain(NAME);
    forget(desk, file.id);
    expect(row(desk, 'storage_pickups', ownPickup)).toMatchObject({ collector_name: '***' });
    expect(log(desk, 'storagePickups', ownPickup)).not.toContain(NAME);
    expect(row(desk, 'storage_pickups', namesake)).toMatchObject({ collector_name: NAME });
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('a collector with the person’s ID, under another name, on another clerk’s record: matched by the ID hash', async () => {
    const desk = await freshDesk();
    const file = person(desk);
    // The person's own record, by a clerk: a loan against their ID, under their number.
    const supervisor = desk.clerkByRole('supervisor');
    const kind = saveKind(
      desk.ctx,
      supervisor,
      loanKindInput.parse({ name: '轮椅', deposit: '0', loanDays: 1, overdueFee: '0' }),
    );
    const item = saveLoanItem(desk.ctx, supervisor, loanItemInput.parse({ kindId: kind.id, code: 'LY-01' }));
    lend(
      desk.ctx,
      desk.clerkByRole('clerk'),
      lendInput.parse({
        itemId: item.id,
        borrowerName: NAME,
        phone: PHONE,
        guarantee: 'id',
        idType: 'resident_id',
        idNumber: ID,
      }),
    );
    // Someone else's deposits whose slips were lost, handed back by a lead: one to a collector showing the person's
    // ID under another name, one to a collector with another ID.
    const lead = desk.clerkByRole('lead');
    const pick = (locationCode: string, collectorName: string, idNumber: string) => {
      const slip = deposit(desk, {
        ...bags(addLocation(desk, locationCode).id),
        depositorName: '路人甲',
        phone: '13955552222',
      });
      return (
        pickUpGoods(
          desk.ctx,
          lead,
          pickupInput.parse({
            id: slip.slip.id,
            pieces: 2,
            collectorName,
            // The slip lost: the collector's ID is checked and kept (as a hash), a supervisor approves.
            proof: 'lost_slip',
            collectorIdType: 'resident_id',
            collectorIdNumber: idNumber,
            approval: { clerkId: supervisor.clerkId, pin: demoPin('supervisor') },
          }),
        ).pickups[0]?.id ?? ''
      );
    };
    const sameId = pick('A01', '东方女士', ID);
    const otherId = pick('A02', '西门先生', '110101199003071233');
    expect(row(desk, 'storage_pickups', sameId).collector_id_hash).toEqual(expect.any(String));
    forget(desk, file.id);
    expect(row(desk, 'storage_pickups', sameId)).toMatchObject({ collector_name: '***', collector_id_hash: null });
    expect(log(desk, 'storagePickups', sameId)).not.toContain('东方女士');
    expect(row(desk, 'storage_pickups', otherId)).toMatchObject({ collector_name: '西门先生' });
    expect(row(desk, 'storage_pickups', otherId).collector_id_hash).toEqual(expect.any(String));
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('the guardian a lost child was handed to, when it is the person who asked: name, relation, ID gone', async () => {
    const desk = await freshDesk();
    const file = person(desk);
    const clerk = desk.clerkByRole('clerk');
    const child = logAnnouncement(
      desk.ctx,
      clerk,
      logAnnouncementInput.parse({
        kind: 'lost_child',
        text: '乐乐小朋友请到总台',
        requesterName: NAME,
        requesterPhone: PHONE,
        childName: '乐乐',
        childAge: 5,
        childGender: 'boy',
        childDescription: '红色外套',
        lastSeenPlace: '三楼游乐区',
      }),
    );
    recordStep(desk.ctx, clerk, stepInput.parse({ id: child.id, step: 'found', who: '保洁 张阿姨' }));
    const version = (row(desk, 'announcements', child.id).version as number) ?? 1;
    closeLostChild(
      desk.ctx,
      clerk,
      closeLostChildInput.parse({
        id: child.id,
        version,
        outcome: 'guardian',
        handedToName: NAME,
        handedToRelation: '母亲',
        idType: 'resident_id',
        idNumber: ID,
      }),
    );
    const masked = row(desk, 'announcements', child.id).handed_to_id_masked as string;
    expect(masked.length).toBeGreaterThan(8);
    forget(desk, file.id);
    expect(row(desk, 'announcements', child.id)).toMatchObject({
      handed_to_name: '***',
      handed_to_relation: '***',
      handed_to_id_masked: '***',
      handed_to_id_hash: null,
    });
    const entries = log(desk, 'announcements', child.id);
    for (const text of [NAME, masked, '母亲'])
      expect({ text, found: entries.includes(text) }).toEqual({ text, found: false });
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('a free-text survey answer naming the person or giving their number is masked; another answer is kept', async () => {
    const desk = await freshDesk();
    const file = person(desk);
    const form = saveSurveyForm(
      desk.ctx,
      desk.clerkByRole('supervisor'),
      surveyFormInput.parse({ name: '前台评价', questions: [{ kind: 'free_text', text: '意见和建议' }] }),
    );
    const ask = (phone: string, text: string) =>
      answerSurvey(
        desk.ctx,
        desk.clerkByRole('clerk'),
        answerSurveyInput.parse({
          formId: form.id,
          sourceModule: 'counter',
          name: '',
          phone,
          answers: [{ questionId: form.questions[0]?.id ?? '', text }],
        }),
      );
    ask(PHONE, `我是${NAME}，有事打 139 6666 1111`);
    ask('13955552222', '服务很好');
    const answerOf = (text: string) =>
      desk.ctx.sqlite.prepare('select id, comment from survey_answers where comment like ?').get(`%${text}%`) as
        | { id: string; comment: string }
        | undefined;
    const mine = answerOf(NAME);
    if (!mine) throw new Error('no answer');
    forget(desk, file.id);
    expect(row(desk, 'survey_answers', mine.id).comment).toBe('我是***，有事打 ***');
    expect(log(desk, 'surveyAnswers', mine.id)).not.toContain(NAME);
    expect(answerOf('服务很好')).toBeDefined();
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
  });

  it('a complaint’s timeline (append-only) loses the person’s name and number; other updates are still refused', async () => {
    const desk = await freshDesk();
    const file = person(desk);
    const complaint = fileComplaint(desk, { customerName: NAME, phone: PHONE, reason: '电饭煲坏了' });
    addComplaintEvent(desk.ctx, desk.clerkByRole('clerk'), {
      id: complaint.id,
      kind: 'contact',
      text: `已致电${NAME}（139-6666-1111），约明天上门`,
      correctsEventId: null,
    });
    const other = fileComplaint(desk, { customerName: '路人甲', phone: '13955552222', reason: `${NAME}推荐来的` });
    addComplaintEvent(desk.ctx, desk.clerkByRole('clerk'), {
      id: other.id,
      kind: 'note',
      text: `由${NAME}介绍`,
      correctsEventId: null,
    });
    const event = desk.ctx.sqlite
      .prepare("select id from complaint_events where complaint_id = ? and kind = 'contact'")
      .pluck()
      .get(complaint.id) as string;
    // Append-only before: a plain update is refused by the database.
    expect(() => desk.ctx.sqlite.prepare("update complaint_events set text = 'x' where id = ?").run(event)).toThrow(
      /append-only/,
    );
    forget(desk, file.id);
    expect(row(desk, 'complaint_events', event).text).toBe('已致电***（***），约明天上门');
    expect(log(desk, 'complaintEvents', event)).not.toContain(NAME);
    expect(log(desk, 'complaintEvents', event)).not.toContain('6666');
    // Someone else's complaint keeps its text, and the table is still append-only for anything else.
    const otherEvents = JSON.stringify(
      desk.ctx.sqlite.prepare('select text from complaint_events where complaint_id = ?').all(other.id),
    );
    expect(otherEvents).toContain(NAME);
    expect(() =>
      desk.ctx.sqlite
        .prepare("update complaint_events set kind = 'note', version = version + 1 where id = ?")
        .run(event),
    ).toThrow(/append-only/);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    expect(recordAuditProblem(desk.ctx.sqlite, 'complaintEvents', event)).toBeNull();
  });
});
