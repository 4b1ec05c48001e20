import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { listDirectory, saveAnswer, saveShop, voidAnswer, voidShop } from '../../electron/services/directory';
import { demoDirectoryAnswers, demoDirectoryShops } from '../../electron/services/directory/demo';
import { directorySection } from '../../electron/services/directory/handover-section';
import { directoryHitStatus } from '../../electron/services/directory/hit-status';
import { directoryReport } from '../../electron/services/directory/report-section';
import { searchRecords } from '../../electron/services/search/query';
import { withExpectedVersion } from '../../electron/services/versions';
import {
  answerInput,
  type DirectoryShopView,
  type DirectoryView,
  hoursLine,
  listDirectoryInput,
  openAt,
  type ShopInput,
  shopInput,
} from '../../shared/contract/directory';
import { freshDesk, type TestDesk } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { HOUR, refusal } from '../helpers/storage';

const shop = (extra: Partial<ShopInput> = {}): ShopInput => ({
  name: '喜茶',
  category: 'food',
  floor: '3f',
  unitNo: 'l3-08',
  phone: '(021) 5550 2308',
  opensAt: '10:00',
  closesAt: '22:00',
  ...extra,
});

/** What the schema says of one field of a shop form, or null when the form passes. */
function fieldError(extra: Partial<ShopInput>, field: string): string | null {
  const parsed = shopInput.safeParse(shop(extra));
  if (parsed.success) return null;
  return parsed.error.issues.find((i) => i.path.join('.') === field)?.message ?? null;
}

const add = (desk: TestDesk, extra: Partial<ShopInput> = {}) =>
  saveShop(desk.ctx, desk.clerkByRole('supervisor'), shopInput.parse(shop(extra)));
const found = (desk: TestDesk, text: string) => searchRecords(desk.ctx.sqlite, text, 30).map((h) => h.title);
const audited = (desk: TestDesk) => desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;

describe('shop directory and common answers', () => {
  it('has the demo shops and the four common answers on a new desk, each found by Ctrl+K', async () => {
    const desk = await freshDesk();
    const all = listDirectory(desk.ctx, listDirectoryInput.parse({}));
    expect(all.shops.map((s) => s.name).sort()).toEqual(demoDirectoryShops.map((s) => s.name).sort());
    expect(all.answers.map((a) => a.title)).toEqual(['营业时间', '停车收费', '会员办理', '充电宝']);
    expect(demoDirectoryAnswers).toHaveLength(4);
    // By name, pinyin initials, unit, category (either language) and phone.
    expect(found(desk, '星巴克')).toContain('星巴克');
    expect(found(desk, 'xbk')).toContain('星巴克');
    expect(found(desk, 'L4-01')).toEqual(['海底捞']);
    expect(found(desk, '珠宝')).toEqual(['周大福']);
    expect(found(desk, 'jewellery')).toEqual(['周大福']);
    expect(found(desk, '66082501')).toContain('万达影城');
    // An answer by its title, its initials, its keywords and words of its text.
    expect(found(desk, '停车')).toContain('停车收费');
    expect(found(desk, 'tcsf')).toContain('停车收费');
    expect(found(desk, '积分')).toContain('会员办理');
    expect(found(desk, '手机没电')).toContain('充电宝');
    const hit = searchRecords(desk.ctx.sqlite, '海底捞', 5)[0];
    expect(hit).toMatchObject({ module: 'directory', tag: 'food', subtitle: '4F L4-01 · 10:30–次日02:00' });
    // The directory's own filter reads the same words.
    const filtered = listDirectory(desk.ctx, listDirectoryInput.parse({ text: 'yhcs' }));
    expect(filtered.shops.map((s) => s.name)).toEqual(['永辉超市']);
    expect(listDirectory(desk.ctx, listDirectoryInput.parse({ text: '封顶' })).answers.map((a) => a.title)).toEqual([
      '停车收费',
    ]);
  });

  it('adds a shop with its phone in the canonical form, audited and searchable, and refuses a name used twice', async () => {
    const desk = await freshDesk();
    const before = audited(desk);
    const added = add(desk);
    expect(added).toMatchObject({ name: '喜茶', floor: '3F', unitNo: 'L3-08', phone: '021-55502308', version: 1 });
    expect(audited(desk)).toBe(before + 1);
    expect(auditHistory(desk.ctx.sqlite, 'shops', added.id)[0]?.action).toBe('create');
    expect(found(desk, 'xc')).toContain('喜茶');
    expect(found(desk, 'L3-08')).toEqual(['喜茶']);
    const twice = refusal(() => add(desk, { unitNo: 'L3-09' }));
    expect([twice.messageKey, twice.field]).toEqual(['errors.directoryShopTaken', 'name']);
    expect(audited(desk)).toBe(before + 1);
    // A shop may give no phone; a wrong one is refused by the shared phone rule with its reason.
    expect(fieldError({ phone: '' }, 'phone')).toBeNull();
    expect(fieldError({ phone: '138001380000' }, 'phone')).toMatch(/^errors\.phone/);
    expect(fieldError({ phone: '12345' }, 'phone')).toMatch(/^errors\.phone/);
    expect(fieldError({ name: '' }, 'name')).toBe('errors.required');
    expect(fieldError({ unitNo: ' ' }, 'unitNo')).toBe('errors.required');
    expect(fieldError({ category: 'bank' as ShopInput['category'] }, 'category')).toBe('errors.required');
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('takes sane hours only: HH:MM, not the same time twice; a closing time before opening is the next day', async () => {
    const desk = await freshDesk();
    expect(fieldError({ opensAt: '25:00' }, 'opensAt')).toBe('errors.timeFormat');
    expect(fieldError({ closesAt: '22:60' }, 'closesAt')).toBe('errors.timeFormat');
    expect(fieldError({ opensAt: '9:00' }, 'opensAt')).toBe('errors.timeFormat');
    expect(fieldError({ opensAt: '' }, 'opensAt')).toBe('errors.timeFormat');
    expect(fieldError({ opensAt: '10:00', closesAt: '10:00' }, 'closesAt')).toBe('errors.directoryHoursSame');
    expect(fieldError({ opensAt: '18:00', closesAt: '02:00' }, 'closesAt')).toBeNull();
    // Beside a wrong phone, the form hears of both at once.
    const both = shopInput.safeParse(shop({ phone: '138001380000', opensAt: '10:00', closesAt: '10:00' }));
    expect(both.success ? [] : both.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['closesAt', 'phone']);
    expect(openAt('18:00', '02:00', 23 * 60)).toBe(true);
    expect(openAt('18:00', '02:00', 60)).toBe(true);
    expect(openAt('18:00', '02:00', 2 * 60)).toBe(false);
    expect(openAt('18:00', '02:00', 12 * 60)).toBe(false);
    expect(openAt('10:00', '22:00', 22 * 60)).toBe(false);
    expect(openAt('10:00', '22:00', 10 * 60)).toBe(true);
    // The table refuses them too, whoever writes: nothing stored.
    const supervisor = desk.clerkByRole('supervisor');
    const valid = shopInput.parse(shop());
    for (const hours of [
      { opensAt: '24:00', closesAt: '22:00' },
      { opensAt: '10:00', closesAt: '10:00' },
      { opensAt: '10', closesAt: '22:00' },
    ])
      expect(refusal(() => saveShop(desk.ctx, supervisor, { ...valid, ...hours })).messageKey).toBe(
        'errors.constraint',
      );
    expect(listDirectory(desk.ctx, listDirectoryInput.parse({ text: '喜茶' })).shops).toEqual([]);
  });

  it('says 次日 in the Ctrl+K line and on the handover sheet for a shop open past midnight, and only then', async () => {
    const desk = await freshDesk();
    const opened = desk.clock.now();
    desk.clock.advance(HOUR);
    add(desk, { name: '夜宵烤串', unitNo: 'L4-20', opensAt: '18:00', closesAt: '02:00' });
    add(desk);
    expect(searchRecords(desk.ctx.sqlite, '夜宵烤串', 5)[0]?.subtitle).toBe('3F L4-20 · 18:00–次日02:00');
    // Hours within one day carry no 次日; a shop closing at 00:00 closes at the next day's start.
    expect(searchRecords(desk.ctx.sqlite, '喜茶', 5)[0]?.subtitle).toBe('3F L3-08 · 10:00–22:00');
    expect(hoursLine('10:00', '23:59')).toBe('10:00–23:59');
    expect(hoursLine('10:00', '00:00')).toBe('10:00–次日00:00');
    const section = directorySection.compile(
      desk.ctx,
      { id: 'x', openedAt: opened + 1, closedAt: opened + 2 * HOUR },
      0,
    );
    expect(section.open[0]?.items.map((i) => i.note)).toEqual(['18:00–次日02:00', '10:00–22:00']);
  });

  it('shows in a hit whether the shop is open now, in the site time zone', async () => {
    const desk = await freshDesk();
    const cinema = listDirectory(desk.ctx, listDirectoryInput.parse({ text: '万达影城' }))
      .shops[0] as DirectoryShopView;
    // 2026-11-24 02:00 UTC is 10:00 in Shanghai: the cinema opens at 09:30 and closes at 01:00.
    expect(directoryHitStatus(desk.ctx, cinema.id)).toEqual({
      serialNo: 'L5-01',
      status: { tone: 'open', labelKey: 'directory.hit.open', open: false },
    });
    desk.clock.current = Date.UTC(2026, 10, 24, 18, 0); // 02:00 the next day in Shanghai
    expect(directoryHitStatus(desk.ctx, cinema.id)?.status.labelKey).toBe('directory.hit.closed');
    desk.clock.current = Date.UTC(2026, 10, 24, 16, 30); // 00:30 in Shanghai, still open
    expect(directoryHitStatus(desk.ctx, cinema.id)?.status.labelKey).toBe('directory.hit.open');
  });

  it('refuses an edit based on a version someone else changed since, naming the change, and keeps theirs', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const added = add(desk);
    const edit = (version: number, closesAt: string) =>
      shopInput.parse(shop({ id: added.id, version, closesAt }) as ShopInput);
    const edited = withExpectedVersion({ entity: 'shops', id: added.id, version: 1 }, () =>
      saveShop(desk.ctx, supervisor, edit(1, '21:00')),
    );
    expect(edited).toMatchObject({ version: 2, closesAt: '21:00' });
    const stale = refusal(() =>
      withExpectedVersion({ entity: 'shops', id: added.id, version: 1 }, () =>
        saveShop(desk.ctx, supervisor, edit(1, '23:00')),
      ),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(stale.changedSince?.length).toBe(1);
    expect(listDirectory(desk.ctx, listDirectoryInput.parse({ text: '喜茶' })).shops[0]?.closesAt).toBe('21:00');
    // The search entry follows the edit.
    expect(searchRecords(desk.ctx.sqlite, '喜茶', 5)[0]?.subtitle).toBe('3F L3-08 · 10:00–21:00');
    // An edit form must say which version it was based on.
    expect(answerInput.safeParse({ id: added.id, title: 'x', body: 'y' }).success).toBe(false);
  });

  it('lets only a supervisor add or edit, and only a lead void with a reason; a voided shop leaves the directory', async () => {
    const desk = await freshDesk();
    for (const role of ['clerk', 'lead'] as const) {
      const before = audited(desk);
      const refused = refusal(() => saveShop(desk.ctx, desk.clerkByRole(role), shopInput.parse(shop())));
      expect(refused.code).toBe('forbidden');
      const answer = answerInput.parse({ title: '母婴室', body: '母婴室在三楼洗手间旁。' });
      expect(refusal(() => saveAnswer(desk.ctx, desk.clerkByRole(role), answer)).code).toBe('forbidden');
      expect(audited(desk)).toBe(before);
    }
    const added = add(desk);
    expect(refusal(() => voidShop(desk.ctx, desk.clerkByRole('clerk'), { id: added.id, reason: '撤场' })).code).toBe(
      'forbidden',
    );
    expect(refusal(() => voidShop(desk.ctx, desk.clerkByRole('lead'), { id: added.id, reason: '  ' })).field).toBe(
      'reason',
    );
    const voided = voidShop(desk.ctx, desk.clerkByRole('lead'), { id: added.id, reason: '已撤场' });
    expect(voided).toMatchObject({ voidReason: '已撤场', version: 2 });
    expect(auditHistory(desk.ctx.sqlite, 'shops', added.id).map((e) => e.action)).toEqual(['create', 'void']);
    expect(listDirectory(desk.ctx, listDirectoryInput.parse({ text: '喜茶' })).shops).toEqual([]);
    expect(
      listDirectory(desk.ctx, listDirectoryInput.parse({ text: '喜茶', includeVoided: true })).shops.map((s) => s.id),
    ).toEqual([added.id]);
    expect(searchRecords(desk.ctx.sqlite, '喜茶', 5)[0]).toMatchObject({ voided: true });
    expect(directoryHitStatus(desk.ctx, added.id)?.status.labelKey).toBe('directory.hit.voided');
    // Voided once; not edited after; its name stays taken (one shop list: the shop is put back in settings).
    expect(
      refusal(() => voidShop(desk.ctx, desk.clerkByRole('lead'), { id: added.id, reason: '再次' })).messageKey,
    ).toBe('errors.directoryVoided');
    expect(
      refusal(() =>
        saveShop(desk.ctx, desk.clerkByRole('supervisor'), shopInput.parse(shop({ id: added.id, version: 2 }))),
      ).messageKey,
    ).toBe('errors.directoryVoided');
    expect(refusal(() => add(desk, { unitNo: 'L3-10' })).messageKey).toBe('errors.directoryShopInactive');
    const parking = listDirectory(desk.ctx, listDirectoryInput.parse({ text: '停车收费' })).answers[0];
    if (!parking) throw new Error('no parking answer');
    voidAnswer(desk.ctx, desk.clerkByRole('lead'), { id: parking.id, reason: '收费标准调整，待更新' });
    expect(listDirectory(desk.ctx, listDirectoryInput.parse({})).answers.map((a) => a.title)).not.toContain('停车收费');
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('edits an answer, refusing an empty text or a title used twice', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const [hours] = listDirectory(desk.ctx, listDirectoryInput.parse({ text: '营业时间' })).answers;
    if (!hours) throw new Error('no hours answer');
    const bad = answerInput.safeParse({ id: hours.id, version: 1, title: '营业时间', body: '  ' });
    expect(bad.success ? null : bad.error.issues[0]?.path).toEqual(['body']);
    const long = answerInput.safeParse({ title: '营业时间'.repeat(10), body: 'x' });
    expect(long.success ? null : long.error.issues[0]?.message).toMatch(/^errors\.tooLong/);
    const taken = refusal(() =>
      saveAnswer(desk.ctx, supervisor, answerInput.parse({ id: hours.id, version: 1, title: '停车收费', body: 'x' })),
    );
    expect([taken.messageKey, taken.field]).toEqual(['errors.directoryAnswerTaken', 'title']);
    const text = '春节期间（除夕至初二）营业时间为 12:00–20:00。';
    const edited = saveAnswer(
      desk.ctx,
      supervisor,
      answerInput.parse({ id: hours.id, version: 1, title: '营业时间', body: text }),
    );
    expect(edited).toMatchObject({ version: 2, body: text, keywords: '' });
    expect(found(desk, '除夕至初二')).toEqual(['营业时间']);
  });

  it('goes through the channels: a clerk reads, is refused an edit, a bad phone writes nothing, a stale edit is refused', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const view = data<DirectoryView>(await desk.dispatch('directory:list', { text: 'xbk' }));
    expect(view.shops.map((s) => s.name)).toEqual(['星巴克']);
    const starbucks = view.shops[0] as DirectoryShopView;
    const shopEntries = () => desk.count("select count(*) from audit_log where entity = 'shops'");
    const entries = shopEntries();
    expect(failure(await desk.dispatch('directory:saveShop', shop())).code).toBe('forbidden');
    expect(failure(await desk.dispatch('directory:voidShop', { id: starbucks.id, version: 1, reason: 'x' })).code).toBe(
      'forbidden',
    );
    await desk.loginAs('K003', 'supervisor');
    const badPhone = failure(await desk.dispatch('directory:saveShop', shop({ phone: '138001380000' })));
    expect(badPhone.field).toBe('phone');
    const badHours = failure(await desk.dispatch('directory:saveShop', shop({ closesAt: '10:00' })));
    expect([badHours.field, badHours.messageKey]).toEqual(['closesAt', 'errors.directoryHoursSame']);
    expect(desk.count('select count(*) from shops')).toBe(demoDirectoryShops.length);
    expect(shopEntries()).toBe(entries);
    const edit = (version: number, closesAt: string) =>
      desk.dispatch('directory:saveShop', {
        ...shop({ name: '星巴克', category: 'food', floor: '1F', unitNo: 'L1-05', phone: '021-66082105' }),
        id: starbucks.id,
        version,
        opensAt: '07:30',
        closesAt,
      });
    expect(data<DirectoryShopView>(await edit(1, '22:30'))).toMatchObject({ version: 2, closesAt: '22:30' });
    const stale = failure(await edit(1, '23:00'));
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(data<DirectoryShopView>(await desk.dispatch('directory:getShop', { id: starbucks.id })).closesAt).toBe(
      '22:30',
    );
  });

  it('puts the shift’s changes on the handover sheet and the directory in the reports and the export', async () => {
    const desk = await freshDesk();
    const opened = desk.clock.now();
    desk.clock.advance(HOUR);
    const added = add(desk);
    voidShop(desk.ctx, desk.clerkByRole('lead'), { id: added.id, reason: '已撤场' });
    const section = directorySection.compile(
      desk.ctx,
      { id: 'x', openedAt: opened + 1, closedAt: opened + 2 * HOUR },
      0,
    );
    expect(section.counts.map((c) => c.value)).toEqual([1, 0, 0]);
    expect(section.open[0]?.items).toEqual([{ name: '喜茶', location: '3F L3-08', note: '10:00–22:00' }]);
    const now = desk.clock.now();
    const report = directoryReport.compile(desk.ctx, {
      from: opened,
      to: now + HOUR,
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    });
    const figures = Object.fromEntries(report.figures.map((f) => [f.key, f.value]));
    expect(figures).toEqual({
      'reports.directory.shopsAdded': demoDirectoryShops.length,
      'reports.directory.answersAdded': 4,
      'reports.directory.voided': 1,
      'reports.directory.shopsListed': demoDirectoryShops.length,
      'reports.directory.answersListed': 4,
    });
    const food = report.breakdowns[0]?.rows.find((r) => r.key === 'food');
    expect(food?.count).toBe(demoDirectoryShops.filter((s) => s.category === 'food').length);
  });
});
