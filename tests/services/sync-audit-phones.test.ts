import { afterAll, describe, expect, it } from 'vitest';
import { logCall, updateCall } from '../../electron/services/calls';
import { checkLink } from '../../electron/services/hq/chain';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { applyMessages, type StreamMessage } from '../../electron/services/sync/inbox';
import {
  isSealed,
  openChanges,
  sealChanges,
  setSiteDataKey,
  siteDataKeyOf,
} from '../../electron/services/sync/personal';
import { logCallInput, updateCallInput } from '../../shared/contract/calls';
import { type SyncEvent, syncEventSchema } from '../../shared/contract/sync-event';
import { freshDesk, type TestDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { fileOrder } from '../helpers/repairs';
import { auditCount, chainOf, rawStream, startCounterSync, until } from '../helpers/sync-counters';
import { DAY, generate } from './reports-generator';

/**
 * Phones in the audit entry's own `changes` (the chain's hashed content) do not travel in clear either: the changes
 * of an entry that names a person go sealed under the site key, and the receiving counter opens them to the exact
 * text its writer's log holds, so every chain still verifies there.
 */
const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

/** Every phone the desk's file holds, in any table's phone column, digits only. */
function phonesIn(desk: TestDesk): string[] {
  const { sqlite } = desk.ctx;
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
  const phones = new Set<string>();
  for (const table of tables) {
    const columns = sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(table) as string[];
    for (const column of columns.filter((c) => /phone$/i.test(c) && c !== 'desk_phone')) {
      const values = sqlite.prepare(`select "${column}" from "${table}"`).pluck().all() as unknown[];
      for (const v of values) {
        const digits = typeof v === 'string' ? v.replace(/\D/g, '') : '';
        if (digits.length >= 7) phones.add(digits);
      }
    }
  }
  return [...phones];
}

describe('phones in the audit entries of the site stream', () => {
  it('travel sealed in every module’s changes; the peer opens them and verifies the whole chain', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    // Records of eight modules with their follow-ups (pickups, claims, callbacks, resolutions, voids), a repair
    // order, and a call whose phone is edited (its changes hold the old and the new number).
    const start = one.clock.now();
    generate(one, 15, start, start + 3 * DAY, 48, start + 4 * DAY);
    fileOrder(one, { phone: '13911112222' });
    const call = logCall(
      one.ctx,
      one.clerkByRole('clerk'),
      logCallInput.parse({ direction: 'incoming', phone: '13911113333', category: 'enquiry', summary: '询问停车' }),
    );
    updateCall(
      one.ctx,
      one.clerkByRole('clerk'),
      updateCallInput.parse({ id: call.id, version: call.version, phone: '13911114444' }),
    );
    const two = await freshDesk({ demo: false });
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));
    const written = auditCount(one);
    await until('counter 1’s chain verified at counter 2', () => (chainOf(two, 1)?.lastSeq ?? 0) >= written, 30_000);

    // Counter 2 verified counter 1's whole chain over the opened changes: no alarm.
    expect(chainOf(two, 1)).toEqual({ lastSeq: written, alarm: null });
    const failed = two.ctx.sqlite.prepare("select count(*) from sync_inbox where outcome in ('invalid', 'failed')");
    expect(failed.pluck().get()).toBe(0);
    expect(two.ctx.sqlite.prepare('select phone from calls where id = ?').pluck().get(call.id)).toBe('13911114444');

    const messages = await rawStream(server, 'XH');
    const events = messages.map((m) => syncEventSchema.parse(JSON.parse(m.body)));
    const sealed = events.filter((e) => isSealed(e.changes));
    // Every module that wrote a phone sent sealed changes.
    const sealedEntities = new Set(sealed.map((e) => e.entity));
    for (const entity of ['calls', 'complaints', 'storageSlips', 'repairOrders', 'loans', 'lostfoundItems'])
      expect(sealedEntities).toContain(entity);
    // An entry naming nobody (a department) is not sealed: head office checks its hash.
    expect(events.some((e) => !isSealed(e.changes) && e.entity === 'departments')).toBe(true);

    const phones = phonesIn(one);
    expect(phones).toEqual(expect.arrayContaining(['13911112222', '13911114444', '13812345678']));
    // The raw bytes of the stream, with every separator taken out: no phone anywhere.
    const raw = messages.map((m) => m.body).join('\n');
    const digits = raw.replace(/[\s-]/g, '');
    for (const phone of [...phones, '13911113333']) expect(digits).not.toContain(phone);
  }, 120_000);

  it('sealed changes that were altered, or opened with another key, raise a chain alarm at the counter', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    fileOrder(one, { phone: '13911115555' });
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));
    const written = auditCount(one);
    await until('counter 1’s chain at counter 2', () => (chainOf(two, 1)?.lastSeq ?? 0) >= written, 30_000);
    const messages = await rawStream(server, 'XH');
    const first = messages.findIndex((m) => isSealed((JSON.parse(m.body) as SyncEvent).changes));
    expect(first).toBeGreaterThanOrEqual(0);
    const sealedSeq = (JSON.parse(messages[first]?.body ?? '{}') as SyncEvent).counterSeq;
    const key = siteDataKeyOf(two.ctx.sqlite);
    expect(key).not.toBeNull();

    const foldInto = async (desk: TestDesk, list: StreamMessage[]) => {
      applyMessages({ sqlite: desk.ctx.sqlite, entities: desk.ctx.modules.sync, counter: 3, now: 0 }, list);
      return chainOf(desk, 1);
    };
    // The same bytes, with the site key: the chain verifies.
    const right = await freshDesk({ demo: false });
    setSiteDataKey(right.ctx.sqlite, key ?? Buffer.alloc(0));
    expect(await foldInto(right, messages)).toEqual({ lastSeq: written, alarm: null });
    // With another site's key the sealed changes do not open: the entry is flagged, nothing of it applied.
    const wrong = await freshDesk({ demo: false });
    setSiteDataKey(wrong.ctx.sqlite, Buffer.alloc(32, 9));
    expect((await foldInto(wrong, messages))?.alarm).toBe('bad_hash');
    // One character of the sealed text altered on the way: flagged too.
    const altered = messages.map((m, i) => {
      if (i !== first) return m;
      const event = JSON.parse(m.body) as SyncEvent;
      const body = event.changes.slice(0, -3);
      const last = event.changes.slice(-3);
      return { ...m, body: JSON.stringify({ ...event, changes: `${body}${last === 'AAA' ? 'BBB' : 'AAA'}` }) };
    });
    const tampered = await freshDesk({ demo: false });
    setSiteDataKey(tampered.ctx.sqlite, key ?? Buffer.alloc(0));
    const state = await foldInto(tampered, altered);
    expect(state?.alarm).toBe('bad_hash');
    expect(tampered.ctx.sqlite.prepare('select alarm_seq from sync_chains where counter = 1').pluck().get()).toBe(
      sealedSeq,
    );
  }, 120_000);

  it('sealed changes open only for their own event; head office checks a sealed entry by its links', () => {
    const key = Buffer.alloc(32, 7);
    const changes = JSON.stringify({ phone: ['13911116666', '13911117777'], summary: '改号码' });
    const event = { eventId: 'e1', entity: 'calls', entityId: 'c1', changes };
    const sealed = sealChanges(key, event);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('1391111');
    expect(openChanges(key, { ...event, changes: sealed })).toBe(changes);
    expect(() => openChanges(key, { ...event, eventId: 'e2', changes: sealed })).toThrow();
    expect(() => openChanges(null, { ...event, changes: sealed })).toThrow();
    // Changes naming nobody, or phones already digested by the log, travel as they are.
    const plain = JSON.stringify({ status: ['open', 'closed'], phone: 'redacted:k:0123456789abcdef' });
    expect(sealChanges(key, { ...event, changes: plain })).toBe(plain);
    // A phone under any key that ends in phone, at any depth, is sealed.
    const nested = JSON.stringify({ claim: { claimantPhone: '13911118888' } });
    expect(isSealed(sealChanges(key, { ...event, entity: 'printRecords', changes: nested }))).toBe(true);

    // Head office cannot hash sealed content; the entry's links are still checked.
    const base: SyncEvent = {
      eventId: 'e1',
      site: 'XH',
      counter: 1,
      counterSeq: 1,
      entity: 'calls',
      entityId: 'c1',
      action: 'create',
      baseVersion: null,
      data: {},
      changes: sealed,
      note: null,
      rowHash: null,
      clerkId: null,
      shiftId: null,
      at: 0,
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
      appVersion: '0.1.0',
    };
    expect(checkLink(undefined, base).findings).toEqual([]);
    const next = { ...base, eventId: 'e2', counterSeq: 2, prevHash: 'b'.repeat(64), hash: 'c'.repeat(64) };
    expect(checkLink(checkLink(undefined, base).head, next).findings.map((f) => f.kind)).toEqual(['broken']);
    // An unsealed entry whose hash does not match its content is still altered there.
    expect(checkLink(undefined, { ...base, changes: '{}' }).findings.map((f) => f.kind)).toEqual(['altered']);
  });
});
