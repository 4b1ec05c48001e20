import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import {
  closingTimeToday,
  findSlips,
  getSlip,
  listLocations,
  listSlips,
  recordSlipPrint,
  saveLocation,
  saveStorageSettings,
  storageHandoverSummary,
  transferSlip,
  updateSlip,
  voidSlip,
} from '../../electron/services/storage';
import { depositInput, listSlipsInput, locationInput, updateSlipInput } from '../../shared/contract/storage';
import { demoPin, freshDesk } from '../helpers/db';
import { addLocation, bags, count, DAY, deposit, HOUR, refusal } from '../helpers/storage';

describe('deposit', () => {
  it('gives a JC serial and a 6-digit claim code kept only as a hash, audited and searchable', async () => {
    const desk = await freshDesk();
    const shelf = addLocation(desk, 'A-01');
    const { slip, claimCode } = deposit(desk, bags(shelf.id));
    expect(slip.serialNo).toBe('JC-XH-20261124-0001');
    expect(claimCode).toMatch(/^\d{6}$/);
    expect(slip).toMatchObject({ pieces: 2, piecesOut: 0, locationCode: 'A-01', state: 'open', clerkName: '王芳' });
    const stored = desk.ctx.sqlite.prepare('select claim_code_hash from storage_slips').pluck().get() as string;
    expect(stored).not.toContain(claimCode);
    expect(stored.startsWith('scrypt$')).toBe(true);
    const entry = auditHistory(desk.ctx.sqlite, 'storageSlips', slip.id)[0];
    expect(entry?.action).toBe('create');
    expect(JSON.stringify(entry)).not.toContain(`"${claimCode}"`);
    expect(findSlips(desk.ctx, slip.serialNo.toLowerCase()).map((s) => s.id)).toEqual([slip.id]);
    expect(findSlips(desk.ctx, '5678').map((s) => s.id)).toEqual([slip.id]);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('expects pickup by closing time today (22:00 in Shanghai on a weekday) unless told otherwise', async () => {
    const desk = await freshDesk();
    const closing = Date.UTC(2026, 10, 24, 14, 0, 0);
    expect(closingTimeToday(desk.ctx, desk.clock.now())).toBe(closing);
    const { slip } = deposit(desk, bags(addLocation(desk, 'A-01').id));
    expect(slip.expectedPickupAt).toBe(closing);
    // Saturday 2026-11-28: weekend closing 22:30.
    expect(closingTimeToday(desk.ctx, Date.UTC(2026, 10, 28, 2))).toBe(Date.UTC(2026, 10, 28, 14, 30));
  });

  it('after closing, a blank pickup means the next day’s closing time, never a time already past', async () => {
    const desk = await freshDesk();
    const location = addLocation(desk, 'A-01').id;
    // 22:10 in Shanghai on Tuesday 2026-11-24, after the 22:00 closing: the old default was refused as past.
    desk.clock.advance(Date.UTC(2026, 10, 24, 14, 10) - desk.clock.now());
    const { slip } = deposit(desk, bags(location));
    expect(slip.expectedPickupAt).toBe(Date.UTC(2026, 10, 25, 14, 0));
    expect(slip.expectedPickupAt).toBeGreaterThan(desk.clock.now());
    // Friday after closing: Saturday's weekend closing, 22:30.
    desk.clock.advance(Date.UTC(2026, 10, 27, 14, 20) - desk.clock.now());
    const friday = deposit(desk, bags(addLocation(desk, 'A-02').id)).slip;
    expect(friday.expectedPickupAt).toBe(Date.UTC(2026, 10, 28, 14, 30));
  });

  it('refuses a second open slip at a locker, but a shared shelf takes several', async () => {
    const desk = await freshDesk();
    const locker = addLocation(desk, 'L-01');
    const shelf = addLocation(desk, 'S-01', true);
    const first = deposit(desk, bags(locker.id)).slip;
    const error = refusal(() => deposit(desk, bags(locker.id)));
    expect(error).toMatchObject({ messageKey: 'errors.locationOccupied', field: 'locationId' });
    expect(error.params).toEqual({ serialNo: first.serialNo });
    expect(count(desk, 'storage_slips')).toBe(1);
    deposit(desk, bags(shelf.id));
    deposit(desk, bags(shelf.id));
    // The demo desk's own lockers (G-…) and shelf (D-01) stay empty; look at this test's locations.
    const view = listLocations(desk.ctx, false).filter((l) => ['L-01', 'S-01'].includes(l.code));
    expect(view.map((l) => [l.code, l.openSlips, l.free])).toEqual([
      ['L-01', 1, false],
      ['S-01', 2, true],
    ]);
  });

  it('refuses bad input at the field: no pieces, bad phone, waiver above the fee, a retired location', async () => {
    const desk = await freshDesk();
    const locker = addLocation(desk, 'L-01');
    const zero = depositInput.safeParse({ ...bags(locker.id), pieces: 0 });
    expect(zero.error?.issues[0]).toMatchObject({ path: ['pieces'], message: 'errors.atLeastOne' });
    const phone = depositInput.safeParse({ ...bags(locker.id), phone: '123' });
    expect(phone.error?.issues[0]).toMatchObject({ path: ['phone'], message: 'errors.phoneMobileLength' });
    const waiver = depositInput.safeParse({ ...bags(locker.id), feeFen: 500, waivedFen: 600 });
    expect(waiver.error?.issues[0]).toMatchObject({ path: ['waivedFen'], message: 'errors.waiverAboveFee' });
    saveLocation(desk.ctx, desk.clerkByRole('supervisor'), locationInput.parse({ ...locker, active: false }));
    expect(refusal(() => deposit(desk, bags(locker.id)))).toMatchObject({ messageKey: 'errors.locationInactive' });
    expect(
      refusal(() => deposit(desk, { ...bags(addLocation(desk, 'L-02').id), expectedPickupAt: 1000 })),
    ).toMatchObject({ messageKey: 'errors.pickupInPast', field: 'expectedPickupAt' });
    expect(count(desk, 'storage_slips')).toBe(0);
  });

  it('lets the clerk waive within the limit; beyond it a lead approves with a PIN', async () => {
    const desk = await freshDesk();
    saveStorageSettings(desk.ctx, desk.clerkByRole('supervisor'), {
      feeFen: 500,
      waiverLimitFen: 200,
      claimFailuresBeforeLock: 3,
      slipLayout: 'A5',
    });
    const shelf = addLocation(desk, 'S-01', true);
    expect(deposit(desk, { ...bags(shelf.id), feeFen: 500, waivedFen: 200 }).slip.waivedFen).toBe(200);
    const refused = refusal(() => deposit(desk, { ...bags(shelf.id), feeFen: 500, waivedFen: 500 }));
    expect(refused).toMatchObject({ messageKey: 'errors.waiverNeedsApproval', field: 'waivedFen' });
    const lead = desk.clerkByRole('lead').clerkId;
    const wrong = refusal(() =>
      deposit(desk, { ...bags(shelf.id), feeFen: 500, waivedFen: 500, waiverApproval: { clerkId: lead, pin: '9999' } }),
    );
    expect(wrong.messageKey).toBe('errors.wrongPin');
    const clerk = desk.clerkByRole('clerk').clerkId;
    const notLead = refusal(() =>
      deposit(desk, {
        ...bags(shelf.id),
        feeFen: 500,
        waivedFen: 500,
        waiverApproval: { clerkId: clerk, pin: '1111' },
      }),
    );
    expect(notLead.messageKey).toBe('errors.approverRole');
    expect(count(desk, 'storage_slips')).toBe(1);
    const approved = deposit(desk, {
      ...bags(shelf.id),
      feeFen: 500,
      waivedFen: 500,
      waiverApproval: { clerkId: lead, pin: demoPin('lead') },
    });
    expect(approved.slip.waivedFen).toBe(500);
  });
});

describe('edits, void, overdue and transfer', () => {
  it('edits an untouched slip, refuses edits after pickup and on a voided slip', async () => {
    const desk = await freshDesk();
    const { slip, claimCode } = deposit(desk, bags(addLocation(desk, 'L-01').id));
    const clerk = desk.clerkByRole('clerk');
    const edit = updateSlipInput.parse({ ...bags(slip.locationId), id: slip.id, version: slip.version, pieces: 3 });
    expect(updateSlip(desk.ctx, clerk, edit).pieces).toBe(3);
    const { pickUpGoods } = await import('../../electron/services/storage');
    pickUpGoods(desk.ctx, clerk, {
      id: slip.id,
      pieces: 1,
      collectorName: '赵敏',
      proof: 'claim_code',
      claimCode,
      collectorIdType: null,
      collectorIdNumber: '',
      approval: null,
    });
    expect(refusal(() => updateSlip(desk.ctx, clerk, edit)).messageKey).toBe('errors.slipEditAfterPickup');
    expect(
      refusal(() => voidSlip(desk.ctx, desk.clerkByRole('lead'), { id: slip.id, reason: '错录' })).messageKey,
    ).toBe('errors.slipEditAfterPickup');
    const other = deposit(desk, bags(addLocation(desk, 'L-02').id)).slip;
    expect(refusal(() => voidSlip(desk.ctx, clerk, { id: other.id, reason: '错录' })).code).toBe('forbidden');
    const voided = voidSlip(desk.ctx, desk.clerkByRole('lead'), { id: other.id, reason: '重复登记' });
    expect(voided.state).toBe('voided');
    expect(listLocations(desk.ctx, false).find((l) => l.code === 'L-02')?.free).toBe(true);
    expect(refusal(() => updateSlip(desk.ctx, clerk, { ...edit, id: other.id })).messageKey).toBe('errors.slipVoided');
  });

  it('marks overdue after expected pickup, unclaimed after the policy days; only then a supervisor transfers', async () => {
    const desk = await freshDesk();
    const { slip } = deposit(desk, bags(addLocation(desk, 'L-01').id));
    const supervisor = desk.clerkByRole('supervisor');
    desk.clock.advance(13 * HOUR);
    expect(getSlip(desk.ctx, slip.id).state).toBe('overdue');
    expect(listSlips(desk.ctx, listSlipsInput.parse({ filter: 'overdue' })).map((s) => s.id)).toEqual([slip.id]);
    const summary = storageHandoverSummary(desk.ctx, desk.clock.now());
    expect(summary).toMatchObject({ stored: 1, overdue: 1, unclaimed: 0 });
    expect(summary.slips[0]).toMatchObject({
      serialNo: slip.serialNo,
      locationCode: 'L-01',
      piecesLeft: 2,
      overdue: true,
    });
    const early = refusal(() =>
      transferSlip(desk.ctx, supervisor, { id: slip.id, to: 'lost_found', reason: '无人认领' }),
    );
    expect(early.messageKey).toBe('errors.notUnclaimedYet');
    desk.clock.advance(31 * DAY);
    expect(getSlip(desk.ctx, slip.id).state).toBe('unclaimed');
    const lead = desk.clerkByRole('lead');
    expect(refusal(() => transferSlip(desk.ctx, lead, { id: slip.id, to: 'disposal', reason: 'x' })).code).toBe(
      'forbidden',
    );
    const moved = transferSlip(desk.ctx, supervisor, { id: slip.id, to: 'lost_found', reason: '超期无人认领' });
    expect(moved).toMatchObject({ state: 'transferred', transferTo: 'lost_found', transferReason: '超期无人认领' });
    expect(storageHandoverSummary(desk.ctx, desk.clock.now()).stored).toBe(0);
  });

  it('audits the first print and every reprint', async () => {
    const desk = await freshDesk();
    const { slip } = deposit(desk, bags(addLocation(desk, 'L-01').id));
    const clerk = desk.clerkByRole('clerk');
    expect(recordSlipPrint(desk.ctx, clerk, slip.id)).toEqual({ reprint: false });
    expect(recordSlipPrint(desk.ctx, clerk, slip.id)).toEqual({ reprint: true });
    const notes = auditHistory(desk.ctx.sqlite, 'storageSlips', slip.id).map((e) => e.note);
    expect(notes).toEqual(expect.arrayContaining(['printed', 'reprinted']));
  });
});
describe('locations', () => {
  it('refuse a taken code, and retiring or un-sharing a location that still holds goods', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const shelf = addLocation(desk, 'S-01', true);
    expect(refusal(() => addLocation(desk, 's-01'))).toMatchObject({
      messageKey: 'errors.locationCodeTaken',
      field: 'code',
    });
    deposit(desk, bags(shelf.id));
    deposit(desk, bags(shelf.id));
    const retire = refusal(() => saveLocation(desk.ctx, supervisor, locationInput.parse({ ...shelf, active: false })));
    expect(retire).toMatchObject({ messageKey: 'errors.locationInUse', field: 'active' });
    const unshare = refusal(() => saveLocation(desk.ctx, supervisor, locationInput.parse({ ...shelf, shared: false })));
    expect(unshare).toMatchObject({ messageKey: 'errors.locationInUse', field: 'shared' });
    expect(listLocations(desk.ctx, true).filter((l) => l.code === 'S-01')).toEqual([
      expect.objectContaining({ code: 'S-01', shared: true, active: true }),
    ]);
  });

  it('refuse moving a slip onto a locker another slip occupies', async () => {
    const desk = await freshDesk();
    const first = deposit(desk, bags(addLocation(desk, 'L-01').id)).slip;
    const second = deposit(desk, bags(addLocation(desk, 'L-02').id)).slip;
    const move = updateSlipInput.parse({ ...bags(first.locationId), id: second.id, version: second.version });
    const error = refusal(() => updateSlip(desk.ctx, desk.clerkByRole('clerk'), move));
    expect(error).toMatchObject({ messageKey: 'errors.locationOccupied', field: 'locationId' });
    expect(getSlip(desk.ctx, second.id).locationCode).toBe('L-02');
  });
});
