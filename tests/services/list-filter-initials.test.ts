import { describe, expect, it } from 'vitest';
import { pinyinInitialsMatch } from '../../db/functions';
import { listVisits } from '../../electron/services/reception/visit-queries';
import { searchRecords } from '../../electron/services/search/query';
import { listSlips } from '../../electron/services/storage/queries';
import { listVisitsInput } from '../../shared/contract/reception';
import { listSlipsInput } from '../../shared/contract/storage';
import { freshDesk, type TestDesk } from '../helpers/db';
import { register } from '../helpers/reception';
import { addLocation, bags, deposit } from '../helpers/storage';

/**
 * Issue 17 asks every module's search by phone, name, pinyin initials and serial: a list filter of Latin letters
 * matches a name by its pinyin initials (`zs` finds 张三), as Ctrl+K does, through the search index's stored initials.
 */

const names = (desk: TestDesk, text: string) =>
  listVisits(desk.ctx, listVisitsInput.parse({ text }))
    .rows.map((v) => v.visitorName)
    .sort();

describe('list filters by pinyin initials', () => {
  it('finds 张三 and 张三丰 by zs, 张三丰 alone by zsf, in any case and width; never 李四', async () => {
    const desk = await freshDesk();
    register(desk, { visitorName: '张三', phone: '13812345678' });
    register(desk, { visitorName: '张三丰', phone: '13812345679' });
    register(desk, { visitorName: '李四', phone: '13812345670' });
    expect(names(desk, 'zs')).toEqual(['张三', '张三丰']);
    expect(names(desk, 'ZS')).toEqual(['张三', '张三丰']);
    expect(names(desk, 'ｚｓ')).toEqual(['张三', '张三丰']);
    expect(names(desk, 'zsf')).toEqual(['张三丰']);
    expect(names(desk, 'ls')).toEqual(['李四']);
    // The bad cases: initials of another name, one letter is not taken as initials, and what is not Latin letters
    // goes on matching the text as typed.
    expect(names(desk, 'zs')).not.toContain('李四');
    expect(names(desk, 'zl')).toEqual([]);
    expect(names(desk, 'z')).toEqual([]);
    expect(names(desk, '张三')).toEqual(['张三', '张三丰']);
    expect(names(desk, '5679')).toEqual(['张三丰']);
  });

  it('finds a person by the initials of the given name: a middle character, a two-character surname', async () => {
    const desk = await freshDesk();
    register(desk, { visitorName: '张三丰', phone: '13812345679' });
    register(desk, { visitorName: '欧阳娜娜', phone: '13812345671' });
    register(desk, { visitorName: '司马相如', phone: '13812345672' });
    register(desk, { visitorName: '李四', phone: '13812345670' });
    expect(names(desk, 'sf')).toEqual(['张三丰']);
    expect(names(desk, 'nn')).toEqual(['欧阳娜娜']);
    expect(names(desk, 'xr')).toEqual(['司马相如']);
    expect(names(desk, 'oynn')).toEqual(['欧阳娜娜']);
    expect(names(desk, 'ynn')).toEqual(['欧阳娜娜']);
    expect(names(desk, 'smxr')).toEqual(['司马相如']);
    // Ctrl+K finds the same (its short keys are the list filter's candidates).
    const hits = searchRecords(desk.ctx.sqlite, 'sf', 10).map((h) => h.title);
    expect(hits).toContainEqual(expect.stringContaining('张三丰'));
    expect(hits).not.toContainEqual(expect.stringContaining('李四'));
    // Bad cases: initials with a character skipped, out of order, or running past the name's end match nothing;
    // one letter (a one-character given name alone, 阳 of 欧阳 here) is too wide to be taken as initials.
    expect(names(desk, 'zf')).toEqual([]);
    expect(names(desk, 'fs')).toEqual([]);
    expect(names(desk, 'nnl')).toEqual([]);
    expect(names(desk, 'sx')).toEqual([]);
    expect(names(desk, 'y')).toEqual([]);
    expect(names(desk, 'sf')).not.toContain('李四');
  });

  it('a visit renamed is found by its new initials only (the index follows the record)', async () => {
    const desk = await freshDesk();
    const visit = register(desk, { visitorName: '王五' });
    expect(names(desk, 'ww')).toEqual(['王五']);
    desk.ctx.sqlite.prepare("update visits set visitor_name = '赵六' where id = ?").run(visit.id);
    // The row no longer holds the name the index offered it for: the precise check on the row refuses it.
    expect(names(desk, 'ww')).toEqual([]);
  });

  it('works in another module’s list (storage: the depositor)', async () => {
    const desk = await freshDesk();
    const locker = addLocation(desk, 'A01');
    const other = addLocation(desk, 'A02');
    deposit(desk, { ...bags(locker.id), depositorName: '赵敏' });
    deposit(desk, { ...bags(other.id), depositorName: '李四', phone: '13912345670' });
    const depositors = (text: string) =>
      listSlips(desk.ctx, listSlipsInput.parse({ filter: 'all', text })).map((s) => s.depositorName);
    expect(depositors('zm')).toEqual(['赵敏']);
    expect(depositors('ls')).toEqual(['李四']);
    expect(depositors('zs')).toEqual([]);
  });

  it('converts names to pinyin only for the rows the index offers, not for every row scanned', async () => {
    const desk = await freshDesk();
    for (let i = 0; i < 30; i++)
      register(desk, { visitorName: `李四${i}`, phone: `138123456${String(i).padStart(2, '0')}` });
    register(desk, { visitorName: '张三', phone: '13812349999' });
    let calls = 0;
    desk.ctx.sqlite.function('pinyin_initials_match', { deterministic: true, varargs: true }, (q, ...rest) => {
      calls += 1;
      return pinyinInitialsMatch(q, ...rest);
    });
    expect(names(desk, 'zs')).toEqual(['张三']);
    expect(calls).toBe(1);
    calls = 0;
    expect(names(desk, '李四')).toHaveLength(30);
    expect(calls).toBe(0);
  });
});
