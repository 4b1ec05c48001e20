import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { anonymiseOldVisits } from '../../electron/services/reception/retention';
import { getVisit, listVisits, suggestVisitors } from '../../electron/services/reception/visit-queries';
import { addWatchEntry, updateWatchEntry } from '../../electron/services/reception/watch-list';
import { getPolicy, writeSetting } from '../../electron/services/settings';
import { addWatchInput, listVisitsInput } from '../../shared/contract/reception';
import { freshDesk } from '../helpers/db';
import { count, DAY, firstIssue, GOOD_ID, MINUTE, refusal, register } from '../helpers/reception';

describe('watch list', () => {
  it('refuses a matching visitor until the clerk acknowledges that entry, and audits the acknowledgement', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const entry = addWatchEntry(
      desk.ctx,
      supervisor,
      addWatchInput.parse({ idType: 'resident_id', idNumber: GOOD_ID, reason: '曾寻衅滋事' }),
    );
    expect(entry.idMasked).toBe('110***********002X');
    const visitor = { visitorName: '李四', phone: '', idType: 'resident_id' as const, idNumber: GOOD_ID };
    const error = refusal(() => register(desk, visitor));
    expect(error).toMatchObject({ code: 'conflict', messageKey: 'errors.watchListMatch' });
    expect(error.params).toMatchObject({ watchEntryId: entry.id, reason: '曾寻衅滋事' });
    expect(count(desk, 'visits')).toBe(0);
    expect(refusal(() => register(desk, { ...visitor, watchAcknowledged: true })).messageKey).toBe(
      'errors.watchListMatch',
    );
    const visit = register(desk, { ...visitor, watchAcknowledged: true, watchEntryId: entry.id });
    expect(visit.watchEntryId).toBe(entry.id);
    expect(auditHistory(desk.ctx.sqlite, 'watchList', entry.id).at(-1)).toMatchObject({
      action: 'event',
      note: 'watch_list_acknowledged',
      changes: { visitId: visit.id },
    });
  });

  it('matches by name or phone; an inactive entry no longer warns', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const entry = addWatchEntry(desk.ctx, supervisor, addWatchInput.parse({ phone: '13900001111', reason: '推销' }));
    expect(refusal(() => register(desk, { visitorName: '王五', phone: '13900001111' })).messageKey).toBe(
      'errors.watchListMatch',
    );
    addWatchEntry(desk.ctx, supervisor, addWatchInput.parse({ name: '赵六', reason: '欠费' }));
    expect(refusal(() => register(desk, { visitorName: '赵六', phone: '' })).messageKey).toBe('errors.watchListMatch');
    // Fields the entries leave empty match nothing: no name, no phone, no ID on either side is not a match.
    expect(register(desk, { visitorName: '孙七', phone: '' }).watchEntryId).toBeNull();
    updateWatchEntry(desk.ctx, supervisor, { id: entry.id, active: false, reason: '推销' });
    expect(register(desk, { visitorName: '王五', phone: '13900001111' }).watchEntryId).toBeNull();
    expect(firstIssue(addWatchInput.safeParse({ reason: '无' }))).toEqual({
      path: 'name',
      key: 'errors.watchNeedsKey',
    });
  });
});

describe('retention', () => {
  it('anonymises phones and IDs after the policy days, keeps the record, and audits it', async () => {
    const desk = await freshDesk();
    writeSetting(desk.ctx, desk.clerkByRole('supervisor'), 'policy', {
      ...getPolicy(desk.ctx),
      visitorDataRetentionDays: 30,
    });
    const old = register(desk, { idType: 'resident_id', idNumber: GOOD_ID });
    desk.clock.advance(20 * DAY);
    const recent = register(desk, { visitorName: '李四', phone: '13700002222' });
    desk.clock.advance(11 * DAY);
    expect(anonymiseOldVisits(desk.ctx)).toBe(1);
    expect(getVisit(desk.ctx, old.id)).toMatchObject({
      visitorName: '张三',
      phone: '',
      idMasked: '',
      anonymisedAt: desk.clock.now(),
    });
    expect(desk.ctx.sqlite.prepare('select id_hash from visits where id = ?').pluck().get(old.id)).toBeNull();
    expect(getVisit(desk.ctx, recent.id).phone).toBe('13700002222');
    expect(anonymiseOldVisits(desk.ctx)).toBe(0);
    expect(auditHistory(desk.ctx.sqlite, 'visits', old.id).at(-1)).toMatchObject({
      clerkName: null,
      note: 'retention',
    });
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });
});

describe('finding visits', () => {
  it('suggests earlier visitors by phone or name prefix, one row per person', async () => {
    const desk = await freshDesk();
    register(desk, { organisation: '顺丰', idType: 'resident_id', idNumber: GOOD_ID });
    desk.clock.advance(DAY);
    register(desk);
    register(desk, { visitorName: '张伟', phone: '13900003333' });
    const byPhone = suggestVisitors(desk.ctx, '138123');
    expect(byPhone).toHaveLength(1);
    expect(byPhone[0]).toMatchObject({ visitorName: '张三', phone: '13812345678', visits: 2 });
    expect(
      suggestVisitors(desk.ctx, '张')
        .map((s) => s.visitorName)
        .sort(),
    ).toEqual(['张三', '张伟']);
    // Refilling from a suggestion reuses the earlier visit's ID without the number being typed again.
    const earlier = listVisits(desk.ctx, listVisitsInput.parse({})).rows.at(-1);
    const again = register(desk, { idFromVisitId: earlier?.id ?? null });
    expect(again).toMatchObject({ idType: 'resident_id', idMasked: '110***********002X' });
  });

  it('pages newest first on (time_in, id) without gaps or repeats, and filters', async () => {
    const desk = await freshDesk();
    for (let i = 0; i < 7; i++) {
      register(desk, { visitorName: `访客${i}`, purpose: i % 2 ? 'enquiry' : 'visit' });
      if (i % 3 === 0) desk.clock.advance(MINUTE);
    }
    const seen: string[] = [];
    let page = listVisits(desk.ctx, listVisitsInput.parse({ limit: 3 }));
    seen.push(...page.rows.map((r) => r.visitorName));
    while (page.nextCursor) {
      page = listVisits(desk.ctx, listVisitsInput.parse({ limit: 3, cursor: page.nextCursor }));
      seen.push(...page.rows.map((r) => r.visitorName));
    }
    expect(seen).toEqual(['访客6', '访客5', '访客4', '访客3', '访客2', '访客1', '访客0']);
    const enquiries = listVisits(desk.ctx, listVisitsInput.parse({ purpose: 'enquiry' })).rows;
    expect(enquiries.map((r) => r.visitorName)).toEqual(['访客5', '访客3', '访客1']);
    expect(listVisits(desk.ctx, listVisitsInput.parse({ text: '访客4' })).rows).toHaveLength(1);
    const start = desk.clock.now() - MINUTE;
    expect(listVisits(desk.ctx, listVisitsInput.parse({ from: start })).rows.length).toBeLessThan(7);
    const plan = desk.ctx.sqlite
      .prepare('explain query plan select id from visits order by time_in desc, id desc limit 51')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('visits_time_in');
  });
});
