import { describe, expect, it } from 'vitest';
import { listCalls } from '../../electron/services/calls/call-queries';
import { logCall } from '../../electron/services/calls/calls';
import { listVisits } from '../../electron/services/reception/visit-queries';
import { registerVisit } from '../../electron/services/reception/visits';
import { shortKeys } from '../../electron/services/search/keys';
import { searchRecords } from '../../electron/services/search/query';
import { listCallsInput, logCallInput } from '../../shared/contract/calls';
import { listVisitsInput, registerVisitInput } from '../../shared/contract/reception';
import { searchContract } from '../../shared/contract/search';
import { parseMessage } from '../../shared/errors';
import { freshDesk } from '../helpers/db';

async function deskWithVisitors() {
  const desk = await freshDesk();
  const clerk = desk.clerkByRole('clerk');
  const visit = (visitorName: string) =>
    registerVisit(desk.ctx, clerk, registerVisitInput.parse({ visitorName, purpose: 'enquiry' }));
  const rare = visit('陈𡃁');
  const yoshida = visit('𠮷田');
  const obrien = visit("Sean O'Brien");
  visit('陈明');
  const call = logCall(
    desk.ctx,
    clerk,
    logCallInput.parse({
      direction: 'incoming',
      phone: '13800138000',
      callerName: "Mary O'Brien",
      category: 'enquiry',
      summary: 'Parking FEE',
    }),
  );
  return { desk, rare, yoshida, obrien, call };
}

describe('search by characters, not UTF-16 units', () => {
  it('finds 陈𡃁 and 𠮷田 by their full names and by their rare character', async () => {
    const { desk, rare, yoshida } = await deskWithVisitors();
    const ids = (q: string) => searchRecords(desk.ctx.sqlite, q, 30).map((h) => h.entityId);
    expect(ids('陈𡃁')).toEqual([rare.id]);
    expect(ids('𠮷田')).toEqual([yoshida.id]);
    expect(ids('𡃁')).toEqual([rare.id]);
    expect(ids('𠮷')).toEqual([yoshida.id]);
    expect(ids('陈')).toHaveLength(2);
  });

  it('short keys of a name are whole characters, never halves of one', () => {
    const keys = shortKeys(['陈𡃁'], []);
    expect(keys).toContain('陈𡃁');
    expect(keys).toContain('𡃁');
    // No lone surrogate: every key is made of whole code points.
    for (const key of keys) expect(/[\uD800-\uDFFF]/u.test(key)).toBe(false);
  });
});

describe('Latin text without regard to case', () => {
  it("o'brien finds O'Brien in Ctrl+K, the visit list and the call list", async () => {
    const { desk, obrien, call } = await deskWithVisitors();
    expect(
      searchRecords(desk.ctx.sqlite, "o'brien", 30)
        .map((h) => h.entityId)
        .sort(),
    ).toEqual([obrien.id, call.id].sort());
    const visits = listVisits(desk.ctx, listVisitsInput.parse({ text: "o'brien" }));
    expect(visits.rows.map((r) => r.id)).toEqual([obrien.id]);
    const calls = listCalls(desk.ctx, { ...listCallsInput.parse({ text: 'parking fee' }) });
    expect(calls.rows.map((r) => r.id)).toEqual([call.id]);
    expect(listVisits(desk.ctx, listVisitsInput.parse({ text: 'SEAN' })).rows).toHaveLength(1);
  });
});

describe('a query longer than the limit says so', () => {
  it('is refused with its own message, counted in characters', () => {
    const tooLong = listVisitsInput.safeParse({ text: '长'.repeat(41) });
    expect(tooLong.success).toBe(false);
    expect(parseMessage(tooLong.error?.issues[0]?.message ?? '')).toEqual({
      key: 'errors.queryTooLong',
      params: { max: 40 },
    });
    // Forty rare characters are forty characters (eighty UTF-16 units), and pass.
    expect(listVisitsInput.safeParse({ text: '𡃁'.repeat(40) }).success).toBe(true);
    const search = searchContract['search:query'].input.safeParse({ text: 'x'.repeat(61) });
    expect(parseMessage(search.error?.issues[0]?.message ?? '').key).toBe('errors.queryTooLong');
  });
});

describe('Unicode folding: full-width, typographic apostrophes and case are one text', () => {
  it('finds O’Brien typed full-width or with a curly apostrophe, in Ctrl+K and in the lists', async () => {
    const { desk, obrien, call } = await deskWithVisitors();
    const clerk = desk.clerkByRole('clerk');
    const fullWidth = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({ visitorName: 'ＪＯＨＮ Ｏ’ＢＲＩＥＮ', purpose: 'enquiry' }),
    );
    const ids = (q: string) =>
      searchRecords(desk.ctx.sqlite, q, 30)
        .map((h) => h.entityId)
        .sort();
    const all = [obrien.id, call.id, fullWidth.id].sort();
    expect(ids("o'brien")).toEqual(all);
    expect(ids('O’BRIEN')).toEqual(all);
    expect(ids('ｏ＇ｂｒｉｅｎ')).toEqual(all);
    expect(ids('john')).toEqual([fullWidth.id]);
    // A list filter typed full-width or with a curly apostrophe finds the record typed plainly, and the one saved
    // full-width: both sides are folded.
    expect(
      listVisits(desk.ctx, listVisitsInput.parse({ text: 'Ｏ’Ｂｒｉｅｎ' }))
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([obrien.id, fullWidth.id].sort());
    expect(listVisits(desk.ctx, listVisitsInput.parse({ text: 'ＳＥＡＮ' })).rows).toHaveLength(1);
  });

  it('ß and ss, and upper and lower case of accented letters, fold together in Ctrl+K', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const strauss = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({ visitorName: 'Anna Strauß', purpose: 'enquiry' }),
    );
    const emile = registerVisit(
      desk.ctx,
      clerk,
      registerVisitInput.parse({ visitorName: 'ÉMILE Zola', purpose: 'enquiry' }),
    );
    expect(searchRecords(desk.ctx.sqlite, 'STRAUSS', 30).map((h) => h.entityId)).toEqual([strauss.id]);
    expect(searchRecords(desk.ctx.sqlite, 'émile', 30).map((h) => h.entityId)).toEqual([emile.id]);
  });
});

describe('a whole phone number finds its records however it is typed', () => {
  it('021-12345678, 02112345678, (021) 1234 5678 and +86 21 1234 5678 find the same call', async () => {
    const desk = await freshDesk();
    const clerk = desk.clerkByRole('clerk');
    const call = logCall(
      desk.ctx,
      clerk,
      logCallInput.parse({
        direction: 'incoming',
        phone: '021-12345678',
        callerName: '王先生',
        category: 'enquiry',
        summary: '停车',
      }),
    );
    for (const typed of [
      '021-12345678',
      '02112345678',
      '(021) 1234 5678',
      '+86 21 1234 5678',
      '０２１－１２３４５６７８',
    ])
      expect(searchRecords(desk.ctx.sqlite, typed, 30).map((h) => h.entityId)).toEqual([call.id]);
    // An entry whose search text still holds an old spelling (as before 0024's job) is found by its phone column.
    desk.ctx.sqlite
      .prepare('delete from search_fts where rowid = (select rowid from search_entries where entity_id = ?)')
      .run(call.id);
    expect(searchRecords(desk.ctx.sqlite, '02112345678', 30).map((h) => h.entityId)).toEqual([call.id]);
  });
});
