import { describe, expect, it } from 'vitest';
import {
  announcementsAttention,
  closeLostChild,
  getAnnouncement,
  listAnnouncements,
  logAnnouncement,
  readAgain,
  recordAnnouncementPrint,
  recordStep,
  saveTemplate,
  updateAnnouncement,
  voidAnnouncement,
} from '../../electron/services/announcements';
import { announcementsSection } from '../../electron/services/announcements/handover-section';
import { announcementsReport } from '../../electron/services/announcements/report-section';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { searchRecords } from '../../electron/services/search/query';
import { withExpectedVersion } from '../../electron/services/versions';
import {
  closeLostChildInput,
  fillTemplate,
  type LogAnnouncementInput,
  listAnnouncementsInput,
  logAnnouncementInput,
  stepInput,
  templateBlanks,
  templateInput,
  updateAnnouncementInput,
} from '../../shared/contract/announcements';
import { freshDesk, type TestDesk } from '../helpers/db';
import { count, DAY, HOUR, refusal } from '../helpers/storage';

const MIN = 60_000;

const childText = '紧急寻人：乐乐小朋友，5岁，身穿红色外套，在三楼游乐区与家人走散。';
const lostChild = (extra: Partial<LogAnnouncementInput> = {}): LogAnnouncementInput => ({
  kind: 'lost_child',
  text: childText,
  requesterName: '王女士',
  requesterPhone: '13812345678',
  childName: '乐乐',
  childAge: 5,
  childGender: 'boy',
  childDescription: '红色外套，蓝色牛仔裤',
  lastSeenPlace: '三楼游乐区',
  ...extra,
});

const logAs = (desk: TestDesk, input: LogAnnouncementInput) =>
  logAnnouncement(desk.ctx, desk.clerkByRole('clerk'), logAnnouncementInput.parse(input));

describe('templates', () => {
  it('finds the blanks of a template and fills them; a text with a blank left is refused', async () => {
    const text = '{姓名}小朋友，{年龄}岁，{姓名}的家长在总台等候';
    expect(templateBlanks(text)).toEqual(['姓名', '年龄']);
    expect(fillTemplate(text, { 姓名: '乐乐', 年龄: '5' })).toBe('乐乐小朋友，5岁，乐乐的家长在总台等候');
    const unfilled = logAnnouncementInput.safeParse({
      kind: 'notice',
      text: fillTemplate(text, {}),
      requesterName: '物业',
    });
    expect(unfilled.error?.issues[0]).toMatchObject({ path: ['text'], message: 'errors.announcementBlanks' });
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const saved = saveTemplate(desk.ctx, supervisor, templateInput.parse({ kind: 'person', name: '寻人', text }));
    expect(saved).toMatchObject({ name: '寻人', version: 1, active: true });
    const twice = refusal(() =>
      saveTemplate(desk.ctx, supervisor, templateInput.parse({ kind: 'item', name: '寻人', text: '...' })),
    );
    expect(twice).toMatchObject({ messageKey: 'errors.announcementTemplateTaken', field: 'name' });
    // A template of another kind cannot be the source of this announcement.
    const wrongKind = refusal(() =>
      logAs(desk, { kind: 'notice', templateId: saved.id, text: '闭店通知', requesterName: '物业' }),
    );
    expect(wrongKind).toMatchObject({ messageKey: 'errors.announcementTemplateKind', field: 'templateId' });
    expect(count(desk, 'announcements')).toBe(0);
  });
});

describe('announcements', () => {
  it('logs an announcement read once, counts another reading, and finds it by text, name and phone', async () => {
    const desk = await freshDesk();
    const item = logAs(desk, {
      kind: 'item',
      text: '有顾客在二楼遗失黑色钱包，拾到请交总服务台。',
      requesterName: '李先生',
      requesterPhone: '139 1234 5678',
    });
    expect(item).toMatchObject({ serialNo: 'GB-XH-20261124-0001', state: 'logged', timesRead: 1, steps: [] });
    expect(item.requesterPhone).toBe('13912345678');
    desk.clock.advance(10 * MIN);
    const again = readAgain(desk.ctx, desk.clerkByRole('clerk'), item.id);
    expect(again).toMatchObject({ timesRead: 2, lastReadAt: desk.clock.now() });
    for (const q of ['黑色钱包', 'lxs', '5678', 'GB-XH-20261124-0001'])
      expect(
        searchRecords(desk.ctx.sqlite, q, 10).map((h) => h.entityId),
        q,
      ).toContain(item.id);
    expect(auditHistory(desk.ctx.sqlite, 'announcements', item.id).map((e) => e.action)).toEqual(['create', 'event']);
  });

  it('edits the text with versions: an edit based on an older version is refused', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const item = logAs(desk, { kind: 'notice', text: '本商场将于22:00闭店', requesterName: '物业' });
    const edit = (version: number, text: string) =>
      updateAnnouncementInput.parse({ id: item.id, version, text, requesterName: '物业部', requesterPhone: '' });
    const edited = updateAnnouncement(desk.ctx, clerk, edit(1, '本商场将于22:30闭店'));
    expect(edited).toMatchObject({ version: 2, text: '本商场将于22:30闭店', requesterName: '物业部' });
    // The writer compares the version the edit names (set by the dispatcher from the channel's declaration).
    const stale = refusal(() =>
      withExpectedVersion({ entity: 'announcements', id: item.id, version: 1 }, () =>
        updateAnnouncement(desk.ctx, clerk, edit(1, '本商场将于23:00闭店')),
      ),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(getAnnouncement(desk.ctx, item.id).text).toBe('本商场将于22:30闭店');
  });

  it('refuses a lost child without clothing, place or a phone; and a bad phone', async () => {
    for (const [field, extra] of [
      ['childDescription', { childDescription: '' }],
      ['lastSeenPlace', { lastSeenPlace: '' }],
      ['requesterPhone', { requesterPhone: '' }],
      ['requesterPhone', { requesterPhone: '1381234' }],
      ['childAge', { childAge: 30 }],
    ] as const) {
      const parsed = logAnnouncementInput.safeParse(lostChild(extra));
      expect(
        parsed.error?.issues.map((i) => i.path[0]),
        field,
      ).toContain(field);
    }
    const desk = await freshDesk();
    const noPhone = refusal(() =>
      logAnnouncement(desk.ctx, desk.clerkByRole('clerk'), {
        ...logAnnouncementInput.parse(lostChild()),
        requesterPhone: '',
      }),
    );
    expect(noPhone).toMatchObject({ messageKey: 'errors.lostChildPhone', field: 'requesterPhone' });
    expect(count(desk, 'announcements')).toBe(0);
  });
});

describe('the lost-child checklist', () => {
  it('opens a case with its first announcement, records each step with time and who, and closes it with the guardian', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const child = logAs(desk, lostChild());
    expect(child).toMatchObject({ state: 'open', status: 'open' });
    expect(child.steps.map((s) => [s.step, s.who])).toEqual([['broadcast', clerk.name]]);
    expect(announcementsAttention(desk.ctx)).toEqual({ lostChildrenOpen: 1 });
    desk.clock.advance(2 * MIN);
    recordStep(desk.ctx, clerk, stepInput.parse({ id: child.id, step: 'security', who: '安保部 刘队' }));
    recordStep(
      desk.ctx,
      clerk,
      stepInput.parse({ id: child.id, step: 'exits', who: '安保部', note: '各出入口已布控' }),
    );
    // Written a little late: the time it happened, not the time it was typed.
    desk.clock.advance(10 * MIN);
    const foundAt = desk.clock.now() - MIN;
    recordStep(
      desk.ctx,
      clerk,
      stepInput.parse({ id: child.id, step: 'found', at: foundAt, who: '保洁 张阿姨', note: '在二楼洗手间门口' }),
    );
    const handedByStep = refusal(() =>
      recordStep(desk.ctx, clerk, stepInput.parse({ id: child.id, step: 'handed', who: '王芳' })),
    );
    expect(handedByStep).toMatchObject({ messageKey: 'errors.lostChildHandOverByClose', field: 'step' });
    const future = refusal(() =>
      recordStep(
        desk.ctx,
        clerk,
        stepInput.parse({ id: child.id, step: 'security', at: desk.clock.now() + HOUR, who: '安保' }),
      ),
    );
    expect(future).toMatchObject({ messageKey: 'errors.stepInFuture', field: 'at' });

    const close = (extra: object) =>
      closeLostChildInput.parse({
        id: child.id,
        version: getAnnouncement(desk.ctx, child.id).version,
        outcome: 'guardian',
        handedToName: '王丽',
        handedToRelation: '母亲',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
        ...extra,
      });
    expect(
      closeLostChildInput
        .safeParse({ id: child.id, version: 1, outcome: 'guardian', handedToName: '王丽' })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(['handedToRelation', 'idNumber']);
    expect(
      closeLostChildInput.safeParse({ ...close({}), idNumber: '110105194912310021' }).error?.issues[0]?.message,
    ).toBe('errors.residentIdCheck');
    const closed = closeLostChild(desk.ctx, clerk, close({}));
    expect(closed).toMatchObject({ state: 'closed', outcome: 'guardian', handedToIdMasked: '110***********002X' });
    expect(closed.steps.map((s) => s.step)).toEqual(['broadcast', 'security', 'exits', 'found', 'handed']);
    expect(closed.steps.find((s) => s.step === 'found')?.at).toBe(foundAt);
    expect(JSON.stringify(auditHistory(desk.ctx.sqlite, 'announcements', child.id))).not.toContain(
      '11010519491231002X',
    );
    expect(announcementsAttention(desk.ctx)).toEqual({ lostChildrenOpen: 0 });
    expect(refusal(() => readAgain(desk.ctx, clerk, child.id)).messageKey).toBe('errors.lostChildClosed');
    expect(
      refusal(() => recordStep(desk.ctx, clerk, stepInput.parse({ id: child.id, step: 'exits', who: '安保' })))
        .messageKey,
    ).toBe('errors.lostChildClosed');
    expect(recordAnnouncementPrint(desk.ctx, clerk, child.id)).toEqual({ reprint: false });
    expect(recordAnnouncementPrint(desk.ctx, clerk, child.id)).toEqual({ reprint: true });
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses handing a child to a guardian before the child is found; other outcomes need a note', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const child = logAs(desk, lostChild());
    const early = refusal(() =>
      closeLostChild(
        desk.ctx,
        clerk,
        closeLostChildInput.parse({
          id: child.id,
          version: 1,
          outcome: 'guardian',
          handedToName: '王丽',
          handedToRelation: '母亲',
          idType: 'resident_id',
          idNumber: '11010519491231002X',
        }),
      ),
    );
    expect(early).toMatchObject({ messageKey: 'errors.lostChildNotFound', field: 'outcome' });
    expect(
      closeLostChildInput.safeParse({ id: child.id, version: 1, outcome: 'police' }).error?.issues[0],
    ).toMatchObject({ path: ['note'], message: 'errors.lostChildCloseNote' });
    const police = closeLostChild(
      desk.ctx,
      clerk,
      closeLostChildInput.parse({ id: child.id, version: 1, outcome: 'police', note: '家长未到，移交派出所' }),
    );
    expect(police).toMatchObject({ state: 'closed', handedToName: null, closeNote: '家长未到，移交派出所' });
  });

  it('refuses checklist steps on an announcement that is not a lost child, and lets only a lead void', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const notice = logAs(desk, { kind: 'notice', text: '停车场B2区域临时封闭', requesterName: '物业' });
    expect(
      refusal(() => recordStep(desk.ctx, clerk, stepInput.parse({ id: notice.id, step: 'security', who: '安保' })))
        .messageKey,
    ).toBe('errors.lostChildOnly');
    expect(refusal(() => voidAnnouncement(desk.ctx, clerk, { id: notice.id, reason: '重复' })).code).toBe('forbidden');
    const voided = voidAnnouncement(desk.ctx, desk.clerkByRole('lead'), { id: notice.id, reason: '重复登记' });
    expect(voided.state).toBe('voided');
    expect(refusal(() => readAgain(desk.ctx, clerk, notice.id)).messageKey).toBe('errors.announcementVoided');
    expect(listAnnouncements(desk.ctx, listAnnouncementsInput.parse({ filter: 'all' }))[0]?.state).toBe('voided');
  });

  it('lists open lost children first whatever their day, and the database refuses a lost child without clothing', async () => {
    const desk = await freshDesk();
    const child = logAs(desk, lostChild());
    desk.clock.advance(2 * DAY);
    const notice = logAs(desk, { kind: 'notice', text: '今日闭店时间22:00', requesterName: '物业' });
    const today = listAnnouncements(desk.ctx, listAnnouncementsInput.parse({ filter: 'today' }));
    expect(today.map((a) => a.id)).toEqual([child.id, notice.id]);
    expect(listAnnouncements(desk.ctx, listAnnouncementsInput.parse({ filter: 'open' })).map((a) => a.id)).toEqual([
      child.id,
    ]);
    expect(() =>
      desk.ctx.sqlite.prepare("update announcements set child_description = '' where id = ?").run(child.id),
    ).toThrow(/CHECK/);
  });
});

describe('handover and reports', () => {
  it('lists every open lost child on the sheet, and reports announcements by kind, cases and time to found', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const from = desk.clock.now() - HOUR;
    const opened = desk.clock.now();
    logAs(desk, { kind: 'item', text: '寻找黑色钱包', requesterName: '李先生' });
    const first = logAs(desk, lostChild());
    const second = logAs(desk, lostChild({ childName: '朵朵', childGender: 'girl', requesterPhone: '13900001111' }));
    desk.clock.advance(20 * MIN);
    recordStep(desk.ctx, clerk, stepInput.parse({ id: first.id, step: 'found', who: '安保' }));
    closeLostChild(
      desk.ctx,
      clerk,
      closeLostChildInput.parse({
        id: first.id,
        version: 1,
        outcome: 'guardian',
        handedToName: '王丽',
        handedToRelation: '母亲',
        idType: 'resident_id',
        idNumber: '11010519491231002X',
      }),
    );
    const section = announcementsSection.compile(
      desk.ctx,
      { id: 'none', openedAt: opened, closedAt: desk.clock.now() },
      desk.clock.now(),
    );
    const items = section.open[0]?.items ?? [];
    expect(items.map((i) => [i.name, i.phoneMasked])).toEqual([['朵朵（王女士）', '139****1111']]);
    expect(getAnnouncement(desk.ctx, second.id).state).toBe('open');
    const now = desk.clock.now();
    const report = announcementsReport.compile(desk.ctx, {
      from,
      to: now + HOUR,
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    });
    const figure = (key: string) => report.figures.find((f) => f.key === `reports.announcements.${key}`)?.value;
    expect([figure('logged'), figure('lostChildren'), figure('closed'), figure('toGuardian')]).toEqual([3, 2, 1, 1]);
    expect(report.handling[0]).toMatchObject({ value: 20 * MIN, count: 1 });
    expect(report.overdue[0]?.value).toBe(1);
    expect(report.breakdowns[0]?.rows).toEqual([
      { key: 'lost_child', count: 2 },
      { key: 'item', count: 1 },
    ]);
  });
});
