import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../shared/contract/session';
import type { SiteKindSetting } from '../../shared/contract/settings';
import { moduleFitsSite, moduleNames } from '../../shared/modules';
import { data, failure, startIpcDesk } from '../helpers/ipc';

describe('the kind of desk (site setting)', () => {
  it('shows every module at a desk that is both, leaves invoices, returns, gifts and the shop directory to the mall, release passes to property', () => {
    expect(moduleNames.filter((m) => !moduleFitsSite(m, 'both'))).toEqual([]);
    expect(moduleNames.filter((m) => !moduleFitsSite(m, 'property'))).toEqual([
      'invoices',
      'returns',
      'gifts',
      'directory',
    ]);
    expect(moduleNames.filter((m) => !moduleFitsSite(m, 'mall'))).toEqual(['releases', 'passes', 'renovations']);
  });

  it('is both by default, changed by a supervisor only, refuses an unknown kind, and the session carries it', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    expect(data<SiteKindSetting>(await desk.dispatch('settings:siteKind', {}))).toEqual({ kind: 'both', version: 0 });
    expect(failure(await desk.dispatch('settings:saveSiteKind', { version: 0, kind: 'property' })).code).toBe(
      'forbidden',
    );
    await desk.loginAs('K003', 'supervisor');
    const entries = desk.count('select count(*) from audit_log');
    expect(failure(await desk.dispatch('settings:saveSiteKind', { version: 0, kind: 'hotel' })).field).toBe('kind');
    expect(desk.count('select count(*) from audit_log')).toBe(entries);
    expect(
      data<SiteKindSetting>(await desk.dispatch('settings:saveSiteKind', { version: 0, kind: 'property' })),
    ).toEqual({ kind: 'property', version: 1 });
    expect(desk.count("select count(*) from audit_log where entity = 'settings' and entity_id = 'siteKind'")).toBe(1);
    const session = data<SessionView>(await desk.dispatch('session:current', {}));
    expect(session.site.kind).toBe('property');
  });
});
