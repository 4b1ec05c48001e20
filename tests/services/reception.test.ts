import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { listOnSite } from '../../electron/services/reception/visit-queries';
import {
  FUTURE_TOLERANCE_MS,
  recordEvacuationPrint,
  signOutVisit,
  updateVisit,
  voidVisit,
} from '../../electron/services/reception/visits';
import {
  isValidPlate,
  isValidResidentId,
  maskIdNumber,
  type RegisterVisitInput,
  registerVisitInput,
  updateVisitInput,
} from '../../shared/contract/reception';
import { freshDesk, type TestDesk } from '../helpers/db';
import { BAD_ID, base, count, DAY, firstIssue, GOOD_ID, MINUTE, refusal, register } from '../helpers/reception';

describe('resident IDs and plates', () => {
  it('checks the GB 11643 check digit and masks first three and last four', () => {
    expect(isValidResidentId(GOOD_ID)).toBe(true);
    expect(isValidResidentId(GOOD_ID.toLowerCase())).toBe(true);
    expect(isValidResidentId(BAD_ID)).toBe(false);
    expect(isValidResidentId('1101051949123100')).toBe(false);
    expect(maskIdNumber(GOOD_ID)).toBe('110***********002X');
  });

  it('accepts ordinary and new-energy plates and refuses others', () => {
    for (const plate of ['沪A12345', '粤B·D12345', '京AD12345', '苏E12345F', '浙A1234学', '沪a 12345'])
      expect(isValidPlate(plate), plate).toBe(true);
    for (const plate of ['A12345', '沪12345', '沪AI2345', '沪A1234', '沪A123456789', 'XX-123'])
      expect(isValidPlate(plate), plate).toBe(false);
  });
});

describe('the register form contract', () => {
  const refused = (patch: Partial<RegisterVisitInput>) =>
    firstIssue(registerVisitInput.safeParse({ ...base, ...patch }));

  it('refuses each bad field with its i18n key', () => {
    expect(refused({ visitorName: '  ' })).toEqual({ path: 'visitorName', key: 'errors.required' });
    expect(refused({ phone: '12345' })).toEqual({ path: 'phone', key: 'errors.phoneMobileLength' });
    expect(refused({ phone: '12812345678' })).toEqual({ path: 'phone', key: 'errors.phoneMobilePrefix' });
    expect(refused({ plate: '沪12345' })).toEqual({ path: 'plate', key: 'errors.plateFormat' });
    expect(refused({ partySize: 0 })).toEqual({ path: 'partySize', key: 'errors.atLeastOne' });
    expect(refused({ idType: 'resident_id', idNumber: BAD_ID })).toEqual({
      path: 'idNumber',
      key: 'errors.residentIdCheck',
    });
    expect(refused({ idNumber: GOOD_ID })).toEqual({ path: 'idType', key: 'errors.idTypeRequired' });
    expect(refused({ purpose: 'repair' })).toEqual({ path: 'repairLocation', key: 'errors.required' });
    // @ts-expect-error: not a purpose
    expect(refused({ purpose: 'party' })).toMatchObject({ path: 'purpose' });
  });

  it('accepts landlines, passports without check digits, and normalises the plate', () => {
    const parsed = registerVisitInput.parse({
      ...base,
      phone: '021-55501234',
      idType: 'passport',
      idNumber: 'e1234567',
      plate: '粤b·d12345',
    });
    expect(parsed).toMatchObject({ phone: '021-55501234', idNumber: 'E1234567', plate: '粤BD12345', partySize: 1 });
  });
});

describe('registering a visit', () => {
  it('stores the ID masked and keyed-hashed, never in clear, with an LF serial, audited and searchable', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { idType: 'resident_id', idNumber: GOOD_ID, plate: '沪A12345', badgeNo: 'B07' });
    expect(visit.serialNo).toBe('LF-XH-20261124-0001');
    expect(visit).toMatchObject({ idMasked: '110***********002X', timeIn: desk.clock.now(), timeOut: null });
    const raw = desk.ctx.sqlite.prepare('select * from visits').get() as Record<string, unknown>;
    expect(JSON.stringify(raw)).not.toContain(GOOD_ID);
    expect(raw.id_hash).toMatch(/^[0-9a-f]{64}$/);
    const log = desk.ctx.sqlite.prepare('select group_concat(changes) from audit_log').pluck().get() as string;
    expect(log).not.toContain(GOOD_ID);
    expect(auditHistory(desk.ctx.sqlite, 'visits', visit.id)[0]?.action).toBe('create');
    const hits = desk.ctx.sqlite
      .prepare("select entity_id from search_entries where module = 'reception'")
      .pluck()
      .all();
    expect(hits).toEqual([visit.id]);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('two databases hash the same ID differently (the key is per database)', async () => {
    const a = await freshDesk();
    const b = await freshDesk();
    const hashOf = (desk: TestDesk) => {
      register(desk, { idType: 'resident_id', idNumber: GOOD_ID });
      return desk.ctx.sqlite.prepare('select id_hash from visits').pluck().get();
    };
    expect(hashOf(a)).not.toBe(hashOf(b));
  });

  it('refuses a time in beyond a few minutes ahead, and writes nothing', async () => {
    const desk = await freshDesk();
    const entries = count(desk, 'audit_log');
    const now = desk.clock.now();
    expect(register(desk, { timeIn: now + FUTURE_TOLERANCE_MS }).timeIn).toBe(now + FUTURE_TOLERANCE_MS);
    const error = refusal(() => register(desk, { timeIn: now + FUTURE_TOLERANCE_MS + MINUTE }));
    expect(error).toMatchObject({ messageKey: 'errors.futureTime', field: 'timeIn' });
    expect(count(desk, 'visits')).toBe(1);
    expect(count(desk, 'audit_log')).toBe(entries + 1);
  });

  it('records the repair location, department and follow-up only for repair reports', async () => {
    const desk = await freshDesk();
    const department = desk.ctx.sqlite.prepare('select id from departments limit 1').pluck().get() as string;
    const due = desk.clock.now() + DAY;
    const repair = register(desk, {
      purpose: 'repair',
      repairLocation: 'B1 卫生间',
      repairDepartmentId: department,
      repairFollowUpDue: due,
    });
    expect(repair).toMatchObject({
      repairLocation: 'B1 卫生间',
      repairDepartmentId: department,
      repairFollowUpDue: due,
    });
    expect(repair.repairDepartmentName).toBeTruthy();
    const visit = register(desk, { repairLocation: 'ignored', repairDepartmentId: department });
    expect(visit).toMatchObject({ repairLocation: '', repairDepartmentId: null });
  });
});

describe('signing out', () => {
  it('records time out and badge returned; refuses twice and before time in', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visit = register(desk, { badgeNo: 'B01' });
    expect(
      refusal(() =>
        signOutVisit(desk.ctx, clerk, { id: visit.id, badgeReturned: true, timeOut: visit.timeIn - MINUTE }),
      ),
    ).toMatchObject({
      messageKey: 'errors.timeOutBeforeTimeIn',
      field: 'timeOut',
    });
    desk.clock.advance(35 * MINUTE);
    const out = signOutVisit(desk.ctx, clerk, { id: visit.id, badgeReturned: true });
    expect(out).toMatchObject({ timeOut: desk.clock.now(), badgeReturned: true });
    expect(refusal(() => signOutVisit(desk.ctx, clerk, { id: visit.id, badgeReturned: true })).messageKey).toBe(
      'errors.alreadySignedOut',
    );
    expect(auditHistory(desk.ctx.sqlite, 'visits', visit.id).at(-1)).toMatchObject({ note: 'sign_out' });
  });

  it('an edit cannot move time in after time out', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visit = register(desk, { timeIn: desk.clock.now() - 60 * MINUTE });
    signOutVisit(desk.ctx, clerk, { id: visit.id, badgeReturned: true, timeOut: desk.clock.now() - 30 * MINUTE });
    const edit = updateVisitInput.parse({ ...base, id: visit.id, version: 2, timeIn: desk.clock.now() - 10 * MINUTE });
    expect(refusal(() => updateVisit(desk.ctx, clerk, edit)).messageKey).toBe('errors.timeOutBeforeTimeIn');
  });
});

describe('on site, edit and void', () => {
  it('lists who is on site, oldest first, without those signed out or voided', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const first = register(desk, { visitorName: '甲' });
    desk.clock.advance(MINUTE);
    const second = register(desk, { visitorName: '乙' });
    const third = register(desk, { visitorName: '丙' });
    signOutVisit(desk.ctx, clerk, { id: second.id, badgeReturned: true });
    voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: third.id, reason: '重复登记' });
    expect(listOnSite(desk.ctx).map((v) => v.id)).toEqual([first.id]);
    expect(recordEvacuationPrint(desk.ctx, clerk, 1)).toEqual({ count: 1 });
    expect(auditHistory(desk.ctx.sqlite, 'reception', 'evacuation_list')[0]).toMatchObject({
      note: 'evacuation_list_printed',
      changes: { count: 1 },
    });
  });

  it('edits with audit; voids with a reason and refuses further changes', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const visit = register(desk);
    const edited = updateVisit(
      desk.ctx,
      clerk,
      updateVisitInput.parse({ ...base, id: visit.id, version: visit.version, organisation: '顺丰' }),
    );
    expect(edited.organisation).toBe('顺丰');
    expect(auditHistory(desk.ctx.sqlite, 'visits', visit.id).at(-1)?.changes).toMatchObject({
      organisation: ['', '顺丰'],
    });
    expect(refusal(() => voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: visit.id, reason: ' ' })).messageKey).toBe(
      'errors.required',
    );
    const voided = voidVisit(desk.ctx, desk.clerkByRole('lead'), { id: visit.id, reason: '登记错误' });
    expect(voided).toMatchObject({ voidReason: '登记错误' });
    expect(refusal(() => signOutVisit(desk.ctx, clerk, { id: visit.id, badgeReturned: true })).messageKey).toBe(
      'errors.visitVoided',
    );
    expect(count(desk, 'visits')).toBe(1);
  });
});
