import { beforeEach, describe, expect, it } from 'vitest';
import { logAnnouncement, recordStep } from '../../electron/services/announcements';
import { createFile, linkUnit, loadFile } from '../../electron/services/customers';
import { searchRecords } from '../../electron/services/search/query';
import { logAnnouncementInput, stepInput } from '../../shared/contract/announcements';
import { createCustomerInput, linkUnitInput } from '../../shared/contract/customers';
import type { TestDesk } from '../helpers/db';
import { twoCounters, until } from '../helpers/sync-counters';

/**
 * Customer files (with their numbers and units) and announcements (with a lost child's steps) written at counter 1
 * reach counter 2 as the other modules' records do, and are found there by Ctrl+K as counter 1 finds them.
 */
const counters = twoCounters();
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ one, two } = counters);
});

const row = (desk: TestDesk, table: string, id: string) =>
  desk.ctx.sqlite.prepare(`select * from ${table} where id = ?`).get(id) as Record<string, unknown> | undefined;
/** Events of these modules counter 2 kept without applying them (refused here, or of an entity nobody declares). */
const notApplied = (desk: TestDesk, entities: string[]) =>
  desk.ctx.sqlite
    .prepare(
      `select entity, outcome from sync_inbox where outcome in ('failed', 'unknown')
       and entity in (select value from json_each(?))`,
    )
    .all(JSON.stringify(entities));
const found = (desk: TestDesk, text: string, module: string) =>
  searchRecords(desk.ctx.sqlite, text, 20)
    .filter((h) => h.module === module)
    .map((h) => h.entityId);

describe('customer files and announcements between counters', () => {
  it('a file, its number and a unit linked later are at counter 2 and found there by name, number and unit', async () => {
    const clerk = one.clerkByRole('clerk');
    const file = createFile(
      one.ctx,
      clerk,
      createCustomerInput.parse({ name: '司马同步', company: '星河物业', phones: [{ phone: '13977770001' }] }),
    );
    await until('the file at counter 2', () => row(two, 'customers', file.id) !== undefined, 15_000);
    await until('its number at counter 2', () => found(two, '13977770001', 'customers').includes(file.id), 15_000);
    expect(row(two, 'customers', file.id)).toMatchObject({ name: '司马同步', file_no: file.fileNo });
    expect(found(two, '司马同步', 'customers')).toEqual([file.id]);
    expect(found(two, file.fileNo, 'customers')).toEqual([file.id]);

    linkUnit(one.ctx, clerk, linkUnitInput.parse({ customerId: file.id, unit: '7 栋 1201', role: 'owner' }));
    await until('the unit at counter 2', () => found(two, '7栋1201', 'customers').includes(file.id), 15_000);
    expect(found(one, '7栋1201', 'customers')).toEqual([file.id]);
    // The file reads the same at both counters.
    expect(loadFile(two.ctx, file.id)).toMatchObject({
      name: '司马同步',
      version: loadFile(one.ctx, file.id).version,
    });
    expect(notApplied(two, ['customers', 'customerPhones', 'customerUnits'])).toEqual([]);
  }, 30_000);

  it('an announcement and a lost child’s step are at counter 2 and found there by serial and name', async () => {
    const clerk = one.clerkByRole('clerk');
    const notice = logAnnouncement(
      one.ctx,
      clerk,
      logAnnouncementInput.parse({ kind: 'notice', text: '本周六上午十点消防演练', requesterName: '物业工程部' }),
    );
    const child = logAnnouncement(
      one.ctx,
      clerk,
      logAnnouncementInput.parse({
        kind: 'lost_child',
        text: '紧急寻人：同同小朋友，6岁，身穿黄色外套。',
        requesterName: '陈女士',
        requesterPhone: '13977770002',
        childName: '同同',
        childAge: 6,
        childGender: 'girl',
        childDescription: '黄色外套',
        lastSeenPlace: '二楼中庭',
      }),
    );
    recordStep(one.ctx, clerk, stepInput.parse({ id: child.id, step: 'security', who: '保安李' }));
    const steps = (desk: TestDesk) =>
      desk.ctx.sqlite.prepare('select count(*) from lost_child_steps where announcement_id = ?').pluck().get(child.id);
    await until('both at counter 2', () => found(two, child.serialNo, 'announcements').includes(child.id), 15_000);
    await until('the steps at counter 2', () => steps(two) === steps(one), 15_000);
    expect(found(two, notice.serialNo, 'announcements')).toEqual([notice.id]);
    expect(found(two, '同同', 'announcements')).toEqual([child.id]);
    expect(row(two, 'announcements', child.id)).toMatchObject({ requester_phone: '13977770002', child_name: '同同' });
    expect(notApplied(two, ['announcements', 'lostChildSteps', 'announcementTemplates'])).toEqual([]);
  }, 30_000);
});
