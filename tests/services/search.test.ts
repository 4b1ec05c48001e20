import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/services/context';
import { newId } from '../../electron/services/ids';
import type { SearchDoc } from '../../electron/services/search/indexer';
import { searchRecords } from '../../electron/services/search/query';
import { write } from '../../electron/services/write';
import { freshDesk } from '../helpers/db';

function index(ctx: ServiceContext, doc: Omit<SearchDoc, 'at' | 'module' | 'entityId'> & Partial<SearchDoc>): string {
  const entityId = doc.entityId ?? newId();
  write(ctx, null, (tx) => tx.index({ module: 'storage', at: tx.now, ...doc, entityId }));
  return entityId;
}

const ids = (ctx: ServiceContext, text: string): string[] => searchRecords(ctx.sqlite, text, 30).map((h) => h.entityId);

async function deskWithRecords() {
  const desk = await freshDesk();
  const { ctx, clock } = desk;
  const wallet = index(ctx, {
    title: '黑色真皮钱包',
    subtitle: '一楼星巴克门口',
    text: '内有身份证 银行卡两张',
    names: ['张三'],
    phones: ['13812395678'],
  });
  clock.advance(60_000);
  const umbrella = index(ctx, { title: '蓝色折叠雨伞', names: ['李'], phones: ['02155501234'] });
  clock.advance(60_000);
  const phone = index(ctx, { title: '手机 苹果', names: ['欧阳娜娜'], phones: ['13900001111'] });
  return { ...desk, wallet, umbrella, phone };
}

describe('search', () => {
  it('finds a Chinese substring of three or more characters through the trigram index', async () => {
    const { ctx, wallet, umbrella } = await deskWithRecords();
    expect(ids(ctx, '真皮钱')).toEqual([wallet]);
    expect(ids(ctx, '黑色真皮钱包')).toEqual([wallet]);
    expect(ids(ctx, '星巴克门口')).toEqual([wallet]);
    expect(ids(ctx, '身份证')).toEqual([wallet]);
    expect(ids(ctx, '折叠雨伞')).toEqual([umbrella]);
  });

  it('finds names of one and two characters through the short keys', async () => {
    const { ctx, wallet, umbrella, phone } = await deskWithRecords();
    expect(ids(ctx, '张三')).toEqual([wallet]);
    expect(ids(ctx, '张')).toEqual([wallet]);
    expect(ids(ctx, '三')).toEqual([wallet]);
    expect(ids(ctx, '李')).toEqual([umbrella]);
    expect(ids(ctx, '欧阳')).toEqual([phone]);
    expect(ids(ctx, '娜')).toEqual([phone]);
  });

  it('finds a name by its pinyin initials and full pinyin', async () => {
    const { ctx, wallet, phone } = await deskWithRecords();
    expect(ids(ctx, 'zs')).toEqual([wallet]);
    expect(ids(ctx, 'ZS')).toEqual([wallet]);
    expect(ids(ctx, 'zhangsan')).toEqual([wallet]);
    expect(ids(ctx, 'oynn')).toEqual([phone]);
  });

  it('finds a phone by its last four digits and in full', async () => {
    const { ctx, wallet, umbrella, phone } = await deskWithRecords();
    expect(ids(ctx, '5678')).toEqual([wallet]);
    expect(ids(ctx, '1234')).toEqual([umbrella]);
    expect(ids(ctx, '1111')).toEqual([phone]);
    expect(ids(ctx, '13812395678')).toEqual([wallet]);
    expect(ids(ctx, '02155501234')).toEqual([umbrella]);
    // Four digits that are not a phone's tail still match inside a phone through the trigram index.
    expect(ids(ctx, '5550')).toEqual([umbrella]);
  });

  it('returns nothing for a term that matches nothing', async () => {
    const { ctx } = await deskWithRecords();
    expect(searchRecords(ctx.sqlite, '红色行李箱', 30)).toEqual([]);
    expect(searchRecords(ctx.sqlite, '王', 30)).toEqual([]);
    expect(searchRecords(ctx.sqlite, '9999', 30)).toEqual([]);
    expect(searchRecords(ctx.sqlite, '   ', 30)).toEqual([]);
    expect(searchRecords(ctx.sqlite, '"钱包', 30)).toEqual([]);
  });

  it('lists the newest first and honours the limit', async () => {
    const { ctx, clock } = await freshDesk();
    const found: string[] = [];
    for (let i = 0; i < 5; i++) {
      found.push(
        index(ctx, { title: `失物登记 第${i}件`, names: ['王五'], phones: [`1380000${String(i).padStart(4, '0')}`] }),
      );
      clock.advance(60_000);
    }
    const newestFirst = [...found].reverse();
    expect(ids(ctx, '失物登记')).toEqual(newestFirst);
    expect(ids(ctx, '王五')).toEqual(newestFirst);
    expect(searchRecords(ctx.sqlite, '失物登记', 2).map((h) => h.entityId)).toEqual(newestFirst.slice(0, 2));
    const hits = searchRecords(ctx.sqlite, 'ww', 30);
    expect(hits.map((h) => h.at)).toEqual([...hits.map((h) => h.at)].sort((a, b) => b - a));
    expect(hits[0]).toMatchObject({ module: 'storage', title: '失物登记 第4件', subtitle: '', voided: false });
  });

  it('re-indexing a record replaces its old text and keys', async () => {
    const { ctx, wallet } = await deskWithRecords();
    index(ctx, { entityId: wallet, title: '红色帆布背包', names: ['赵六'], phones: ['13700009999'], voided: true });
    expect(ids(ctx, '真皮钱')).toEqual([]);
    expect(ids(ctx, '张')).toEqual([]);
    expect(ids(ctx, 'zs')).toEqual([]);
    expect(ids(ctx, '5678')).toEqual([]);
    expect(ids(ctx, '13812395678')).toEqual([]);
    expect(ids(ctx, '帆布背')).toEqual([wallet]);
    expect(ids(ctx, '赵')).toEqual([wallet]);
    expect(ids(ctx, '9999')).toEqual([wallet]);
    expect(searchRecords(ctx.sqlite, '赵六', 30)).toEqual([
      expect.objectContaining({ entityId: wallet, voided: true }),
    ]);
    expect(ctx.sqlite.prepare('select count(*) from search_entries where entity_id = ?').pluck().get(wallet)).toBe(1);
  });

  it('an index entry written in a failed transaction is not found', async () => {
    const { ctx } = await freshDesk();
    expect(() =>
      write(ctx, null, (tx) => {
        tx.index({ module: 'storage', entityId: newId(), title: '幽灵记录本', names: ['鬼'], at: tx.now });
        throw new Error('save failed');
      }),
    ).toThrow('save failed');
    expect(searchRecords(ctx.sqlite, '幽灵记录', 30)).toEqual([]);
    expect(searchRecords(ctx.sqlite, '鬼', 30)).toEqual([]);
  });
});
