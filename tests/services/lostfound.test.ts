import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  claimItem,
  disposeItem,
  getItem,
  getItemPhoto,
  listItems,
  lostfoundAttention,
  matchCandidates,
  recordClaimPrint,
  registerItem,
  reportLoss,
  saveLostfoundSettings,
  voidItem,
  voidReport,
} from '../../electron/services/lostfound';
import { lostfoundSection } from '../../electron/services/lostfound/handover-section';
import { lostfoundReport } from '../../electron/services/lostfound/report-section';
import { searchRecords } from '../../electron/services/search/query';
import { transferSlip } from '../../electron/services/storage';
import {
  type ClaimInput,
  claimInput,
  disposeInput,
  listItemsInput,
  lossReportInput,
  type RegisterItemInput,
  registerItemInput,
} from '../../shared/contract/lostfound';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, count, DAY, deposit, HOUR, refusal } from '../helpers/storage';

const RESIDENT_ID = '11010519491231002X';
const PHOTO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const umbrella: RegisterItemInput = {
  category: 'umbrella',
  description: '黑色长柄雨伞',
  colour: '黑色',
  foundPlace: '三楼女装区',
  finderKind: 'cleaner',
  finderName: '刘阿姨',
  storagePlace: '失物柜 A',
};
const wallet: RegisterItemInput = {
  category: 'wallet',
  description: '棕色皮质钱包，内有银行卡',
  colour: '棕色',
  brand: 'Coach',
  foundPlace: '一楼星巴克门口',
  finderKind: 'customer',
  finderName: '孙先生',
  finderPhone: '13800001111',
  storagePlace: '保险柜',
};

const register = (desk: TestDesk, input: RegisterItemInput) =>
  registerItem(desk.ctx, desk.clerkByRole('clerk'), registerItemInput.parse(input));

const claimOf = (id: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  version: 1,
  claimantName: '赵敏',
  phone: '13912345678',
  idType: 'resident_id',
  idNumber: RESIDENT_ID,
  claimDescription: '黑色长柄伞，伞柄有划痕',
  ...extra,
});

describe('found items', () => {
  it('registers an item in custody with a SW serial, audited and searchable by words, serial and finder phone', async () => {
    const desk = await freshDesk();
    const item = register(desk, { ...umbrella, photo: PHOTO });
    expect(item).toMatchObject({ serialNo: 'SW-XH-20261124-0001', state: 'held', valuable: false, hasPhoto: true });
    expect(item.keepUntil).toBe(item.foundAt + 30 * DAY);
    expect(getItemPhoto(desk.ctx, item.id).photo).toBe(PHOTO);
    const entry = auditHistory(desk.ctx.sqlite, 'lostfoundItems', item.id)[0];
    expect(entry?.action).toBe('create');
    expect(JSON.stringify(entry)).not.toContain('base64');
    expect(searchRecords(desk.ctx.sqlite, '长柄雨伞', 10).map((h) => h.entityId)).toContain(item.id);
    expect(searchRecords(desk.ctx.sqlite, item.serialNo, 10).map((h) => h.entityId)).toContain(item.id);
    const found = register(desk, wallet);
    expect(searchRecords(desk.ctx.sqlite, '1111', 10).map((h) => h.entityId)).toContain(found.id);
    expect(searchRecords(desk.ctx.sqlite, 'coach', 10).map((h) => h.entityId)).toContain(found.id);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('marks phones, wallets, cash and ID cards as valuables; cash is counted in fen', async () => {
    const desk = await freshDesk();
    expect(register(desk, wallet).valuable).toBe(true);
    expect(register(desk, { ...umbrella, valueClass: 'valuable' }).valuable).toBe(true);
    const cash = register(desk, { ...umbrella, category: 'cash', description: '现金', cash: '125.50' });
    expect(cash).toMatchObject({ valuable: true, cashFen: 12550 });
    expect(lostfoundAttention(desk.ctx, desk.clock.now())).toMatchObject({ held: 3, valuables: 3, due: 0 });
    const valuables = listItems(desk.ctx, listItemsInput.parse({ filter: 'valuables' }));
    expect(valuables).toHaveLength(3);
  });

  it('refuses bad input at the field and writes nothing', async () => {
    const desk = await freshDesk();
    const cases: [Partial<RegisterItemInput>, string, string][] = [
      [{ category: 'cash', cash: '' }, 'cash', 'errors.lostfoundCashRequired'],
      [{ cash: '12.345' }, 'cash', 'errors.amountDecimals'],
      [{ cash: '-5' }, 'cash', 'errors.amountSign'],
      [{ description: ' ' }, 'description', 'errors.required'],
      [{ foundPlace: '' }, 'foundPlace', 'errors.required'],
      [{ finderPhone: '123' }, 'finderPhone', 'errors.phoneMobileLength'],
      [{ photo: 'data:text/html;base64,PGI+' }, 'photo', 'errors.photoFormat'],
    ];
    for (const [patch, field, message] of cases) {
      const parsed = registerItemInput.safeParse({ ...umbrella, ...patch });
      expect(parsed.error?.issues[0], field).toMatchObject({ path: [field], message });
    }
    const future = refusal(() => register(desk, { ...umbrella, foundAt: desk.clock.now() + HOUR }));
    expect(future).toMatchObject({ messageKey: 'errors.lostfoundFoundInFuture', field: 'foundAt' });
    expect(count(desk, 'lostfound_items')).toBe(0);
  });

  it('lets a lead void an item with a reason, not a clerk', async () => {
    const desk = await freshDesk();
    const item = register(desk, umbrella);
    expect(refusal(() => voidItem(desk.ctx, desk.clerkByRole('clerk'), { id: item.id, reason: '重复' })).code).toBe(
      'forbidden',
    );
    const voided = voidItem(desk.ctx, desk.clerkByRole('lead'), { id: item.id, reason: '重复登记' });
    expect(voided).toMatchObject({ state: 'voided', voidReason: '重复登记' });
    expect(lostfoundAttention(desk.ctx, desk.clock.now()).held).toBe(0);
  });
});

describe('loss reports and matching', () => {
  it('shows held items of the category, the place and the words of the report, best first', async () => {
    const desk = await freshDesk();
    const lostFrom = desk.clock.now() - 2 * HOUR;
    const theUmbrella = register(desk, umbrella);
    register(desk, { ...umbrella, description: '蓝色折叠伞', colour: '蓝色', foundPlace: '地下停车场' });
    register(desk, wallet);
    const report = reportLoss(
      desk.ctx,
      desk.clerkByRole('clerk'),
      lossReportInput.parse({
        reporterName: '赵敏',
        phone: '13912345678',
        category: 'umbrella',
        description: '黑色长柄伞',
        lostPlace: '三楼',
        lostFrom,
        lostTo: desk.clock.now(),
      }),
    );
    expect(report.serialNo).toBe('XW-XH-20261124-0001');
    const candidates = matchCandidates(desk.ctx, report.id);
    expect(candidates).toHaveLength(2);
    expect(candidates[0]).toMatchObject({ sameCategory: true, placeMatches: true });
    expect(candidates[0]?.item.id).toBe(theUmbrella.id);
    expect(candidates[0]?.words).toContain('黑色');
    expect(searchRecords(desk.ctx.sqlite, 'zm', 10).map((h) => h.entityId)).toContain(report.id);
  });

  it('leaves out items found before the loss, claimed ones and other categories without shared words', async () => {
    const desk = await freshDesk();
    const early = register(desk, umbrella);
    desk.clock.advance(3 * DAY);
    const report = reportLoss(
      desk.ctx,
      desk.clerkByRole('clerk'),
      lossReportInput.parse({
        reporterName: '赵敏',
        phone: '13912345678',
        category: 'umbrella',
        description: '黑色长柄伞',
        lostFrom: desk.clock.now() - HOUR,
        lostTo: desk.clock.now(),
      }),
    );
    register(desk, { ...wallet, description: '钱包' });
    expect(matchCandidates(desk.ctx, report.id).map((c) => c.item.id)).not.toContain(early.id);
    expect(matchCandidates(desk.ctx, report.id)).toHaveLength(0);
  });

  it('refuses a window that ends before it starts, and voids a report by a lead only', async () => {
    const desk = await freshDesk();
    const bad = lossReportInput.safeParse({
      reporterName: '赵敏',
      phone: '13912345678',
      category: 'bag',
      description: '双肩包',
      lostFrom: desk.clock.now(),
      lostTo: desk.clock.now() - HOUR,
    });
    expect(bad.error?.issues[0]).toMatchObject({ path: ['lostTo'], message: 'errors.lostfoundWindowOrder' });
    const report = reportLoss(desk.ctx, desk.clerkByRole('clerk'), {
      reporterName: '赵敏',
      phone: '13912345678',
      category: 'bag',
      description: '双肩包',
      lostPlace: '',
      lostFrom: desk.clock.now() - HOUR,
      lostTo: desk.clock.now(),
    });
    expect(refusal(() => voidReport(desk.ctx, desk.clerkByRole('clerk'), { id: report.id, reason: 'x' })).code).toBe(
      'forbidden',
    );
    expect(voidReport(desk.ctx, desk.clerkByRole('lead'), { id: report.id, reason: '失主已找到' }).voidedAt).not.toBe(
      null,
    );
  });
});

describe('claims', () => {
  it('records the claimant with the ID masked and hashed, closes the report, and audits the receipt print', async () => {
    const desk = await freshDesk();
    const item = register(desk, umbrella);
    const report = reportLoss(desk.ctx, desk.clerkByRole('clerk'), {
      reporterName: '赵敏',
      phone: '13912345678',
      category: 'umbrella',
      description: '黑色伞',
      lostPlace: '',
      lostFrom: desk.clock.now() - HOUR,
      lostTo: desk.clock.now(),
    });
    const claimed = claimItem(
      desk.ctx,
      desk.clerkByRole('clerk'),
      claimInput.parse(claimOf(item.id, { reportId: report.id })),
    );
    expect(claimed).toMatchObject({ state: 'claimed', claimantName: '赵敏', claimantIdMasked: '110***********002X' });
    const stored = desk.ctx.sqlite.prepare('select claimant_id_hash from lostfound_items').pluck().get() as string;
    expect(stored).not.toContain(RESIDENT_ID);
    expect(JSON.stringify(auditHistory(desk.ctx.sqlite, 'lostfoundItems', item.id))).not.toContain(RESIDENT_ID);
    expect(desk.ctx.sqlite.prepare('select status from lostfound_reports').pluck().get()).toBe('found');
    expect(recordClaimPrint(desk.ctx, desk.clerkByRole('clerk'), item.id)).toEqual({ reprint: false });
    expect(recordClaimPrint(desk.ctx, desk.clerkByRole('clerk'), item.id)).toEqual({ reprint: true });
    // Claimed once: a second claim is refused.
    const again = refusal(() => claimItem(desk.ctx, desk.clerkByRole('clerk'), claimInput.parse(claimOf(item.id))));
    expect(again.messageKey).toBe('errors.lostfoundItemClosed');
  });

  it('refuses an ID that fails its check digit or is missing, at the field', async () => {
    const desk = await freshDesk();
    const item = register(desk, umbrella);
    const wrong = claimInput.safeParse(claimOf(item.id, { idNumber: '110105194912310021' }));
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'errors.residentIdCheck' });
    const passport = claimInput.safeParse(claimOf(item.id, { idType: 'passport', idNumber: '护照' }));
    expect(passport.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'errors.passportFormat' });
    const none = claimInput.safeParse(claimOf(item.id, { idType: 'passport', idNumber: '' }));
    expect(none.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'errors.lostfoundIdRequired' });
    expect(claimInput.safeParse(claimOf(item.id, { idType: 'passport', idNumber: 'E12345678' })).success).toBe(true);
  });

  it("needs a lead's PIN for a valuable; a wrong PIN or a clerk's is refused and nothing is claimed", async () => {
    const desk = await freshDesk();
    const item = register(desk, wallet);
    const clerk = desk.clerkByRole('clerk');
    const input = (approval: ClaimInput['approval']) => claimInput.parse(claimOf(item.id, { approval }));
    expect(refusal(() => claimItem(desk.ctx, clerk, input(null)))).toMatchObject({
      messageKey: 'errors.lostfoundValuableApproval',
      field: 'approval',
    });
    const asClerk = { clerkId: clerk.clerkId, pin: demoPin('clerk') };
    expect(refusal(() => claimItem(desk.ctx, clerk, input(asClerk))).messageKey).toBe('errors.approverRole');
    const lead = desk.clerkByRole('lead');
    expect(refusal(() => claimItem(desk.ctx, clerk, input({ clerkId: lead.clerkId, pin: '0000' }))).field).toBe('pin');
    expect(getItem(desk.ctx, item.id).state).toBe('held');
    const claimed = claimItem(desk.ctx, clerk, input({ clerkId: lead.clerkId, pin: demoPin('lead') }));
    expect(claimed).toMatchObject({ state: 'claimed', claimApprovedByName: lead.name });
  });
});

describe('after the keeping period', () => {
  it("hands an item to the police with a supervisor's PIN and a reason, only once the period is over", async () => {
    const desk = await freshDesk();
    const item = register(desk, umbrella);
    const supervisor = desk.clerkByRole('supervisor');
    const clerk = desk.clerkByRole('clerk');
    const input = disposeInput.parse({
      id: item.id,
      version: item.version,
      to: 'police',
      reason: '保管期满无人认领',
      approval: { clerkId: supervisor.clerkId, pin: demoPin('supervisor') },
    });
    expect(refusal(() => disposeItem(desk.ctx, clerk, input)).messageKey).toBe('errors.lostfoundNotDue');
    desk.clock.advance(31 * DAY);
    expect(getItem(desk.ctx, item.id).state).toBe('due');
    expect(lostfoundAttention(desk.ctx, desk.clock.now()).due).toBe(1);
    const lead = desk.clerkByRole('lead');
    const byLead = { ...input, approval: { clerkId: lead.clerkId, pin: demoPin('lead') } };
    expect(refusal(() => disposeItem(desk.ctx, clerk, byLead)).messageKey).toBe('errors.approverRole');
    expect(disposeInput.safeParse({ ...input, reason: '' }).error?.issues[0]?.path).toEqual(['reason']);
    const done = disposeItem(desk.ctx, clerk, input);
    expect(done).toMatchObject({ state: 'police', closeReason: '保管期满无人认领', closedByName: supervisor.name });
    expect(refusal(() => disposeItem(desk.ctx, clerk, input)).messageKey).toBe('errors.lostfoundItemClosed');
  });

  it('reads the keeping period from the setting', async () => {
    const desk = await freshDesk();
    saveLostfoundSettings(desk.ctx, desk.clerkByRole('supervisor'), { keepDays: 7 });
    const item = register(desk, umbrella);
    desk.clock.advance(8 * DAY);
    expect(getItem(desk.ctx, item.id).state).toBe('due');
  });

  it('receives unclaimed goods transferred from storage', async () => {
    const desk = await freshDesk();
    const { slip } = deposit(desk, bags(addLocation(desk, 'L-09').id));
    desk.clock.advance(40 * DAY);
    transferSlip(desk.ctx, desk.clerkByRole('supervisor'), { id: slip.id, to: 'lost_found', reason: '超期无人认领' });
    const [arrived] = listItems(desk.ctx, listItemsInput.parse({}));
    expect(arrived).toMatchObject({
      finderKind: 'storage',
      fromStorageSerial: slip.serialNo,
      description: slip.description,
      storagePlace: 'L-09',
    });
  });
});

describe('handover and reports', () => {
  it('hands over every item in custody, valuables apart with the cash, and counts the shift', async () => {
    const desk = await freshDesk();
    const opened = desk.clock.now();
    register(desk, umbrella);
    register(desk, { ...wallet, category: 'cash', description: '现金', cash: '50' });
    const gone = register(desk, umbrella);
    claimItem(desk.ctx, desk.clerkByRole('clerk'), claimInput.parse(claimOf(gone.id)));
    desk.clock.advance(HOUR);
    const section = lostfoundSection.compile(
      desk.ctx,
      { id: 'no-shift', openedAt: opened, closedAt: desk.clock.now() },
      desk.clock.now(),
    );
    expect(section.counts.find((c) => c.key === 'handover.lostfound.claimed')?.value).toBe(1);
    expect(section.counts.find((c) => c.key === 'handover.lostfound.valuablesHeld')?.value).toBe(1);
    const [valuables, held] = section.open;
    expect(valuables?.items.map((i) => i.note)).toEqual(['现金 · 现金 · ¥50.00']);
    expect(held?.items).toHaveLength(1);
  });

  it('reports items found, claimed and handed over in the period, and those held at its end', async () => {
    const desk = await freshDesk();
    const from = desk.clock.now() - HOUR;
    const a = register(desk, umbrella);
    register(desk, wallet);
    const c = register(desk, umbrella);
    claimItem(desk.ctx, desk.clerkByRole('clerk'), claimInput.parse(claimOf(a.id)));
    voidItem(desk.ctx, desk.clerkByRole('lead'), { id: c.id, reason: '重复' });
    desk.clock.advance(31 * DAY);
    const supervisor = desk.clerkByRole('supervisor');
    const second = register(desk, umbrella);
    disposeItem(desk.ctx, desk.clerkByRole('clerk'), {
      id: listItems(desk.ctx, listItemsInput.parse({ filter: 'due' }))[0]?.id ?? '',
      to: 'disposed',
      reason: '保管期满',
      approval: { clerkId: supervisor.clerkId, pin: demoPin('supervisor') },
    });
    desk.clock.advance(HOUR);
    const now = desk.clock.now();
    const section = lostfoundReport.compile(desk.ctx, {
      from,
      to: now + HOUR,
      asOf: now,
      now,
      timeZone: 'Asia/Shanghai',
    });
    const figure = (key: string) => section.figures.find((f) => f.key === `reports.lostfound.${key}`)?.value;
    expect([figure('found'), figure('valuables'), figure('claimed'), figure('disposed')]).toEqual([3, 1, 1, 1]);
    expect(section.overdue[0]?.value).toBe(1);
    expect(getItem(desk.ctx, second.id).state).toBe('held');
  });
});
