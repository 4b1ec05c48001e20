import { describe, expect, it } from 'vitest';
import { auditHistory } from '../../electron/services/audit/history';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { getShop, listDirectory, saveShop, voidShop } from '../../electron/services/directory';
import { directoryHitStatus } from '../../electron/services/directory/hit-status';
import { directoryShopsMoved, moveDirectoryShops } from '../../electron/services/directory/move-shops';
import { searchRecords } from '../../electron/services/search/query';
import { addItem, listItems, updateItem } from '../../electron/services/settings';
import { withExpectedVersion } from '../../electron/services/versions';
import { write } from '../../electron/services/write';
import { listDirectoryInput, shopInput } from '../../shared/contract/directory';
import { freshDesk, type TestDesk } from '../helpers/db';
import { refusal } from '../helpers/storage';

const names = (desk: TestDesk, includeVoided = false) =>
  listDirectory(desk.ctx, listDirectoryInput.parse({ includeVoided })).shops.map((s) => s.name);
const settingsNames = (desk: TestDesk, includeInactive = false) =>
  listItems(desk.ctx, 'shops', includeInactive).map((s) => s.name);
const hits = (desk: TestDesk, text: string) =>
  searchRecords(desk.ctx.sqlite, text, 20).filter((h) => h.module === 'directory');

describe('one list of shops: settings and the directory read and edit the same records', () => {
  it('shows a shop added in settings in the directory and Ctrl+K, with its hours not entered yet', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const added = addItem(desk.ctx, supervisor, {
      kind: 'shops',
      name: '喜茶',
      unitNo: 'L3-08',
      floor: '3F',
      phone: '',
    });
    expect(names(desk)).toContain('喜茶');
    const shop = getShop(desk.ctx, added.id);
    expect(shop).toMatchObject({ category: 'other', opensAt: '', closesAt: '', active: true, unitNo: 'L3-08' });
    expect(hits(desk, '喜茶').map((h) => [h.entityId, h.subtitle])).toEqual([[added.id, '3F L3-08']]);
    expect(directoryHitStatus(desk.ctx, added.id)?.status.labelKey).toBe('directory.hit.hoursUnknown');
    // The directory enters its hours on the same record; settings then shows the version that moved.
    const edited = withExpectedVersion({ entity: 'shops', id: added.id, version: 1 }, () =>
      saveShop(
        desk.ctx,
        supervisor,
        shopInput.parse({
          id: added.id,
          version: 1,
          name: '喜茶',
          category: 'food',
          floor: '3F',
          unitNo: 'L3-08',
          phone: '021-55502308',
          opensAt: '10:00',
          closesAt: '22:00',
        }),
      ),
    );
    expect(edited).toMatchObject({ version: 2, category: 'food' });
    expect(listItems(desk.ctx, 'shops', false).find((s) => s.id === added.id)).toMatchObject({
      version: 2,
      phone: '021-55502308',
    });
    expect(hits(desk, '喜茶')[0]?.subtitle).toBe('3F L3-08 · 10:00–22:00');
    // An edit in settings based on the version before the directory's is refused, naming the change.
    const stale = refusal(() =>
      withExpectedVersion({ entity: 'shops', id: added.id, version: 1 }, () =>
        updateItem(desk.ctx, supervisor, {
          id: added.id,
          kind: 'shops',
          name: '喜茶 GO',
          active: true,
          unitNo: 'L3-08',
          floor: '3F',
          phone: '',
        }),
      ),
    );
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(getShop(desk.ctx, added.id).name).toBe('喜茶');
    // Renamed in settings, the directory and Ctrl+K say the new name, and the hours stay.
    updateItem(desk.ctx, supervisor, {
      id: added.id,
      kind: 'shops',
      name: '喜茶 GO',
      active: true,
      unitNo: 'L3-09',
      floor: '3F',
      phone: '021-55502308',
    });
    expect(getShop(desk.ctx, added.id)).toMatchObject({ name: '喜茶 GO', unitNo: 'L3-09', opensAt: '10:00' });
    expect(hits(desk, '喜茶')[0]).toMatchObject({ title: '喜茶 GO', subtitle: '3F L3-09 · 10:00–22:00' });
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('takes a shop off both lists at once: voided in the directory, or deactivated in settings and put back', async () => {
    const desk = await freshDesk();
    const supervisor = desk.clerkByRole('supervisor');
    const starbucks = listItems(desk.ctx, 'shops', false).find((s) => s.name === '星巴克');
    if (!starbucks) throw new Error('no demo shop');
    const off = (active: boolean) =>
      updateItem(desk.ctx, supervisor, {
        id: starbucks.id,
        kind: 'shops',
        name: '星巴克',
        active,
        unitNo: 'L1-05',
        floor: '1F',
        phone: '021-66082105',
      });
    off(false);
    expect(settingsNames(desk)).not.toContain('星巴克');
    expect(names(desk)).not.toContain('星巴克');
    expect(names(desk, true)).toContain('星巴克');
    expect(getShop(desk.ctx, starbucks.id)).toMatchObject({
      active: false,
      voidReason: null,
      voidedAt: desk.clock.current,
    });
    expect(hits(desk, '星巴克')[0]).toMatchObject({ voided: true });
    expect(directoryHitStatus(desk.ctx, starbucks.id)?.status.labelKey).toBe('directory.hit.voided');
    off(true);
    expect(names(desk)).toContain('星巴克');
    expect(getShop(desk.ctx, starbucks.id)).toMatchObject({ active: true, voidedAt: null, opensAt: '07:30' });
    expect(hits(desk, '星巴克')[0]).toMatchObject({ voided: false });
    // A lead's void in the directory takes it off the shop list every module offers.
    voidShop(desk.ctx, desk.clerkByRole('lead'), { id: starbucks.id, reason: '已撤场' });
    expect(settingsNames(desk)).not.toContain('星巴克');
    expect(listItems(desk.ctx, 'shops', true).find((s) => s.id === starbucks.id)).toMatchObject({ active: false });
    expect(auditHistory(desk.ctx.sqlite, 'shops', starbucks.id).map((e) => e.action)).toEqual([
      'create',
      'update',
      'update',
      'void',
    ]);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses, in the database too, a category it does not know and hours that are not two different times', async () => {
    const desk = await freshDesk();
    const id = listItems(desk.ctx, 'shops', false)[0]?.id;
    const set = (sql: string) => () => desk.ctx.sqlite.prepare(`update shops set ${sql} where id = ?`).run(id);
    expect(set("opens_at = '25:00'")).toThrow(/shops_directory_fields/);
    expect(set("opens_at = '10:00', closes_at = '10:00'")).toThrow(/shops_directory_fields/);
    expect(set("opens_at = '10:00', closes_at = ''")).toThrow(/shops_directory_fields/);
    expect(set("category = 'bank'")).toThrow(/shops_directory_fields/);
    const insert = (hours: string) => () =>
      desk.ctx.sqlite
        .prepare(
          `insert into shops (id, name, opens_at, closes_at, created_at, updated_at) values ('x', 'x', ${hours}, 0, 0)`,
        )
        .run();
    expect(insert("'9:00', '22:00'")).toThrow(/shops_directory_fields/);
    expect(desk.ctx.sqlite.prepare("select count(*) from shops where id = 'x'").pluck().get()).toBe(0);
    insert("'', ''")();
    expect(desk.ctx.sqlite.prepare("select count(*) from shops where id = 'x'").pluck().get()).toBe(1);
  });

  it('moves the shops the directory kept apart before onto the one list once, audited, without losing one', async () => {
    const desk = await freshDesk();
    const now = desk.clock.current;
    const old = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
      id,
      name,
      category: 'food' as const,
      floor: '3F',
      unitNo: 'L3-01',
      phone: '',
      opensAt: '08:00',
      closesAt: '21:00',
      note: '',
      createdAt: now - 1000,
      updatedAt: now - 1000,
      ...extra,
    });
    const lead = desk.clerkByRole('lead');
    write(desk.ctx, null, (tx) => {
      tx.insert('directoryShops', old('old-starbucks', '星巴克', { floor: '', unitNo: 'L1-06', note: '二楼也有' }));
      tx.index({ module: 'directory', entityId: 'old-starbucks', title: '星巴克', at: now });
      tx.insert('directoryShops', old('old-heytea', '喜茶'));
      tx.insert('directoryShops', old('old-heytea-gone', '喜茶', { voidedAt: now - 500, voidReason: '搬走' }));
      tx.insert(
        'directoryShops',
        old('old-lfx', '老凤祥', {
          category: 'jewellery',
          voidedAt: now - 500,
          voidReason: '撤场',
          voidedBy: lead.clerkId,
        }),
      );
    });
    const starbucks = listItems(desk.ctx, 'shops', false).find((s) => s.name === '星巴克');
    if (!starbucks) throw new Error('no demo shop');
    expect(directoryShopsMoved(desk.ctx)).toBe(false);
    expect(moveDirectoryShops(desk.ctx)).toBe(3);
    // Onto the shop of the same name: its id stays (records refer to it), the directory's values come in.
    expect(getShop(desk.ctx, starbucks.id)).toMatchObject({
      floor: '1F',
      unitNo: 'L1-06',
      opensAt: '08:00',
      closesAt: '21:00',
      note: '二楼也有',
    });
    expect(auditHistory(desk.ctx.sqlite, 'shops', starbucks.id).at(-1)).toMatchObject({
      note: 'directory:old-starbucks',
    });
    expect(hits(desk, '星巴克').map((h) => h.entityId)).toEqual([starbucks.id]);
    // A new shop with the directory record's id, listed or not as it was.
    expect(getShop(desk.ctx, 'old-heytea')).toMatchObject({ name: '喜茶', active: true, opensAt: '08:00' });
    expect(getShop(desk.ctx, 'old-lfx')).toMatchObject({ active: false, voidReason: '撤场', category: 'jewellery' });
    expect(settingsNames(desk)).toContain('喜茶');
    expect(settingsNames(desk)).not.toContain('老凤祥');
    expect(names(desk, true)).toContain('老凤祥');
    // The voided record of a name moved already stays where it was, with its history.
    expect(desk.ctx.sqlite.prepare("select count(*) from shops where id = 'old-heytea-gone'").pluck().get()).toBe(0);
    expect(auditHistory(desk.ctx.sqlite, 'directoryShops', 'old-heytea-gone')).toHaveLength(1);
    expect(directoryShopsMoved(desk.ctx)).toBe(true);
    const entries = desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get();
    expect(moveDirectoryShops(desk.ctx)).toBe(0);
    expect(desk.ctx.sqlite.prepare('select count(*) from audit_log').pluck().get()).toBe(entries);
    expect(verifyAuditChain(desk.ctx.sqlite)).toMatchObject({ ok: true });
  });
});
