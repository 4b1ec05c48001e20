import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import type { SessionView } from '../../shared/contract/session';
import type { JoinStateView } from '../../shared/contract/sync';
import { data, failure, startIpcDesk } from '../helpers/ipc';

/** The first start of a PC with no data: a demo desk, or a new empty desk of its own (joining: sync-join.test.ts). */
const newDesk = {
  siteName: '万象城',
  siteCode: 'wxc',
  counterName: '一楼服务台',
  supervisorName: '陈静',
  employeeNo: 'S001',
  pin: '246810',
};

describe('first start of a PC with no data', () => {
  it('starts the demo desk once; a PC with data is refused and keeps what it has', async () => {
    const pc = await startIpcDesk({ demoData: false });
    expect(data<JoinStateView>(await pc.dispatch('sync:startDemo', {})).canJoin).toBe(false);
    expect(pc.count('select count(*) from site')).toBe(1);
    expect((await pc.loginAs('K003', 'supervisor')).site.code).toBe('XH');
    const clerks = pc.count('select count(*) from clerks');
    expect(failure(await pc.dispatch('sync:startDemo', {})).messageKey).toBe('sync.errors.notEmpty');
    expect(failure(await pc.dispatch('sync:startNew', newDesk)).messageKey).toBe('sync.errors.notEmpty');
    expect(pc.count('select count(*) from clerks')).toBe(clerks);
    expect(pc.count('select count(*) from site')).toBe(1);
  }, 60_000);

  it('starts a new empty desk: its site, this counter and the supervisor, who logs in with the PIN chosen', async () => {
    const pc = await startIpcDesk({ demoData: false });
    // Bad values are refused at their field, and nothing is written.
    expect(failure(await pc.dispatch('sync:startNew', { ...newDesk, siteCode: 'x' })).field).toBe('siteCode');
    expect(failure(await pc.dispatch('sync:startNew', { ...newDesk, pin: '12' })).field).toBe('pin');
    expect(failure(await pc.dispatch('sync:startNew', { ...newDesk, siteName: ' ' })).field).toBe('siteName');
    expect(pc.count('select count(*) from audit_log')).toBe(0);

    expect(data<JoinStateView>(await pc.dispatch('sync:startNew', newDesk))).toMatchObject({ canJoin: false });
    expect(pc.count('select count(*) from clerks')).toBe(1);
    expect(pc.count("select count(*) from clerks where role = 'supervisor' and employee_no = 'S001'")).toBe(1);
    // No demo data: no demo shop, no demo clerk.
    expect(pc.count('select count(*) from shops')).toBe(0);
    const session = data<SessionView>(
      await pc.dispatch('session:login', { clerkId: await pc.idOf('S001'), pin: '246810' }),
    );
    expect(session.site).toMatchObject({ name: '万象城', code: 'WXC' });
    expect(pc.sqlite().prepare("select value from settings where key = 'thisCounter'").pluck().get()).toBeTruthy();
    expect(verifyAuditChain(pc.sqlite()).ok).toBe(true);
    // A wrong PIN is still refused; a second first start is refused.
    expect(failure(await pc.dispatch('session:login', { clerkId: await pc.idOf('S001'), pin: '135790' }))).toBeTruthy();
    expect(failure(await pc.dispatch('sync:startNew', { ...newDesk, employeeNo: 'S002' })).messageKey).toBe(
      'sync.errors.notEmpty',
    );
  }, 60_000);
});
