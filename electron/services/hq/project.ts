import type pg from 'pg';
import { type SyncEvent, syncEventSchema } from '../../../shared/contract/sync-event';
import { type ChainFinding, type ChainHead, chainKey, checkLink } from './chain';
import { moduleOfEntity } from './modules';

/** One message of the hub stream: its stream sequence and body (a JSON SyncEvent). */
export interface HubMessage {
  seq: number;
  body: string;
}

export interface BatchResult {
  /** Events stored now (duplicates of events already stored are not counted). */
  stored: number;
  duplicates: number;
  rejected: number;
  alarms: number;
  lastSeq: number;
}

type Parsed = { seq: number; event: SyncEvent };

/** Reads the chain heads kept in PostgreSQL (at start, and again after a failed batch). */
export async function loadChainHeads(client: pg.ClientBase): Promise<Map<string, ChainHead>> {
  const { rows } = await client.query<{
    site: string;
    counter: number;
    last_seq: string;
    last_hash: string;
    event_count: string;
  }>('select site, counter, last_seq, last_hash, event_count from hq_chain_heads');
  return new Map(
    rows.map((r) => [
      chainKey(r.site, r.counter),
      { lastSeq: Number(r.last_seq), lastHash: r.last_hash, count: Number(r.event_count) },
    ]),
  );
}

export async function readPosition(client: pg.ClientBase, stream: string): Promise<number> {
  const { rows } = await client.query<{ last_seq: string }>('select last_seq from hq_position where stream = $1', [
    stream,
  ]);
  return rows[0] ? Number(rows[0].last_seq) : 0;
}

/**
 * Projects one batch of hub messages in ONE transaction: the events (a second copy of an event id is skipped), the
 * chain check of each new event with its alarms and the counters' new heads, the daily and monthly counts, and the
 * stream position. Either all of it is stored or none, so a crash between batches replays the batch and a replay
 * changes nothing: exactly once. `heads` is updated only after the commit.
 */
export async function projectBatch(
  client: pg.ClientBase,
  stream: string,
  messages: HubMessage[],
  heads: Map<string, ChainHead>,
): Promise<BatchResult> {
  const last = messages[messages.length - 1];
  if (!last) return { stored: 0, duplicates: 0, rejected: 0, alarms: 0, lastSeq: 0 };
  const parsed: Parsed[] = [];
  const rejected: { stream_seq: number; reason: string; body: string }[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const m of messages) {
    const event = parseEvent(m.body);
    if (typeof event === 'string') rejected.push({ stream_seq: m.seq, reason: event, body: m.body.slice(0, 100_000) });
    else if (seen.has(event.eventId)) duplicates += 1;
    else {
      seen.add(event.eventId);
      parsed.push({ seq: m.seq, event });
    }
  }

  await client.query('begin');
  try {
    if (rejected.length) {
      await client.query(
        `insert into hq_rejected (stream_seq, reason, body)
         select stream_seq, reason, body from jsonb_to_recordset($1::jsonb) as x(stream_seq bigint, reason text, body text)
         on conflict do nothing`,
        [JSON.stringify(rejected)],
      );
    }
    const fresh = parsed.length ? await insertEvents(client, parsed) : [];
    duplicates += parsed.length - fresh.length;
    const { alarms, changed } = checkChains(fresh, heads);
    if (alarms.length) await insertAlarms(client, alarms);
    if (changed.size) await upsertHeads(client, changed);
    if (fresh.length) {
      const ids = fresh.map((p) => p.event.eventId);
      await addCounts(client, ids);
      await keepSiteNames(client, ids);
    }
    await client.query(
      `insert into hq_position (stream, last_seq) values ($1, $2)
       on conflict (stream) do update set last_seq = excluded.last_seq`,
      [stream, last.seq],
    );
    await client.query('commit');
    for (const [key, head] of changed) heads.set(key, head);
    return { stored: fresh.length, duplicates, rejected: rejected.length, alarms: alarms.length, lastSeq: last.seq };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
}

function parseEvent(body: string): SyncEvent | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  const result = syncEventSchema.safeParse(json);
  if (!result.success)
    return `not an event: ${result.error.issues[0]?.path.join('.') ?? ''} ${result.error.issues[0]?.message ?? ''}`;
  return result.data;
}

/** Inserts the events; returns those that were new, in stream order. */
async function insertEvents(client: pg.ClientBase, parsed: Parsed[]): Promise<Parsed[]> {
  const sites = [...new Set(parsed.map((p) => p.event.site))];
  const first = Math.min(...parsed.map((p) => p.event.at));
  const lastAt = Math.max(...parsed.map((p) => p.event.at));
  await client.query(
    `insert into hq_sites (site, first_event_at, last_event_at) select unnest($1::text[]), $2, $3
     on conflict (site) do update set first_event_at = least(hq_sites.first_event_at, excluded.first_event_at),
       last_event_at = greatest(hq_sites.last_event_at, excluded.last_event_at)`,
    [sites, first, lastAt],
  );
  const rows = parsed.map(({ seq, event: e }) => ({
    event_id: e.eventId,
    stream_seq: seq,
    site: e.site,
    counter: e.counter,
    counter_seq: e.counterSeq,
    module: moduleOfEntity(e.entity),
    entity: e.entity,
    entity_id: e.entityId,
    action: e.action,
    base_version: e.baseVersion,
    data: e.data,
    changes: e.changes,
    note: e.note,
    row_hash: e.rowHash,
    clerk_id: e.clerkId,
    shift_id: e.shiftId,
    at: e.at,
    prev_hash: e.prevHash,
    hash: e.hash,
    app_version: e.appVersion,
  }));
  const { rows: inserted } = await client.query<{ event_id: string }>(
    `insert into hq_events (event_id, stream_seq, site, counter, counter_seq, module, entity, entity_id, action,
       base_version, data, changes, note, row_hash, clerk_id, shift_id, at, prev_hash, hash, app_version)
     select * from jsonb_to_recordset($1::jsonb) as x(event_id text, stream_seq bigint, site text, counter integer,
       counter_seq bigint, module text, entity text, entity_id text, action text, base_version integer, data jsonb,
       changes text, note text, row_hash text, clerk_id text, shift_id text, at bigint, prev_hash text, hash text,
       app_version text)
     on conflict (event_id) do nothing
     returning event_id`,
    [JSON.stringify(rows)],
  );
  const ids = new Set(inserted.map((r) => r.event_id));
  return parsed.filter((p) => ids.has(p.event.eventId));
}

interface Alarm extends ChainFinding {
  site: string;
  counter: number;
  counter_seq: number;
  event_id: string;
  stream_seq: number;
}

function checkChains(fresh: Parsed[], heads: Map<string, ChainHead>) {
  const changed = new Map<string, ChainHead & { site: string; counter: number }>();
  const alarms: Alarm[] = [];
  for (const { seq, event } of fresh) {
    const key = chainKey(event.site, event.counter);
    const { findings, head } = checkLink(changed.get(key) ?? heads.get(key), event);
    changed.set(key, { ...head, site: event.site, counter: event.counter });
    for (const f of findings)
      alarms.push({
        ...f,
        site: event.site,
        counter: event.counter,
        counter_seq: event.counterSeq,
        event_id: event.eventId,
        stream_seq: seq,
      });
  }
  return { alarms, changed };
}

async function insertAlarms(client: pg.ClientBase, alarms: Alarm[]): Promise<void> {
  // A fork names the event first stored with that sequence.
  await client.query(
    `insert into hq_alarms (site, counter, counter_seq, kind, event_id, other_event_id, expected, found, stream_seq)
     select x.site, x.counter, x.counter_seq, x.kind, x.event_id,
       case when x.kind = 'fork' then (select o.event_id from hq_events o where o.site = x.site and o.counter = x.counter
         and o.counter_seq = x.counter_seq and o.event_id <> x.event_id order by o.stream_seq limit 1) end,
       x.expected, x.found, x.stream_seq
     from jsonb_to_recordset($1::jsonb) as x(site text, counter integer, counter_seq bigint, kind text, event_id text,
       expected text, found text, stream_seq bigint)`,
    [JSON.stringify(alarms)],
  );
}

async function upsertHeads(client: pg.ClientBase, changed: Map<string, ChainHead & { site: string; counter: number }>) {
  const rows = [...changed.values()].map((h) => ({
    site: h.site,
    counter: h.counter,
    last_seq: h.lastSeq,
    last_hash: h.lastHash,
    event_count: h.count,
  }));
  await client.query(
    `insert into hq_chain_heads (site, counter, last_seq, last_hash, event_count)
     select * from jsonb_to_recordset($1::jsonb) as x(site text, counter integer, last_seq bigint, last_hash text,
       event_count bigint)
     on conflict (site, counter) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash,
       event_count = excluded.event_count`,
    [JSON.stringify(rows)],
  );
}

/** A site's name as its newest `site` record in stream order has it (a site renamed at a counter is renamed here). */
async function keepSiteNames(client: pg.ClientBase, ids: string[]): Promise<void> {
  await client.query(
    `update hq_sites s set name = x.name from (
       select distinct on (site) site, data ->> 'name' as name from hq_events
       where event_id = any($1::text[]) and entity = 'site' and data ? 'name' and data ->> 'name' <> ''
       order by site, stream_seq desc
     ) x where s.site = x.site`,
    [ids],
  );
}

/**
 * Adds the new events to the daily and monthly counts, by site-local day (the site's time zone in hq_sites). A void
 * is counted on the day its record was created (the create may be in this very batch: it is already stored).
 */
async function addCounts(client: pg.ClientBase, ids: string[]): Promise<void> {
  const delta = `
    with ev as (
      select e.site, e.module, e.entity, e.action, e.at, s.time_zone as tz,
        case when e.action = 'void' then (select c.at from hq_events c where c.site = e.site and c.entity = e.entity
          and c.entity_id = e.entity_id and c.action = 'create' order by c.stream_seq limit 1) end as created_at
      from hq_events e join hq_sites s on s.site = e.site
      where e.event_id = any($1::text[])
    ), parts as (
      select site, module, entity, (to_timestamp(at / 1000.0) at time zone tz)::date as day,
        count(*) filter (where action = 'create') as created,
        count(*) filter (where action in ('update', 'status')) as changed,
        0::bigint as voided, count(*) as events
      from ev group by 1, 2, 3, 4
      union all
      select site, module, entity, (to_timestamp(coalesce(created_at, at) / 1000.0) at time zone tz)::date,
        0, 0, count(*), 0
      from ev where action = 'void' group by 1, 2, 3, 4
    )
    select site, module, entity, day, sum(created)::int as created, sum(changed)::int as changed,
      sum(voided)::int as voided, sum(events)::int as events
    from parts group by 1, 2, 3, 4`;
  await client.query(
    `with d as (${delta}),
     m as (
       insert into hq_monthly (site, month, module, entity, created, changed, voided, events)
       select site, to_char(day, 'YYYY-MM'), module, entity, sum(created), sum(changed), sum(voided), sum(events)
       from d group by 1, 2, 3, 4
       on conflict (site, month, module, entity) do update set created = hq_monthly.created + excluded.created,
         changed = hq_monthly.changed + excluded.changed, voided = hq_monthly.voided + excluded.voided,
         events = hq_monthly.events + excluded.events
     )
     insert into hq_daily (site, day, module, entity, created, changed, voided, events)
     select site, day, module, entity, created, changed, voided, events from d
     on conflict (site, day, module, entity) do update set created = hq_daily.created + excluded.created,
       changed = hq_daily.changed + excluded.changed, voided = hq_daily.voided + excluded.voided,
       events = hq_daily.events + excluded.events`,
    [ids],
  );
}
