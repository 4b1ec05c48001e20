import { describe, expect, it } from 'vitest';
import { serviceContext } from '../../electron/app/modules';
import { auditHistory } from '../../electron/services/audit/history';
import { listOnSite } from '../../electron/services/reception/visit-queries';
import { getOrderDetail } from '../../electron/services/repairs';
import { moveRepairVisits, repairVisitsMoved } from '../../electron/services/repairs/from-visits';
import { searchRecords } from '../../electron/services/search/query';
import { TestClock } from '../helpers/db';
import { databaseBefore, migrateToLatest } from '../helpers/migrations';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('migration 0023: repair visits become work orders', () => {
  it('moves each live repair visit once, without loss, and its reporter is no longer a visitor on site', async () => {
    const { file, opened } = await databaseBefore('0022_record_versions');
    const now = Date.UTC(2026, 10, 24, 2, 0, 0); // 2026-11-24 10:00 in Shanghai
    const recent = now - 2 * HOUR;
    const old = now - 30 * DAY;
    opened.sqlite.exec(`
      insert into site (id, name, code, time_zone, desk_phone, created_at, updated_at)
        values ('s', '星河广场', 'XH', 'Asia/Shanghai', '', 1, 1);
      insert into clerks (id, name, employee_no, role, pin_hash, active, failed_pin_count, created_at, updated_at)
        values ('k', '王芳', 'K001', 'clerk', 'x', 1, 0, 1, 1);
      insert into departments (id, name, created_at, updated_at) values ('d', '工程部', 1, 1);
      insert into visits (id, serial_no, time_in, visitor_name, phone, purpose, visiting, notes, repair_location,
          repair_department_id, repair_follow_up_due, clerk_id, created_at, updated_at, voided_at, void_reason) values
        ('v-new', 'LF-XH-20261124-0001', ${recent}, '陈先生', '13912345678', 'repair', '', '厨房水管漏水',
          '3 栋 1202', 'd', ${recent + 4 * HOUR}, 'k', 1, 1, null, null),
        ('v-old', 'LF-XH-20261025-0001', ${old}, '刘女士', '13700001111', 'repair', '', '', 'B1 卫生间',
          null, null, 'k', 1, 1, null, null),
        ('v-void', 'LF-XH-20261124-0002', ${recent}, '重复', '13700002222', 'repair', '', '', 'B1', null, null,
          'k', 1, 1, ${recent}, '重复登记'),
        ('v-guest', 'LF-XH-20261124-0003', ${recent}, '赵六', '13700003333', 'visit', '物业办', '', '', null, null,
          'k', 1, 1, null, null);
    `);
    opened.sqlite.close();

    const migrated = await migrateToLatest(file);
    const ctx = serviceContext(migrated, new TestClock(now));
    // The reporter of a repair is not on site (nor on the evacuation list); the guest who came in is.
    expect(listOnSite(ctx).map((v) => v.id)).toEqual(['v-guest']);

    expect(await moveRepairVisits(() => ctx)).toBe(2);
    const orders = ctx.sqlite
      .prepare('select id, visit_id as visitId from repair_orders order by reported_at')
      .all() as { id: string; visitId: string }[];
    expect(orders.map((o) => o.visitId)).toEqual(['v-old', 'v-new']);
    const [closed, open] = orders.map((o) => getOrderDetail(ctx, o.id));
    expect(open).toMatchObject({
      serialNo: 'BX-XH-20261124-0001',
      source: 'visit',
      visitSerialNo: 'LF-XH-20261124-0001',
      reportedAt: recent,
      reporterName: '陈先生',
      phone: '13912345678',
      location: '3 栋 1202',
      description: '厨房水管漏水',
      status: 'pending',
      targetArrivalAt: recent + 4 * HOUR,
      clerkName: '王芳',
    });
    expect(open?.events.map((e) => [e.kind, e.text])).toEqual([
      ['created', '由来访登记 LF-XH-20261124-0001（原派工部门：工程部） 转入'],
    ]);
    // Older than a week: taken as handled, and the order says the visit recorded no result.
    expect(closed).toMatchObject({ serialNo: 'BX-XH-20261025-0001', status: 'closed', location: 'B1 卫生间' });
    expect(closed?.events.map((e) => e.kind)).toEqual(['created', 'closed']);
    expect(auditHistory(ctx.sqlite, 'repairOrders', open?.id ?? '').map((e) => [e.action, e.note])).toEqual([
      ['create', 'migrated_from_visit'],
    ]);
    expect(searchRecords(ctx.sqlite, '13912345678', 10).map((h) => h.module)).toContain('repairs');

    // Once: a second start moves nothing, and a later repair visit stays a visit for the clerk to turn into an order.
    expect(repairVisitsMoved(ctx)).toBe(true);
    expect(await moveRepairVisits(() => ctx)).toBe(0);
    expect(ctx.sqlite.prepare('select count(*) from repair_orders').pluck().get()).toBe(2);
    migrated.sqlite.close();
  });

  it('stops between batches when the desk closes', async () => {
    const { file, opened } = await databaseBefore('0022_record_versions');
    opened.sqlite.close();
    const migrated = await migrateToLatest(file);
    const ctx = serviceContext(migrated, new TestClock());
    expect(
      await moveRepairVisits(
        () => ctx,
        () => true,
      ),
    ).toBe(0);
    expect(repairVisitsMoved(ctx)).toBe(false);
    migrated.sqlite.close();
  });
});
