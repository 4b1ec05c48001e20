import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { logCall } from '../../electron/services/calls';
import { addComplaintEvent } from '../../electron/services/complaints/handling';
import { createFile, forgetFile, loadFile } from '../../electron/services/customers';
import { searchRecords } from '../../electron/services/search/query';
import { applyMessages, type StreamMessage } from '../../electron/services/sync/inbox';
import { openChanges, openPersonal, setSiteDataKey, siteDataKeyOf } from '../../electron/services/sync/personal';
import { logCallInput } from '../../shared/contract/calls';
import { createCustomerInput, forgetCustomerInput } from '../../shared/contract/customers';
import type { SyncEvent } from '../../shared/contract/sync-event';
import { demoPin, freshDesk, type TestDesk } from '../helpers/db';
import type { NatsServer } from '../helpers/nats-servers';
import { auditCount, chainOf, rawStream, twoCounters, until } from '../helpers/sync-counters';
import { fileComplaint } from './complaints-helpers';

/**
 * A customer's erasure at counter 1 reaches counter 2 over a real site server: the entries it rewrote travel in their
 * erased form (named `scrubbedBy`) and the erasure's entry attests each and carries its new form, so counter 2's
 * copies are rewritten the same attested way, its chain check of counter 1 passes, and nothing of the person is left
 * in its file. An entry altered on the way, attested or not, is still a chain alarm.
 */
const counters = twoCounters();
let server: NatsServer;
let one: TestDesk;
let two: TestDesk;
beforeEach(() => {
  ({ server, one, two } = counters);
});

const NAME = '西门遗忘';
const PHONE = '13966662222';

const alarmOf = (desk: TestDesk, counter: number) =>
  desk.ctx.sqlite.prepare('select alarm, alarm_seq as alarmSeq from sync_chains where counter = ?').get(counter) as
    | { alarm: string | null; alarmSeq: number | null }
    | undefined;
const pending = (desk: TestDesk) =>
  desk.ctx.sqlite.prepare('select count(*) from sync_scrub_pending').pluck().get() as number;

/** Every copy of the site stream a desk keeps, opened with the site key as the desk itself could open it. */
function openedInbox(desk: TestDesk): string {
  const { sqlite } = desk.ctx;
  const key = siteDataKeyOf(sqlite);
  const bodies = sqlite.prepare('select body from sync_inbox order by stream_seq').pluck().all() as string[];
  const events = bodies.map((b) => JSON.parse(b) as SyncEvent);
  const idOf = (counter: number, seq: number) =>
    events.find((e) => e.counter === counter && e.counterSeq === seq)?.eventId ?? '';
  return events
    .map((e) => {
      const data = openPersonal(key, e.entity, e.entityId, e.data);
      const changes = openChanges(key, e);
      const rewrites = (e.rewrites ?? []).map((r) => {
        const of = events.find((x) => x.counter === e.counter && x.counterSeq === r.counterSeq);
        const entity = of?.entity ?? '';
        const entityId = of?.entityId ?? '';
        return {
          ...r,
          data: openPersonal(key, entity, entityId, r.data),
          changes: openChanges(key, { eventId: idOf(e.counter, r.counterSeq), entity, entityId, changes: r.changes }),
        };
      });
      return JSON.stringify({ ...e, data, changes, rewrites });
    })
    .join('\n');
}

/** The data file and its write-ahead log as bytes on disk. */
function onDisk(desk: TestDesk): Buffer {
  const file = desk.opened.file;
  const wal = `${file}-wal`;
  return Buffer.concat([fs.readFileSync(file), fs.existsSync(wal) ? fs.readFileSync(wal) : Buffer.alloc(0)]);
}

const holdsPerson = (text: string) => text.includes(NAME) || text.replace(/[\s-]/g, '').includes(PHONE);

/** The person on a file, a complaint with a timeline note naming them and a call, all at counter 1. */
function personAtOne(): string {
  const clerk = one.clerkByRole('clerk');
  const file = createFile(one.ctx, clerk, createCustomerInput.parse({ name: NAME, phones: [{ phone: PHONE }] }));
  const complaint = fileComplaint(one, { customerName: NAME, phone: PHONE, reason: '洗衣机漏水' });
  addComplaintEvent(one.ctx, clerk, {
    id: complaint.id,
    kind: 'contact',
    text: `已致电${NAME}（139 6666 2222），约周五上门`,
    correctsEventId: null,
  });
  logCall(
    one.ctx,
    clerk,
    logCallInput.parse({
      direction: 'incoming',
      callerName: NAME,
      phone: PHONE,
      category: 'enquiry',
      summary: `${NAME}询问维修进度`,
    }),
  );
  return file.id;
}

function forget(fileId: string): void {
  forgetFile(
    one.ctx,
    one.clerkByRole('supervisor'),
    forgetCustomerInput.parse({
      id: fileId,
      version: loadFile(one.ctx, fileId).version,
      reason: '客户书面申请',
      approval: { clerkId: one.clerkByRole('lead').clerkId, pin: demoPin('lead') },
    }),
  );
}

async function bothSeeAll(): Promise<number> {
  const head = auditCount(one);
  await until(
    'counter 1’s chain verified at both counters',
    () => (chainOf(two, 1)?.lastSeq ?? 0) >= head && (chainOf(one, 1)?.lastSeq ?? 0) >= head,
    30_000,
  );
  return head;
}

/** Folds the messages into a fresh desk that holds the site key, as a new PC of the site replays the stream. */
async function replay(messages: StreamMessage[]): Promise<TestDesk> {
  const desk = await freshDesk({ demo: false });
  setSiteDataKey(desk.ctx.sqlite, siteDataKeyOf(two.ctx.sqlite) ?? Buffer.alloc(0));
  applyMessages({ sqlite: desk.ctx.sqlite, entities: desk.ctx.modules.sync, counter: 3, now: 0 }, messages);
  return desk;
}

describe('an erasure on a desk with several counters', () => {
  it('rewrites the other counter’s copies the attested way: its chain check passes and the person is gone', async () => {
    const fileId = personAtOne();
    await bothSeeAll();
    // Before: counter 2 holds the person, in its tables and in its copies of counter 1's entries.
    expect(holdsPerson(openedInbox(two))).toBe(true);
    expect(two.ctx.sqlite.prepare('select name from customers where id = ?').pluck().get(fileId)).toBe(NAME);

    forget(fileId);
    const head = await bothSeeAll();
    // No alarm anywhere, nothing left waiting for an attestation, nothing refused.
    expect(chainOf(two, 1)).toEqual({ lastSeq: head, alarm: null });
    expect(chainOf(one, 1)).toEqual({ lastSeq: head, alarm: null });
    expect(pending(two)).toBe(0);
    expect(pending(one)).toBe(0);
    const refused = "select count(*) from sync_inbox where outcome in ('invalid', 'failed', 'conflict')";
    expect(two.ctx.sqlite.prepare(refused).pluck().get()).toBe(0);
    // Entries the erasure rewrote before they were published travelled erased, on the erasure's word.
    const scrubbedBy = "select count(*) from sync_inbox where json_extract(body, '$.scrubbedBy') is not null";
    expect(two.ctx.sqlite.prepare(scrubbedBy).pluck().get()).toBeGreaterThan(0);
    // Both logs verify, counter 2's untouched by what it applied.
    expect(verifyAuditChain(one.ctx.sqlite).ok).toBe(true);
    expect(verifyAuditChain(two.ctx.sqlite).ok).toBe(true);
    // The person is gone from counter 2: its tables, its search, its copies (opened with the site key) and the bytes on disk.
    expect(holdsPerson(openedInbox(two))).toBe(false);
    expect(two.ctx.sqlite.prepare('select name from customers where id = ?').pluck().get(fileId)).toBe('');
    expect(searchRecords(two.ctx.sqlite, NAME, 20)).toEqual([]);
    expect(searchRecords(two.ctx.sqlite, PHONE, 20)).toEqual([]);
    expect(holdsPerson(openedInbox(one))).toBe(false);
    const bytes = onDisk(two);
    expect(bytes.includes(Buffer.from(NAME, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from(PHONE, 'utf8'))).toBe(false);
    // Counter 2's rewritten copies are a chain a new PC verifies as it replays them.
    const bodies = two.ctx.sqlite.prepare('select stream_seq as seq, body from sync_inbox order by stream_seq');
    const copies = await replay(bodies.all() as StreamMessage[]);
    expect(chainOf(copies, 1)).toEqual({ lastSeq: head, alarm: null });
    expect(pending(copies)).toBe(0);
  }, 90_000);

  it('an entry altered on the way is still a chain alarm, whether it claims an erasure or not', async () => {
    const fileId = personAtOne();
    await bothSeeAll();
    forget(fileId);
    await bothSeeAll();
    const messages = await rawStream(server, 'XH');
    const events = messages.map((m) => JSON.parse(m.body) as SyncEvent);
    const erasure = events.find((e) => (e.rewrites ?? []).length > 0);
    const erased = events.find((e) => e.scrubbedBy !== undefined);
    const plain = events.find((e) => e.counter === 1 && e.scrubbedBy === undefined && e.entity === 'calls');
    if (!erasure || !erased || !plain) throw new Error('the stream lacks an erasure');
    const edited = (pick: SyncEvent, change: (e: SyncEvent) => SyncEvent) =>
      messages.map((m, i) => (events[i] === pick ? { ...m, body: JSON.stringify(change(pick)) } : m));

    // As it came: verifies, nothing waiting.
    const right = await replay(messages);
    expect(alarmOf(right, 1)).toEqual({ alarm: null, alarmSeq: null });
    expect(pending(right)).toBe(0);

    // An erased entry whose text was changed after the erasure attested it.
    const altered = await replay(edited(erased, (e) => ({ ...e, note: `${e.note ?? ''}!` })));
    expect(alarmOf(altered, 1)).toEqual({ alarm: 'bad_hash', alarmSeq: erased.counterSeq });

    // An entry altered and made to claim the erasure: the erasure does not attest what it holds now.
    const forged = await replay(edited(plain, (e) => ({ ...e, note: '改过', scrubbedBy: erasure.counterSeq })));
    expect(alarmOf(forged, 1)).toEqual({ alarm: 'bad_hash', alarmSeq: plain.counterSeq });

    // An entry altered without a claim: at once.
    const bare = await replay(edited(plain, (e) => ({ ...e, note: '改过' })));
    expect(alarmOf(bare, 1)).toEqual({ alarm: 'bad_hash', alarmSeq: plain.counterSeq });

    // An erasure whose carried form of an entry is not the one it attests: the copy stays, the chain is flagged.
    const target = erasure.rewrites?.[0];
    if (!target) throw new Error('no rewrite');
    const wrongRewrite = await replay(
      edited(erasure, (e) => ({
        ...e,
        rewrites: (e.rewrites ?? []).map((r, i) => (i === 0 ? { ...r, note: '别的' } : r)),
      })),
    );
    expect(alarmOf(wrongRewrite, 1)).toEqual({ alarm: 'bad_hash', alarmSeq: target.counterSeq });
    const copy = wrongRewrite.ctx.sqlite
      .prepare('select body from sync_inbox where counter = 1 and counter_seq = ?')
      .pluck()
      .get(target.counterSeq) as string;
    expect(JSON.parse(copy).note).not.toBe('别的');
  }, 90_000);
});
