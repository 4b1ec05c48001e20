import { describe, expect, it } from 'vitest';
import { entryHash } from '../../electron/services/audit/hash';
import { chainStates } from '../../electron/services/sync/chains';
import { applyMessages } from '../../electron/services/sync/inbox';
import { outboxEvents } from '../../electron/services/sync/outbox';
import { saveSyncSettings } from '../../electron/services/sync/settings';
import { write } from '../../electron/services/write';
import { freshDesk, type TestDesk } from '../helpers/db';
import { addLocation, bags, deposit } from '../helpers/storage';

const identity = { site: 'XH', counter: 1, appVersion: '0.1.0' };

async function peer(): Promise<TestDesk> {
  const desk = await freshDesk({ demo: false });
  saveSyncSettings(desk.ctx.sqlite, {
    enabled: true,
    serverUrl: 'nats://127.0.0.1:1',
    user: 'XH-2',
    password: 'x',
    site: 'XH',
    counterIndex: 2,
    enrolledAt: 0,
  });
  return desk;
}

function apply(desk: TestDesk, bodies: string[]) {
  const fold = { sqlite: desk.ctx.sqlite, entities: desk.ctx.modules.sync, counter: 2, now: 1 };
  return applyMessages(
    fold,
    bodies.map((body, i) => ({ seq: i + 1, body })),
  );
}

describe('applying the site stream', () => {
  it('takes every event of a counter, and the same batch again changes nothing', async () => {
    const writer = await freshDesk();
    deposit(writer, bags(addLocation(writer, 'L-01').id));
    const bodies = outboxEvents(writer.ctx.sqlite, identity, 0, 10_000).map((e) => JSON.stringify(e));
    const desk = await peer();
    const outcomes = apply(desk, bodies);
    expect(outcomes.filter((o) => o === 'applied').length).toBeGreaterThan(10);
    expect(outcomes).not.toContain('invalid');
    expect(apply(desk, bodies)).toEqual([]);
    expect(desk.ctx.sqlite.prepare('select count(*) from storage_slips').pluck().get()).toBe(1);
    expect(chainStates(desk.ctx.sqlite)).toEqual([expect.objectContaining({ counter: 1, alarm: null })]);
  });

  it('flags an event whose fields were changed after it was hashed (tampered), and keeps it', async () => {
    const writer = await freshDesk();
    const events = outboxEvents(writer.ctx.sqlite, identity, 0, 10_000);
    const newer = events.map((e, i) => (i === 3 ? { ...e, entity: 'parkingPasses', appVersion: '9.0.0' } : e));
    const desk = await peer();
    const outcomes = apply(
      desk,
      newer.map((e) => JSON.stringify(e)),
    );
    expect(outcomes[3]).toBe('invalid');
    expect(desk.ctx.sqlite.prepare('select count(*) from sync_inbox').pluck().get()).toBe(events.length);
    expect(chainStates(desk.ctx.sqlite)[0]).toMatchObject({ alarm: 'bad_hash', alarmSeq: events[3]?.counterSeq });
  });

  it('keeps an unknown entity or action from a newer app without loss and without an alarm', async () => {
    const writer = await freshDesk();
    // A newer app writes its own entity through the same audited writer: the hash covers it as written.
    write(writer.ctx, null, (tx) => tx.event('parkingPasses', 'P-1', 'issued', { plate: '沪A12345' }));
    const events = outboxEvents(writer.ctx.sqlite, identity, 0, 10_000);
    const last = events.at(-1);
    if (!last) throw new Error('no events');
    // And one with an action this version does not know, hashed by that app over its fields.
    const prevHash = last.hash;
    const next = { ...last, eventId: 'newer-1', counterSeq: last.counterSeq + 1, action: 'teleport', prevHash };
    const content = {
      seq: next.counterSeq,
      id: next.eventId,
      at: next.at,
      clerkId: next.clerkId,
      shiftId: next.shiftId,
      entity: next.entity,
      entityId: next.entityId,
      action: next.action,
      changes: next.changes,
      note: next.note,
      rowHash: next.rowHash,
    };
    const newer = { ...next, hash: entryHash(prevHash, content) };
    const desk = await peer();
    const outcomes = apply(
      desk,
      [...events, newer].map((e) => JSON.stringify(e)),
    );
    expect(outcomes.slice(-2)).toEqual(['unknown', 'unknown']);
    const kept = desk.ctx.sqlite.prepare('select body from sync_inbox order by stream_seq desc limit 1').pluck().get();
    expect(JSON.parse(String(kept))).toMatchObject({ entity: 'parkingPasses', action: 'teleport' });
    expect(chainStates(desk.ctx.sqlite)[0]).toMatchObject({ alarm: null, lastSeq: newer.counterSeq });
  });
});
