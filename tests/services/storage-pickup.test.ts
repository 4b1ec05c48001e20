import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { AppError } from '../../electron/services/errors';
import {
  getSlip,
  pickUpGoods,
  pickUpGoodsOffThread,
  transferSlip,
  unlockSlip,
  voidSlip,
} from '../../electron/services/storage';
import { type PickupInput, pickupInput } from '../../shared/contract/storage';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, count, DAY, deposit, refusal } from '../helpers/storage';

function pickup(desk: TestDesk, input: PickupInput) {
  return pickUpGoods(desk.ctx, desk.clerkByRole('clerk'), pickupInput.parse(input));
}

async function stored() {
  const desk = await freshDesk();
  const { slip, claimCode } = deposit(desk, bags(addLocation(desk, 'L-01').id));
  const wrong = claimCode === '000000' ? '111111' : '000000';
  return { desk, slip, claimCode, wrong };
}

const byCode = (id: string, claimCode: string, pieces = 2): PickupInput => ({
  id,
  pieces,
  collectorName: '赵敏',
  proof: 'claim_code',
  claimCode,
});

describe('pickup with the claim code', () => {
  it('hands back all pieces, closes the slip, records who, when, how and the clerk', async () => {
    const { desk, slip, claimCode } = await stored();
    const done = pickup(desk, byCode(slip.id, claimCode));
    expect(done).toMatchObject({ status: 'collected', state: 'collected', piecesOut: 2 });
    expect(done.closedAt).toBe(desk.clock.now());
    expect(done.pickups).toEqual([
      expect.objectContaining({ pieces: 2, collectorName: '赵敏', proof: 'claim_code', clerkName: '王芳' }),
    ]);
    const again = refusal(() => pickup(desk, byCode(slip.id, claimCode, 1)));
    expect(again.messageKey).toBe('errors.slipClosed');
    expect(count(desk, 'storage_pickups')).toBe(1);
  });

  it('compares the code off the main thread in the app, with the same outcome for a wrong and a right code', async () => {
    const { desk, slip, claimCode, wrong } = await stored();
    const clerk = desk.clerkByRole('clerk');
    const refused = await pickUpGoodsOffThread(desk.ctx, clerk, pickupInput.parse(byCode(slip.id, wrong))).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ messageKey: 'errors.wrongClaimCode', field: 'claimCode', params: { left: 2 } });
    expect(getSlip(desk.ctx, slip.id).failedClaims).toBe(1);
    const done = await pickUpGoodsOffThread(desk.ctx, clerk, pickupInput.parse(byCode(slip.id, claimCode)));
    expect(done).toMatchObject({ status: 'collected', piecesOut: 2 });
  });

  it('keeps the slip open after a partial pickup and refuses more pieces than are left', async () => {
    const { desk, slip, claimCode } = await stored();
    expect(pickup(desk, byCode(slip.id, claimCode, 1))).toMatchObject({ status: 'stored', piecesOut: 1 });
    const tooMany = refusal(() => pickup(desk, byCode(slip.id, claimCode, 2)));
    expect(tooMany).toMatchObject({ messageKey: 'errors.tooManyPieces', field: 'pieces', params: { left: 1 } });
    expect(pickup(desk, byCode(slip.id, claimCode, 1)).status).toBe('collected');
  });

  it('counts wrong codes, locks on the third, and a lead unlocks with a PIN', async () => {
    const { desk, slip, claimCode, wrong } = await stored();
    expect(refusal(() => pickup(desk, byCode(slip.id, wrong)))).toMatchObject({
      messageKey: 'errors.wrongClaimCode',
      field: 'claimCode',
      params: { left: 2 },
    });
    refusal(() => pickup(desk, byCode(slip.id, wrong)));
    expect(refusal(() => pickup(desk, byCode(slip.id, wrong))).messageKey).toBe('errors.slipLocked');
    // Locked: even the right code is refused now.
    expect(refusal(() => pickup(desk, byCode(slip.id, claimCode))).messageKey).toBe('errors.slipLocked');
    expect(count(desk, 'storage_pickups')).toBe(0);
    const notes = auditHistory(desk.ctx.sqlite, 'storageSlips', slip.id).map((e) => e.note);
    expect(notes).toContain('locked after wrong claim codes');
    const clerk = desk.clerkByRole('clerk');
    const byClerk = refusal(() =>
      unlockSlip(desk.ctx, clerk, { id: slip.id, approval: { clerkId: clerk.clerkId, pin: demoPin('clerk') } }),
    );
    expect(byClerk.messageKey).toBe('errors.approverRole');
    const lead = desk.clerkByRole('lead').clerkId;
    expect(
      unlockSlip(desk.ctx, clerk, { id: slip.id, approval: { clerkId: lead, pin: demoPin('lead') } }),
    ).toMatchObject({ locked: false, failedClaims: 0 });
    expect(pickup(desk, byCode(slip.id, claimCode)).status).toBe('collected');
  });

  it('refuses a malformed code before the service, and a voided or transferred slip', async () => {
    const { desk, slip, claimCode } = await stored();
    const parsed = pickupInput.safeParse(byCode(slip.id, '12ab'));
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['claimCode'], message: 'errors.claimCodeFormat' });
    const zero = pickupInput.safeParse({ ...byCode(slip.id, claimCode), pieces: 0 });
    expect(zero.error?.issues[0]).toMatchObject({ path: ['pieces'], message: 'errors.atLeastOne' });
    voidSlip(desk.ctx, desk.clerkByRole('lead'), { id: slip.id, reason: '登记错误' });
    expect(refusal(() => pickup(desk, byCode(slip.id, claimCode))).messageKey).toBe('errors.slipVoided');
    const other = deposit(desk, bags(addLocation(desk, 'L-02').id));
    desk.clock.advance(40 * DAY);
    transferSlip(desk.ctx, desk.clerkByRole('supervisor'), { id: other.slip.id, to: 'disposal', reason: '超期' });
    expect(refusal(() => pickup(desk, byCode(other.slip.id, other.claimCode))).messageKey).toBe(
      'errors.slipTransferred',
    );
    expect(count(desk, 'storage_pickups')).toBe(0);
  });
});

describe('lost slip', () => {
  const lost = (id: string, approval: PickupInput['approval']): PickupInput => ({
    id,
    pieces: 2,
    collectorName: '赵敏',
    proof: 'lost_slip',
    collectorIdType: 'resident_id',
    collectorIdNumber: '110101199003071233',
    approval,
  });

  it('needs the collector ID and an approval at the field', async () => {
    const { slip } = await stored();
    const noId = pickupInput.safeParse({ ...lost(slip.id, null), collectorIdNumber: '' });
    expect(noId.error?.issues.map((i) => i.path.join('.'))).toEqual(['collectorIdNumber', 'approval']);
  });

  it('refuses an ID that is not a real document number in the service too, and hands nothing back', async () => {
    const { desk, slip } = await stored();
    const lead = desk.clerkByRole('lead').clerkId;
    const approval = { clerkId: lead, pin: '2222' };
    // Past the schema, as a caller that skipped the form would be: the service checks the document itself.
    const direct = (patch: Partial<ReturnType<typeof pickupInput.parse>>) =>
      pickUpGoods(desk.ctx, desk.clerkByRole('clerk'), { ...pickupInput.parse(lost(slip.id, approval)), ...patch });
    expect(refusal(() => direct({ collectorIdNumber: 'abcdef' }))).toMatchObject({
      messageKey: 'errors.residentIdLength',
      field: 'collectorIdNumber',
    });
    expect(refusal(() => direct({ collectorIdNumber: '110101199003071234' }))).toMatchObject({
      messageKey: 'errors.residentIdCheck',
    });
    expect(refusal(() => direct({ collectorIdType: null }))).toMatchObject({
      messageKey: 'errors.idTypeRequired',
      field: 'collectorIdType',
    });
    expect(count(desk, 'storage_pickups')).toBe(0);
  });

  it('hands back with a lead or supervisor PIN, stores the ID masked and hashed only', async () => {
    const { desk, slip } = await stored();
    const lead = desk.clerkByRole('lead').clerkId;
    expect(refusal(() => pickup(desk, lost(slip.id, { clerkId: lead, pin: '0000' }))).messageKey).toBe(
      'errors.wrongPin',
    );
    expect(count(desk, 'storage_pickups')).toBe(0);
    const supervisor = desk.clerkByRole('supervisor').clerkId;
    const done = pickup(desk, lost(slip.id, { clerkId: supervisor, pin: demoPin('supervisor') }));
    expect(done.pickups[0]).toMatchObject({
      proof: 'lost_slip',
      collectorIdMasked: '110***********1233',
      approvedByName: '张伟',
    });
    const raw = JSON.stringify(desk.ctx.sqlite.prepare('select * from storage_pickups').all());
    expect(raw).not.toContain('110101199003071233');
    expect(JSON.stringify(auditHistory(desk.ctx.sqlite, 'storagePickups', done.pickups[0]?.id ?? ''))).not.toContain(
      '110101199003071233',
    );
    expect(getSlip(desk.ctx, slip.id).status).toBe('collected');
  });
});
