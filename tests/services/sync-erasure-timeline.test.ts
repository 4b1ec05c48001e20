import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { addComplaintEvent } from '../../electron/services/complaints/handling';
import { createFile, forgetFile, loadFile } from '../../electron/services/customers';
import { createCustomerInput, forgetCustomerInput } from '../../shared/contract/customers';
import { demoPin, type TestDesk } from '../helpers/db';
import { twoCounters, until } from '../helpers/sync-counters';
import { fileComplaint } from './complaints-helpers';

/**
 * A customer's erasure at counter 1 masks the person in a complaint's timeline (append-only, rewritten through
 * `erasure_rewrites`); counter 2 applies the same rewrite from the site stream instead of refusing it.
 */
const counters = twoCounters();
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ one, two } = counters);
});

const NAME = '东方遗忘';
const text = (desk: TestDesk, id: string) =>
  desk.ctx.sqlite.prepare('select text from complaint_events where id = ?').pluck().get(id) as string | undefined;
/** The timeline's events that counter 2 did not apply as they came (refused, conflicting, unreadable). */
const timelineNotApplied = (desk: TestDesk) =>
  desk.ctx.sqlite
    .prepare("select count(*) from sync_inbox where entity = 'complaintEvents' and outcome <> 'applied'")
    .pluck()
    .get() as number;

describe('an erasure arriving from another counter', () => {
  it('masks the complaint timeline at counter 2 too; the table stays append-only there for anything else', async () => {
    const file = createFile(
      one.ctx,
      one.clerkByRole('clerk'),
      createCustomerInput.parse({ name: NAME, phones: [{ phone: '13966661111' }] }),
    );
    const complaint = fileComplaint(one, { customerName: NAME, phone: '13966661111', reason: '电饭煲坏了' });
    addComplaintEvent(one.ctx, one.clerkByRole('clerk'), {
      id: complaint.id,
      kind: 'contact',
      text: `已致电${NAME}（139-6666-1111），约明天上门`,
      correctsEventId: null,
    });
    const event = one.ctx.sqlite
      .prepare("select id from complaint_events where complaint_id = ? and kind = 'contact'")
      .pluck()
      .get(complaint.id) as string;
    await until('the timeline event at counter 2', () => text(two, event) !== undefined, 15_000);
    expect(text(two, event)).toContain(NAME);

    forgetFile(
      one.ctx,
      one.clerkByRole('supervisor'),
      forgetCustomerInput.parse({
        id: file.id,
        version: loadFile(one.ctx, file.id).version,
        reason: '客户书面申请',
        approval: { clerkId: one.clerkByRole('lead').clerkId, pin: demoPin('lead') },
      }),
    );
    expect(text(one, event)).toBe('已致电***（***），约明天上门');
    await until('the masked text at counter 2', () => text(two, event) === '已致电***（***），约明天上门', 15_000);
    expect(timelineNotApplied(two)).toBe(0);
    // Counter 2's own log is untouched by what it applied.
    expect(verifyAuditChain(two.ctx.sqlite).ok).toBe(true);
    // Counter 2's own clerks still cannot change the timeline.
    expect(() =>
      two.ctx.sqlite
        .prepare("update complaint_events set kind = 'note', version = version + 1 where id = ?")
        .run(event),
    ).toThrow(/append-only/);
  });
});
