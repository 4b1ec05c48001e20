import { beforeEach, describe, expect, it } from 'vitest';
import { getItem } from '../../electron/services/lostfound';
import { getVisit } from '../../electron/services/reception/visit-queries';
import { getOrder } from '../../electron/services/repairs';
import { getSlip, transferSlip } from '../../electron/services/storage';
import type { TestDesk } from '../helpers/db';
import { register } from '../helpers/reception';
import { fileOrder } from '../helpers/repairs';
import { addLocation, bags, DAY, deposit } from '../helpers/storage';
import { twoCounters, until } from '../helpers/sync-counters';
import { fileComplaint } from './complaints-helpers';

/**
 * Links between records are columns of the records themselves (a complaint's visit, a visit's complaint, an order's
 * visit, a found item's slip): written at counter 1, counter 2 shows the same links both ways once the records arrive.
 */
const counters = twoCounters();
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ one, two } = counters);
});

const has = (desk: TestDesk, table: string, id: string) =>
  desk.ctx.sqlite.prepare(`select 1 from ${table} where id = ?`).get(id) !== undefined;

describe('links between records at the other counter', () => {
  it('a visit’s complaint and work order, and a transferred slip’s found item, linked both ways at counter 2', async () => {
    const complaintVisit = register(one, { purpose: 'complaint', notes: '电梯门夹到手' });
    const complaint = fileComplaint(one, { channel: 'in_person', visitId: complaintVisit.id });
    const repairVisit = register(one, { purpose: 'repair', repairLocation: '5 栋 802' });
    const order = fileOrder(one, { visitId: repairVisit.id });
    const { slip } = deposit(one, bags(addLocation(one, 'L-19').id));
    one.clock.advance(40 * DAY);
    const moved = transferSlip(one.ctx, one.clerkByRole('supervisor'), {
      id: slip.id,
      to: 'lost_found',
      reason: '超期无人认领',
    });
    const itemId = moved.lostfoundItemId;
    if (!itemId) throw new Error('no found item at counter 1');

    await until(
      'the linked records at counter 2',
      () =>
        has(two, 'complaints', complaint.id) &&
        has(two, 'repair_orders', order.id) &&
        has(two, 'lostfound_items', itemId) &&
        getVisit(two.ctx, complaintVisit.id).complaintId === complaint.id &&
        getSlip(two.ctx, slip.id).status === 'transferred',
      20_000,
    );
    expect(getVisit(two.ctx, complaintVisit.id).complaintSerial).toBe(complaint.serialNo);
    expect(getVisit(two.ctx, repairVisit.id)).toMatchObject({
      repairOrderId: order.id,
      repairOrderSerial: order.serialNo,
    });
    expect(getOrder(two.ctx, order.id)).toMatchObject({ visitId: repairVisit.id, visitSerialNo: repairVisit.serialNo });
    expect(getSlip(two.ctx, slip.id)).toMatchObject({
      lostfoundItemId: itemId,
      lostfoundItemSerial: moved.lostfoundItemSerial,
    });
    expect(getItem(two.ctx, itemId)).toMatchObject({ sourceSlipId: slip.id, fromStorageSerial: slip.serialNo });
  });
});
