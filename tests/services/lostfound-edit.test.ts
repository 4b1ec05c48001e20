import { describe, expect, it } from 'vitest';
import type { LostfoundItemView } from '../../shared/contract/lostfound';
import { TestClock } from '../helpers/db';
import { data, failure, startIpcDesk } from '../helpers/ipc';

const PHOTO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const OTHER_PHOTO =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHR8eHR==';

const umbrella = {
  category: 'umbrella',
  description: '黑色长柄雨伞',
  colour: '黑色',
  foundPlace: '三楼女装区',
  finderKind: 'cleaner',
  finderName: '刘阿姨',
  storagePlace: '失物柜 A',
  photo: PHOTO,
};

describe('lost and found: editing an item in custody', () => {
  it('corrects an item based on the version shown, audited; keeps, replaces or removes the photo; refuses a stale edit', async () => {
    const desk = await startIpcDesk();
    await desk.loginAs('K001', 'clerk');
    const item = data<LostfoundItemView>(await desk.dispatch('lostfound:register', umbrella));
    const photoOf = async () => data<{ photo: string | null }>(await desk.dispatch('lostfound:photo', { id: item.id }));
    const entries = () =>
      desk.count("select count(*) from audit_log where entity = 'lostfoundItems' and entity_id = ?", item.id);
    const before = entries();
    const edit = (version: number, extra: Record<string, unknown> = {}) => {
      const { photo: _photo, ...fields } = umbrella;
      return desk.dispatch('lostfound:edit', { ...fields, id: item.id, version, ...extra });
    };
    // Moved to another shelf and described better; the photo left out is kept.
    const edited = data<LostfoundItemView>(
      await edit(1, { description: '黑色长柄雨伞，伞柄有划痕', storagePlace: '失物柜 B' }),
    );
    expect(edited).toMatchObject({ version: 2, description: '黑色长柄雨伞，伞柄有划痕', storagePlace: '失物柜 B' });
    expect((await photoOf()).photo).toBe(PHOTO);
    expect(entries()).toBe(before + 1);
    const change = desk
      .sqlite()
      .prepare("select action, changes from audit_log where entity = 'lostfoundItems' order by seq desc limit 1")
      .get() as { action: string; changes: string };
    expect(change.action).toBe('update');
    expect(Object.keys(JSON.parse(change.changes)).sort()).toEqual(['description', 'storagePlace']);
    // Another clerk's form, opened at version 1, is refused, naming the change; nothing is written.
    const stale = failure(await edit(1, { storagePlace: '前台' }));
    expect(stale.messageKey).toBe('errors.staleVersion');
    expect(entries()).toBe(before + 1);
    // A photo taken later replaces it; null removes it.
    expect(data<LostfoundItemView>(await edit(2, { photo: OTHER_PHOTO })).hasPhoto).toBe(true);
    expect((await photoOf()).photo).toBe(OTHER_PHOTO);
    expect(data<LostfoundItemView>(await edit(3, { photo: null })).hasPhoto).toBe(false);
    // Now it turns out a phone: a valuable, listed apart.
    const phone = data<LostfoundItemView>(await edit(4, { category: 'phone', description: '黑色手机' }));
    expect(phone).toMatchObject({ valuable: true, version: 5 });
    const found = data<{ title: string }[]>(await desk.dispatch('search:query', { text: '黑色手机' }));
    expect(found.map((h) => h.title)).toContain('黑色手机');
  });

  it('refuses bad input at the field and an item no longer in custody, writing nothing', async () => {
    const clock = new TestClock();
    const desk = await startIpcDesk({ clock });
    await desk.loginAs('K001', 'clerk');
    const item = data<LostfoundItemView>(await desk.dispatch('lostfound:register', umbrella));
    const entries = () => desk.count("select count(*) from audit_log where entity = 'lostfoundItems'");
    const before = entries();
    const { photo: _photo, ...fields } = umbrella;
    const edit = (extra: Record<string, unknown>) =>
      desk.dispatch('lostfound:edit', { ...fields, id: item.id, version: 1, ...extra });
    expect(failure(await edit({ description: '  ' })).field).toBe('description');
    expect(failure(await edit({ category: 'cash', cash: '' })).field).toBe('cash');
    expect(failure(await edit({ photo: 'data:text/html;base64,PGI+' })).field).toBe('photo');
    expect(failure(await edit({ foundAt: clock.current + 3 * 3600_000 })).field).toBe('foundAt');
    expect(failure(await desk.dispatch('lostfound:edit', { ...fields, id: item.id })).field).toBe('version');
    expect(entries()).toBe(before);
    await desk.loginAs('K002', 'lead');
    data(await desk.dispatch('lostfound:void', { id: item.id, version: 1, reason: '重复登记' }));
    const voided = failure(await edit({ version: 2, storagePlace: '前台' }));
    expect(voided.messageKey).toBe('errors.lostfoundItemVoided');
  });
});
