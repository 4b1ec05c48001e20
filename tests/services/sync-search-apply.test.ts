import { beforeEach, describe, expect, it } from 'vitest';
import { logCall } from '../../electron/services/calls';
import { registerItem } from '../../electron/services/lostfound';
import { registerReturn, toRegisterInput } from '../../electron/services/returns';
import { customerHistory, searchRecords } from '../../electron/services/search/query';
import { listItems } from '../../electron/services/settings';
import { logCallInput } from '../../shared/contract/calls';
import { registerItemInput } from '../../shared/contract/lostfound';
import { registerReturnInput } from '../../shared/contract/returns';
import type { TestDesk } from '../helpers/db';
import { register } from '../helpers/reception';
import { fileOrder } from '../helpers/repairs';
import { twoCounters, until } from '../helpers/sync-counters';
import { fileComplaint } from './complaints-helpers';

/**
 * A record written at counter 1 is found at counter 2 by Ctrl+K (its serial) and in the customer history (its
 * phone), module by module: the apply files it in the search index as the module's own write does.
 */
// Each test its own site server and two fresh counters (the test desks are closed after each test).
const counters = twoCounters();
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ one, two } = counters);
});

interface Written {
  id: string;
  serialNo: string;
  table: string;
  /** The column holding the person's phone; `phone` unless named. */
  phoneColumn?: string;
}

async function expectFoundAtTwo(written: Written): Promise<void> {
  await until(
    `${written.table} ${written.serialNo} at counter 2`,
    () => two.ctx.sqlite.prepare(`select 1 from ${written.table} where id = ?`).get(written.id) !== undefined,
    15_000,
  );
  const phone = one.ctx.sqlite
    .prepare(`select ${written.phoneColumn ?? 'phone'} from ${written.table} where id = ?`)
    .pluck()
    .get(written.id);
  expect(typeof phone).toBe('string');
  expect(searchRecords(two.ctx.sqlite, written.serialNo, 20).map((h) => h.entityId)).toContain(written.id);
  expect(customerHistory(two.ctx.sqlite, String(phone)).map((h) => h.entityId)).toContain(written.id);
  // The same as counter 1 finds it.
  expect(searchRecords(one.ctx.sqlite, written.serialNo, 20).map((h) => h.entityId)).toContain(written.id);
}

describe('search and customer history after apply, per module', () => {
  it('a visit (来访登记)', async () => {
    const v = register(one, { phone: '13911110001', visitorName: '孙立' });
    await expectFoundAtTwo({ id: v.id, serialNo: v.serialNo, table: 'visits' });
  }, 30_000);

  it('a call (电话记录)', async () => {
    const c = logCall(
      one.ctx,
      one.clerkByRole('clerk'),
      logCallInput.parse({
        direction: 'incoming',
        callerName: '周先生',
        phone: '13911110002',
        category: 'enquiry',
        summary: '询问营业时间',
      }),
    );
    await expectFoundAtTwo({ id: c.id, serialNo: c.serialNo, table: 'calls' });
  }, 30_000);

  it('a complaint (投诉处理)', async () => {
    const c = fileComplaint(one, { phone: '13911110003' });
    await expectFoundAtTwo({ id: c.id, serialNo: c.serialNo, table: 'complaints' });
  }, 30_000);

  it('a repair order (报修派工)', async () => {
    const o = fileOrder(one, { phone: '13911110004' });
    await expectFoundAtTwo({ id: o.id, serialNo: o.serialNo, table: 'repair_orders' });
  }, 30_000);

  it('a found item (失物招领)', async () => {
    const item = registerItem(
      one.ctx,
      one.clerkByRole('clerk'),
      registerItemInput.parse({
        category: 'wallet',
        description: '棕色皮质钱包',
        foundPlace: '一楼星巴克门口',
        finderKind: 'customer',
        finderName: '孙先生',
        finderPhone: '13911110006',
        storagePlace: '保险柜',
      }),
    );
    await expectFoundAtTwo({
      id: item.id,
      serialNo: item.serialNo,
      table: 'lostfound_items',
      phoneColumn: 'finder_phone',
    });
  }, 30_000);

  it('a return (退换货)', async () => {
    const shop = (listItems(one.ctx, 'shops', false)[0] as { id: string }).id;
    const parsed = registerReturnInput.parse({
      kind: 'return',
      purchaseDate: '2026-11-10',
      qualityProblem: false,
      hasReceipt: true,
      receiptNo: 'XP2026110001',
      refundMethod: 'cash',
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      customerName: '赵敏',
      phone: '13911110007',
      product: '保温杯',
      specification: '500ml 白色',
      quantity: 1,
      amountYuan: '129.00',
      reason: '不喜欢颜色',
      shopId: shop,
    });
    const r = registerReturn(one.ctx, one.clerkByRole('clerk'), toRegisterInput(parsed));
    await expectFoundAtTwo({ id: r.id, serialNo: r.serialNo, table: 'return_requests' });
  }, 30_000);

  it('a record from counter 1 is found at counter 2 by the customer’s name too', async () => {
    const c = fileComplaint(one, { phone: '13911110005', customerName: '吴桂芳' });
    await expectFoundAtTwo({ id: c.id, serialNo: c.serialNo, table: 'complaints' });
    expect(searchRecords(two.ctx.sqlite, '吴桂芳', 20).map((h) => h.entityId)).toContain(c.id);
  }, 30_000);
});
