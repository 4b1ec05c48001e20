import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallPage } from '../../shared/contract/calls-views';
import type { ComplaintView } from '../../shared/contract/complaints-views';
import { foldSearchText } from '../../shared/contract/search-fold';
import type { StorageSlipView } from '../../shared/contract/storage-views';
import { data, failure, type IpcDesk, startIpcDesk } from '../helpers/ipc';
import { baseComplaint } from './complaints-helpers';

/**
 * Every list filter folds the record's text the way it folds the query (`foldSearchText`, on both sides), as
 * Ctrl+K does. Before, only the query was folded and SQL's lower()/LIKE ignore only the case of A–Z: a name saved
 * with a typographic apostrophe (O’Brien), full-width letters from a Chinese input method (ＷＩＦＩ) or an accented
 * capital (Émile) was missed by what a clerk types.
 */
async function clerkDesk(): Promise<IpcDesk> {
  const desk = await startIpcDesk();
  await desk.loginAs('K001', 'clerk');
  return desk;
}

async function callsMatching(desk: IpcDesk, text: string): Promise<string[]> {
  const page = data<CallPage>(await desk.dispatch('calls:list', { text }));
  return page.rows.map((r) => r.callerName);
}

describe('list filters fold the record’s text as they fold the query', () => {
  it('the call list finds O’Brien, ＷＩＦＩ and Émile by what a clerk types, and nothing else', async () => {
    const desk = await clerkDesk();
    const log = (callerName: string, summary: string) =>
      desk.dispatch('calls:log', {
        direction: 'incoming',
        phone: '13812345678',
        category: 'enquiry',
        callerName,
        summary,
      });
    data(await log('O’Brien', '询问停车'));
    data(await log('王女士', '询问ＷＩＦＩ密码'));
    data(await log('Émile', '询问营业时间'));
    expect(await callsMatching(desk, "o'brien")).toEqual(['O’Brien']);
    expect(await callsMatching(desk, 'Ｏ＇ＢＲＩＥＮ')).toEqual(['O’Brien']);
    expect(await callsMatching(desk, 'wifi')).toEqual(['王女士']);
    expect(await callsMatching(desk, 'émile')).toEqual(['Émile']);
    expect(await callsMatching(desk, 'ÉMILE')).toEqual(['Émile']);
    // No false friends: a near miss, and a text that only exists across two fields (name + summary), find nothing.
    expect(await callsMatching(desk, "o'briem")).toEqual([]);
    expect(await callsMatching(desk, 'Émile询问')).toEqual([]);
  });

  it('the complaint list (LIKE before) and the storage list find a name folded the same way', async () => {
    const desk = await clerkDesk();
    data(await desk.dispatch('complaints:create', { ...baseComplaint, customerName: 'O’Brien' }));
    const complaints = data<{ rows: ComplaintView[] }>(
      await desk.dispatch('complaints:list', { scope: 'all', text: "ｏ'ｂｒｉｅｎ", cursor: null, limit: 10 }),
    );
    expect(complaints.rows.map((r) => r.customerName)).toEqual(['O’Brien']);
    const location = desk.sqlite().prepare("select id from storage_locations where code = 'G-01'").pluck().get();
    data(
      await desk.dispatch('storage:deposit', {
        depositorName: 'Émile',
        phone: '13900002222',
        description: '行李箱',
        pieces: 1,
        size: 'small',
        locationId: location,
      }),
    );
    const slips = data<StorageSlipView[]>(await desk.dispatch('storage:list', { filter: 'all', text: 'ÉMILE' }));
    expect(slips.map((s) => s.depositorName)).toEqual(['Émile']);
    const none = data<StorageSlipView[]>(await desk.dispatch('storage:list', { filter: 'all', text: 'émilie' }));
    expect(none).toEqual([]);
  });

  it('a filter longer than the limit is refused, saying so, after folding', async () => {
    const desk = await clerkDesk();
    const refused = failure(await desk.dispatch('calls:list', { text: 'Ａ'.repeat(41) }));
    expect(refused.fieldErrors?.text).toMatch(/queryTooLong/);
  });

  it('property: the SQL fold is the contract’s fold, and the filter agrees with folding both sides in JS', async () => {
    const desk = await clerkDesk();
    const sqlite = desk.sqlite();
    const fold = sqlite.prepare('select fold_text(?)').pluck();
    const contains = sqlite.prepare('select instr(fold_text(?), ?) > 0').pluck();
    const piece = fc.constantFrom('a', 'A', 'Ａ', 'ß', 'SS', 'é', 'É', "'", '’', '＇', '张', '𡃁', '1', '１', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { minLength: 1, maxLength: 3 }), (r, q) => {
        const record = r.join('');
        const query = foldSearchText(q.join(''));
        expect(fold.get(record)).toBe(foldSearchText(record));
        expect(contains.get(record, query) === 1).toBe(foldSearchText(record).includes(query));
      }),
      { numRuns: 300 },
    );
    expect(fold.get(null)).toBe('');
  });
});
