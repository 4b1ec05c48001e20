import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { AppError } from '../../electron/services/errors';
import { issuePass, returnPass, updatePass } from '../../electron/services/passes';
import { searchRecords } from '../../electron/services/search/query';
import {
  type IssuePassInput,
  issuePassInput,
  type PassView,
  returnPassInput,
  type UpdatePassInput,
  updatePassInput,
} from '../../shared/contract/passes';
import { freshDesk, type TestDesk } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';
import { workerPass } from '../helpers/samples';

/** The test clock starts on 2026-11-24 at 10:00 in Shanghai. */
const { fee: _noFee, ...worker }: IssuePassInput = workerPass;

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const issue = (desk: TestDesk, input: Partial<IssuePassInput> = {}) =>
  issuePass(desk.ctx, desk.clerkByRole('clerk'), issuePassInput.parse({ ...worker, ...input }));
const edit = (desk: TestDesk, pass: PassView, fields: Omit<UpdatePassInput, 'id' | 'version'>) =>
  updatePass(
    desk.ctx,
    desk.clerkByRole('clerk'),
    updatePassInput.parse({ ...fields, id: pass.id, version: pass.version }),
  );
const count = (desk: TestDesk) => desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get() as number;

describe('editing a pass', () => {
  it('refuses bad input at its field before anything runs', () => {
    const base = { id: '0190f0e0-0000-7000-8000-000000000001', version: 1 };
    expect(updatePassInput.safeParse({ ...base, unit: '5 栋 101' }).success).toBe(true);
    const phone = updatePassInput.safeParse({ ...base, phone: '1370000' });
    expect(phone.success || phone.error.issues[0]?.path.join('.')).toBe('phone');
    const name = updatePassInput.safeParse({ ...base, holderName: '' });
    expect(name.success || name.error.issues[0]?.path.join('.')).toBe('holderName');
    expect(updatePassInput.safeParse({ unit: '5 栋 101' }).success).toBe(false);
  });

  it('writes only what changed, with one audit entry, moves the version and finds the pass by its new unit', async () => {
    const desk = await freshDesk();
    const pass = issue(desk);
    const before = count(desk);
    const edited = edit(desk, pass, { unit: '5 栋 101', phone: worker.phone, validTo: '2026-12-31' });
    expect(edited.unit).toBe('5 栋 101');
    expect(edited.validTo).toBe('2026-12-31');
    expect(edited.company).toBe(worker.company);
    expect(edited.version).toBe(pass.version + 1);
    expect(count(desk) - before).toBe(1);
    const entry = desk.ctx.sqlite
      .prepare("select changes from audit_log where entity = 'passes' order by rowid desc limit 1")
      .pluck()
      .get() as string;
    // The phone was sent as it was: only the unit and the last day are in the entry.
    expect(entry).toContain('5 栋 101');
    expect(entry).toContain('2026-12-31');
    expect(entry).not.toContain(worker.phone);
    expect(searchRecords(desk.ctx.sqlite, '5 栋 101', 5).some((h) => h.entityId === pass.id)).toBe(true);
    expect(verifyAuditChain(desk.ctx.sqlite).ok).toBe(true);
    // Nothing changed: nothing written.
    const unchanged = edit(desk, edited, { unit: '5 栋 101' });
    expect(unchanged.version).toBe(edited.version);
    expect(count(desk) - before).toBe(1);
  });

  it('refuses a vehicle pass without its plate, a period out of order or too long, and a returned pass', async () => {
    const desk = await freshDesk();
    const car = issue(desk, { kind: 'vehicle', idNumber: '', idType: null, vehiclePlate: '沪A12345' });
    expect(refusal(() => edit(desk, car, { vehiclePlate: '' })).field).toBe('vehiclePlate');
    const pass = issue(desk);
    expect(refusal(() => edit(desk, pass, { validTo: '2026-11-01' })).messageKey).toBe('errors.passPeriodOrder');
    expect(refusal(() => edit(desk, pass, { validTo: '2027-12-31' })).messageKey).toBe('errors.passTooLong');
    const back = returnPass(
      desk.ctx,
      desk.clerkByRole('clerk'),
      returnPassInput.parse({ id: pass.id, version: pass.version }),
    );
    expect(refusal(() => edit(desk, back, { unit: '9 栋 1' })).messageKey).toBe('errors.passReturned');
  });

  it('refuses a stale edit through the channel, naming who changed the pass since', async () => {
    const desk = await startIpcDesk();
    const me = await desk.loginAs('K001', 'clerk');
    const issued = data<PassView>(await desk.dispatch('passes:issue', worker));
    data(await desk.dispatch('passes:update', { id: issued.id, version: issued.version, unit: '5 栋 101' }));
    const before = desk.count('select count(*) from audit_log');
    const stale = failure(
      await desk.dispatch('passes:update', { id: issued.id, version: issued.version, company: '别的公司' }),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(stale.changedSince?.[0]?.clerkName).toBe(me.clerk.name);
    expect(stale.changedSince?.[0]?.fieldKeys.length).toBeGreaterThan(0);
    expect(desk.count('select count(*) from audit_log')).toBe(before);
    expect(desk.count("select count(*) from passes where company = '别的公司'")).toBe(0);
    // Bad input is refused before the service runs.
    expect(failure(await desk.dispatch('passes:update', { id: issued.id, version: 2, phone: '123' })).field).toBe(
      'phone',
    );
  });
});
