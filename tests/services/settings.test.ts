import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Sqlite } from '../../db/open';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import {
  addItem,
  getBusinessHours,
  getPolicy,
  getSite,
  listItems,
  saveSite,
  updateItem,
  writeSetting,
} from '../../electron/services/settings';
import { businessHoursSchema, namedItemInput, policySchema, siteInput } from '../../shared/contract/settings';
import { parseMessage } from '../../shared/errors';
import { freshDesk } from '../helpers/db';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The first issue of a refused input as { path, key }, the way the dispatcher reports it. */
function firstIssue(result: z.ZodSafeParseResult<unknown>): { path: string; key: string } {
  if (result.success) throw new Error(`expected the input to be refused: ${JSON.stringify(result.data)}`);
  const issue = result.error.issues[0];
  if (!issue) throw new Error('refused without an issue');
  return { path: issue.path.join('.'), key: parseMessage(issue.message).key };
}

const countRows = (sqlite: Sqlite, table: string): number =>
  sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;

const goodSite = { name: '星河广场', code: 'XH', timeZone: 'Asia/Shanghai', deskPhone: '021-55501234' };
const goodHours = { weekdayOpen: '10:00', weekdayClose: '21:30', weekendOpen: '09:30', weekendClose: '22:30' };

describe('site', () => {
  it('saves the site and audits the change', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const before = getSite(ctx);
    expect(before).toMatchObject(goodSite);
    const input = siteInput.parse({
      name: '星河广场二期',
      code: 'xh2',
      timeZone: 'Asia/Shanghai',
      deskPhone: '021 5550 9999',
    });
    expect(input.code).toBe('XH2');
    expect(input.deskPhone).toBe('021-55509999');
    const saved = saveSite(ctx, supervisor, input);
    expect(saved).toEqual({ id: before.id, version: before.version + 1, ...input });
    expect(getSite(ctx)).toEqual(saved);
    expect(countRows(ctx.sqlite, 'site')).toBe(1);
    const last = auditHistory(ctx.sqlite, 'site', before.id).at(-1);
    expect(last).toMatchObject({ action: 'update', clerkName: supervisor.name });
    expect(last?.changes).toMatchObject({ name: ['星河广场', '星河广场二期'], code: ['XH', 'XH2'] });
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('the contract refuses a bad site code, time zone or phone with an i18n key', () => {
    const refused = (patch: Partial<typeof goodSite>) => firstIssue(siteInput.safeParse({ ...goodSite, ...patch }));
    expect(siteInput.safeParse(goodSite).success).toBe(true);
    expect(siteInput.safeParse({ ...goodSite, code: 'ab12' }).success).toBe(true);
    for (const code of ['X', 'XH-1', 'TOOLONG7', '星河', '', 'X H']) {
      expect(refused({ code })).toEqual({ path: 'code', key: 'errors.siteCodeFormat' });
    }
    expect(refused({ timeZone: 'Mars/Olympus_Mons' })).toEqual({ path: 'timeZone', key: 'errors.timeZone' });
    expect(refused({ deskPhone: '12345' })).toEqual({ path: 'deskPhone', key: 'errors.phoneMobileLength' });
    expect(refused({ name: '  ' })).toEqual({ path: 'name', key: 'errors.required' });
    expect(refused({ name: '星'.repeat(61) })).toEqual({ path: 'name', key: 'errors.tooLong' });
    expect(firstIssue(siteInput.safeParse({ ...goodSite, code: 42 }))).toEqual({
      path: 'code',
      key: 'errors.required',
    });
  });

  it('the contract refuses business hours that close before they open', () => {
    expect(businessHoursSchema.safeParse(goodHours).success).toBe(true);
    expect(
      firstIssue(businessHoursSchema.safeParse({ ...goodHours, weekdayOpen: '22:00', weekdayClose: '09:00' })),
    ).toEqual({
      path: 'weekdayClose',
      key: 'errors.closeBeforeOpen',
    });
    expect(
      firstIssue(businessHoursSchema.safeParse({ ...goodHours, weekdayOpen: '10:00', weekdayClose: '10:00' })),
    ).toEqual({
      path: 'weekdayClose',
      key: 'errors.closeBeforeOpen',
    });
    expect(
      firstIssue(businessHoursSchema.safeParse({ ...goodHours, weekendOpen: '23:00', weekendClose: '08:00' })),
    ).toEqual({
      path: 'weekendClose',
      key: 'errors.closeBeforeOpen',
    });
    expect(firstIssue(businessHoursSchema.safeParse({ ...goodHours, weekdayOpen: '24:00' }))).toEqual({
      path: 'weekdayOpen',
      key: 'errors.timeFormat',
    });
    expect(firstIssue(businessHoursSchema.safeParse({ ...goodHours, weekdayClose: '9:30' }))).toEqual({
      path: 'weekdayClose',
      key: 'errors.timeFormat',
    });
  });

  it('business hours default until saved, then read back as saved', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    expect(getBusinessHours(ctx)).toEqual({
      weekdayOpen: '09:30',
      weekdayClose: '22:00',
      weekendOpen: '09:30',
      weekendClose: '22:30',
    });
    writeSetting(ctx, clerkByRole('supervisor'), 'businessHours', businessHoursSchema.parse(goodHours));
    expect(getBusinessHours(ctx)).toEqual(goodHours);
  });
});

describe('departments and shops', () => {
  it('refuses a name that is taken in the same list, and writes nothing', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const entries = countRows(ctx.sqlite, 'audit_log');
    const departments = countRows(ctx.sqlite, 'departments');
    const shops = countRows(ctx.sqlite, 'shops');

    const dept = refusal(() =>
      addItem(ctx, supervisor, { kind: 'departments', name: '客服部', unitNo: '', floor: '', phone: '' }),
    );
    expect(dept).toMatchObject({ code: 'conflict', messageKey: 'errors.nameTaken', field: 'name' });
    const shop = refusal(() =>
      addItem(ctx, supervisor, { kind: 'shops', name: '星巴克', unitNo: 'L9-99', floor: '9F', phone: '' }),
    );
    expect(shop).toMatchObject({ code: 'conflict', messageKey: 'errors.nameTaken', field: 'name' });
    expect(countRows(ctx.sqlite, 'audit_log')).toBe(entries);
    expect(countRows(ctx.sqlite, 'departments')).toBe(departments);
    expect(countRows(ctx.sqlite, 'shops')).toBe(shops);

    // Names are unique per list: a department may share a shop's name.
    const sameNameOtherList = addItem(ctx, supervisor, {
      kind: 'departments',
      name: '星巴克',
      unitNo: '',
      floor: '',
      phone: '',
    });
    expect(sameNameOtherList.name).toBe('星巴克');
    expect(countRows(ctx.sqlite, 'departments')).toBe(departments + 1);
  });

  it('refuses renaming to a taken name, allows keeping its own', async () => {
    const { ctx, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const shops = listItems(ctx, 'shops', true);
    const anta = shops.find((s) => s.name === '安踏');
    if (!anta) throw new Error('demo shop missing');
    const base = { id: anta.id, kind: 'shops' as const, unitNo: 'L2-10', floor: '2F', phone: '', active: true };
    expect(refusal(() => updateItem(ctx, supervisor, { ...base, name: '优衣库' }))).toMatchObject({
      messageKey: 'errors.nameTaken',
      field: 'name',
    });
    expect(ctx.sqlite.prepare('select name from shops where id = ?').pluck().get(anta.id)).toBe('安踏');

    const kept = updateItem(ctx, supervisor, { ...base, name: '安踏', phone: '021-55507777' });
    expect(kept).toMatchObject({ id: anta.id, name: '安踏', phone: '021-55507777' });
    const closed = updateItem(ctx, supervisor, { ...base, name: '安踏', active: false });
    expect(closed.active).toBe(false);
    expect(listItems(ctx, 'shops', false).map((s) => s.id)).not.toContain(anta.id);
    expect(listItems(ctx, 'shops', true).map((s) => s.id)).toContain(anta.id);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('the contract trims names and refuses an empty one', () => {
    const parsed = namedItemInput.parse({ kind: 'departments', name: '  工程部  ' });
    expect(parsed).toEqual({ kind: 'departments', name: '工程部', unitNo: '', floor: '', phone: '' });
    expect(firstIssue(namedItemInput.safeParse({ kind: 'departments', name: '   ' }))).toEqual({
      path: 'name',
      key: 'errors.required',
    });
  });
});

describe('policy', () => {
  it('defaults to 30/60/30/180 days until saved', async () => {
    const { ctx } = await freshDesk();
    expect(getPolicy(ctx)).toEqual({
      returnDays: 30,
      exchangeDays: 60,
      storageOverdueDays: 30,
      visitorDataRetentionDays: 180,
    });
  });

  it('saves, reads back, and audits both the first save and a change', async () => {
    const { ctx, clock, clerkByRole } = await freshDesk();
    const supervisor = clerkByRole('supervisor');
    const first = policySchema.parse({
      returnDays: 7,
      exchangeDays: 15,
      storageOverdueDays: 45,
      visitorDataRetentionDays: 90,
    });
    writeSetting(ctx, supervisor, 'policy', first);
    expect(getPolicy(ctx)).toEqual(first);
    clock.advance(60_000);
    const second = { ...first, visitorDataRetentionDays: 365 };
    writeSetting(ctx, supervisor, 'policy', second);
    expect(getPolicy(ctx)).toEqual(second);
    const history = auditHistory(ctx.sqlite, 'settings', 'policy');
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history[1]?.changes.value).toEqual([first, second]);
    expect(verifyAuditChain(ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('the contract refuses days that are not whole, not positive or too large', () => {
    const good = { returnDays: 30, exchangeDays: 60, storageOverdueDays: 30, visitorDataRetentionDays: 180 };
    expect(policySchema.safeParse(good).success).toBe(true);
    expect(firstIssue(policySchema.safeParse({ ...good, returnDays: 0 }))).toEqual({
      path: 'returnDays',
      key: 'errors.atLeastOne',
    });
    expect(firstIssue(policySchema.safeParse({ ...good, exchangeDays: 1.5 }))).toEqual({
      path: 'exchangeDays',
      key: 'errors.wholeNumber',
    });
    expect(firstIssue(policySchema.safeParse({ ...good, storageOverdueDays: 366 }))).toEqual({
      path: 'storageOverdueDays',
      key: 'errors.tooLarge',
    });
    expect(policySchema.safeParse({ ...good, visitorDataRetentionDays: 3650 }).success).toBe(true);
    expect(firstIssue(policySchema.safeParse({ ...good, returnDays: '30' }))).toEqual({
      path: 'returnDays',
      key: 'errors.required',
    });
  });
});
