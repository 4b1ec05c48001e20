import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idDocumentProblem, residentIdCheckCharacter } from '../../shared/contract/id-documents';
import { addWatchInput, registerVisitInput } from '../../shared/contract/reception';
import { pickupInput } from '../../shared/contract/storage';
import { parseMessage } from '../../shared/errors';
import { GOOD_ID } from '../helpers/reception';

const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const problem = (type: Parameters<typeof idDocumentProblem>[0], value: string) => idDocumentProblem(type, value, NOW);

describe('resident ID (GB 11643)', () => {
  it('accepts a valid number, a lower-case x and spaces', () => {
    expect(problem('resident_id', GOOD_ID)).toBeNull();
    expect(problem('resident_id', '11010519491231002x')).toBeNull();
    expect(problem('resident_id', '110105 19491231 002X')).toBeNull();
    expect(problem('resident_id', '110101199003071233')).toBeNull();
    expect(problem('resident_id', '11010519000101001X')).toBeNull();
  });

  it('refuses a wrong length, region, impossible or out-of-range birth date, and check character', () => {
    expect(problem('resident_id', '11010519491231002')).toBe('errors.residentIdLength');
    expect(problem('resident_id', 'abcdef')).toBe('errors.residentIdLength');
    expect(problem('resident_id', '990105194912310023')).toBe('errors.residentIdRegion');
    expect(problem('resident_id', '110105199002310023')).toBe('errors.residentIdBirth'); // 31 February
    expect(problem('resident_id', '110105199013010026')).toBe('errors.residentIdBirth'); // month 13
    expect(problem('resident_id', '110105209912310029')).toBe('errors.residentIdBirth'); // in the future
    expect(problem('resident_id', '110105189912310023')).toBe('errors.residentIdBirth'); // before 1900
    expect(problem('resident_id', '110105194912310021')).toBe('errors.residentIdCheck');
  });

  it('every wrong check character is refused (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (i) => {
        const ch = '0123456789X'[i] as string;
        const first17 = GOOD_ID.slice(0, 17);
        const expected = ch === residentIdCheckCharacter(first17) ? null : 'errors.residentIdCheck';
        expect(problem('resident_id', first17 + ch)).toBe(expected);
      }),
    );
  });
});

describe('other documents, each with its own format', () => {
  it('港澳居民来往内地通行证: H or M and 8 digits (10 on older cards)', () => {
    expect(problem('hk_macau_permit', 'H12345678')).toBeNull();
    expect(problem('hk_macau_permit', 'm1234567801')).toBeNull();
    expect(problem('hk_macau_permit', 'A12345678')).toBe('errors.hkMacauPermitFormat');
    expect(problem('hk_macau_permit', 'H1234567')).toBe('errors.hkMacauPermitFormat');
  });

  it('台湾居民来往大陆通行证: 8 digits (10 on the older booklet)', () => {
    expect(problem('taiwan_permit', '12345678')).toBeNull();
    expect(problem('taiwan_permit', '1234567890')).toBeNull();
    expect(problem('taiwan_permit', '1234567')).toBe('errors.taiwanPermitFormat');
    expect(problem('taiwan_permit', 'T1234567')).toBe('errors.taiwanPermitFormat');
  });

  it('护照: 5 to 17 letters and digits with at least one digit', () => {
    expect(problem('passport', 'E12345678')).toBeNull();
    expect(problem('passport', 'ea1234567')).toBeNull();
    expect(problem('passport', 'ABCDEFG')).toBe('errors.passportFormat');
    expect(problem('passport', 'E12')).toBe('errors.passportFormat');
    expect(problem('passport', '张三12345')).toBe('errors.passportFormat');
  });

  it('外国人永久居留身份证: the 2017 design (3 letters, 12 digits) and the 2023 design (18, from 9, checked)', () => {
    expect(problem('foreign_permanent_resident', 'USA110080010101')).toBeNull();
    expect(problem('foreign_permanent_resident', '935001198001010012')).toBeNull();
    expect(problem('foreign_permanent_resident', '935001198001010013')).toBe('errors.foreignPermanentCheck');
    expect(problem('foreign_permanent_resident', 'US1100800101')).toBe('errors.foreignPermanentFormat');
  });

  it('no new number under the old free-text type', () => {
    expect(problem('other', 'anything')).toBe('errors.idTypeOther');
  });
});

describe('the same check wherever an ID is taken', () => {
  const firstIssue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
    const issue = r.error?.issues[0];
    return issue ? { path: issue.path.join('.'), key: parseMessage(issue.message).key } : null;
  };

  it('visitor registration', () => {
    const base = { visitorName: '李四', purpose: 'visit' as const };
    expect(firstIssue(registerVisitInput.safeParse({ ...base, idType: 'resident_id', idNumber: GOOD_ID }))).toBeNull();
    expect(
      firstIssue(registerVisitInput.safeParse({ ...base, idType: 'resident_id', idNumber: '110105199002310023' })),
    ).toEqual({ path: 'idNumber', key: 'errors.residentIdBirth' });
    expect(firstIssue(registerVisitInput.safeParse({ ...base, idType: 'other', idNumber: 'X1' }))).toEqual({
      path: 'idType',
      key: 'errors.idTypeOther',
    });
    expect(firstIssue(registerVisitInput.safeParse({ ...base, idType: 'passport', idNumber: '护照' }))).toEqual({
      path: 'idNumber',
      key: 'errors.passportFormat',
    });
  });

  it('the watch list', () => {
    expect(
      firstIssue(addWatchInput.safeParse({ idType: 'resident_id', idNumber: GOOD_ID, reason: '曾寻衅滋事' })),
    ).toBeNull();
    expect(
      firstIssue(addWatchInput.safeParse({ idType: 'resident_id', idNumber: '123456', reason: '曾寻衅滋事' })),
    ).toEqual({
      path: 'idNumber',
      key: 'errors.residentIdLength',
    });
    expect(firstIssue(addWatchInput.safeParse({ idNumber: GOOD_ID, reason: '曾寻衅滋事' }))).toEqual({
      path: 'idType',
      key: 'errors.idTypeRequired',
    });
  });

  it('a lost-slip pickup: six arbitrary characters no longer pass', () => {
    const lost = {
      id: '0192a000-0000-7000-8000-000000000000',
      pieces: 1,
      collectorName: '赵敏',
      proof: 'lost_slip' as const,
      approval: { clerkId: '0192a000-0000-7000-8000-000000000001', pin: '2222' },
    };
    expect(
      firstIssue(pickupInput.safeParse({ ...lost, collectorIdType: 'resident_id', collectorIdNumber: 'abcdef' })),
    ).toEqual({ path: 'collectorIdNumber', key: 'errors.residentIdLength' });
    expect(firstIssue(pickupInput.safeParse({ ...lost, collectorIdNumber: GOOD_ID }))).toEqual({
      path: 'collectorIdType',
      key: 'errors.idTypeRequired',
    });
    expect(
      firstIssue(
        pickupInput.safeParse({ ...lost, collectorIdType: 'hk_macau_permit', collectorIdNumber: 'H12345678' }),
      ),
    ).toBeNull();
  });
});
