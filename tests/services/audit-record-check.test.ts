import { describe, expect, it } from 'vitest';
import type { LostfoundItemView } from '../../shared/contract/lostfound';
import { data } from '../helpers/ipc';
import { TAB_A, twoTabs } from '../helpers/two-tabs';

const item = {
  category: 'umbrella',
  description: '黑色长柄雨伞',
  foundPlace: '三楼女装区',
  finderKind: 'cleaner',
  storagePlace: '失物柜 A',
};

/** The warning on a record's own screen: its entries and its row are checked on their own, at once. */
describe('one record against the audit chain', () => {
  it('verifies untouched; a row changed with raw SQL or an altered entry fails, naming why; others still verify', async () => {
    const desk = await twoTabs();
    const changed = data<LostfoundItemView>(await desk.dispatch('lostfound:register', item, TAB_A));
    const altered = data<LostfoundItemView>(await desk.dispatch('lostfound:register', item, TAB_A));
    const untouched = data<LostfoundItemView>(await desk.dispatch('lostfound:register', item, TAB_A));
    const check = async (id: string) =>
      data(await desk.dispatch('audit:recordCheck', { entity: 'lostfoundItems', entityId: id }, TAB_A));
    expect(await check(changed.id)).toEqual({ ok: true });

    desk.sqlite().prepare("update lostfound_items set description = '改过' where id = ?").run(changed.id);
    expect(await check(changed.id)).toEqual({ ok: false, reasonKey: 'audit.recordChanged' });

    // A careful hand with a sqlite3 shell: the append-only trigger dropped first.
    desk.sqlite().exec('drop trigger audit_log_no_update');
    desk
      .sqlite()
      .prepare("update audit_log set note = '改过' where entity = 'lostfoundItems' and entity_id = ?")
      .run(altered.id);
    expect(await check(altered.id)).toEqual({ ok: false, reasonKey: 'audit.entryAltered' });

    expect(await check(untouched.id)).toEqual({ ok: true });
  });
});
