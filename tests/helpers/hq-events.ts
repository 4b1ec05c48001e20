import { v7 as uuidv7 } from 'uuid';
import { entryHash, GENESIS_HASH } from '../../electron/services/audit/hash';
import type { SyncEvent } from '../../shared/contract/sync-event';

/**
 * A counter's chain of events as the counter's audit log writes them (same hash function, same fields), for the
 * head-office tests and bench: records of several modules, some edited or voided later.
 */
export interface ChainWriter {
  events: SyncEvent[];
  next(spec: Partial<SyncEvent> & Pick<SyncEvent, 'entity' | 'action'>): SyncEvent;
}

export function counterChain(site: string, counter: number): ChainWriter {
  const events: SyncEvent[] = [];
  let prevHash = GENESIS_HASH;
  return {
    events,
    next(spec) {
      const counterSeq = events.length + 1;
      const base = {
        eventId: uuidv7(),
        site,
        counter,
        counterSeq,
        entityId: uuidv7(),
        baseVersion: null,
        data: {},
        changes: '{}',
        note: null,
        rowHash: null,
        clerkId: 'clerk-1',
        shiftId: 'shift-1',
        at: Date.UTC(2026, 10, 24, 2, 0, 0) + counterSeq * 1000,
        appVersion: '0.1.0',
        ...spec,
      };
      const hash = entryHash(prevHash, {
        seq: counterSeq,
        id: base.eventId,
        at: base.at,
        clerkId: base.clerkId,
        shiftId: base.shiftId,
        entity: base.entity,
        entityId: base.entityId,
        action: base.action,
        changes: base.changes,
        note: base.note,
        rowHash: base.rowHash,
      });
      const event: SyncEvent = { ...base, prevHash, hash };
      prevHash = hash;
      events.push(event);
      return event;
    },
  };
}

const kinds = ['visits', 'calls', 'storageSlips', 'complaints', 'invoiceRequests', 'returnRequests', 'repairOrders'];

/**
 * `n` events over `days` days from `startDay` (UTC ms of a site-local midnight in Shanghai): mostly new records,
 * every fifth an edit of an earlier one, every seventeenth a void of an earlier one.
 */
export function busyCounter(site: string, counter: number, n: number, startDay: number, days = 3): SyncEvent[] {
  const chain = counterChain(site, counter);
  const created: SyncEvent[] = [];
  const voided = new Set<string>();
  const dayMs = 86_400_000;
  for (let i = 0; i < n; i++) {
    // Spread over opening hours (09:00-21:00 local = 01:00-13:00 UTC).
    const at = startDay + Math.floor((i * days) / n) * dayMs + 3_600_000 * 9 + ((i * 7919) % (12 * 3_600_000));
    const earlier = created[(i * 31) % Math.max(created.length, 1)];
    // A record is voided once at most, and not changed after it.
    if (earlier && voided.has(earlier.entityId))
      created.push(chain.next({ entity: kinds[i % kinds.length] ?? 'calls', action: 'create', at }));
    else if (i % 17 === 16 && earlier && voided.add(earlier.entityId))
      chain.next({ entity: earlier.entity, entityId: earlier.entityId, action: 'void', at, baseVersion: 1 });
    else if (i % 5 === 4 && earlier)
      chain.next({ entity: earlier.entity, entityId: earlier.entityId, action: 'update', at, baseVersion: 1 });
    else created.push(chain.next({ entity: kinds[i % kinds.length] ?? 'calls', action: 'create', at }));
  }
  return chain.events;
}
