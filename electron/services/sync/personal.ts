import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Kvm } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { getTableColumns } from 'drizzle-orm';
import type { Sqlite } from '../../../db/open';
import { entitySpec, isEntityName } from '../entities';

/**
 * Phones and ID digests do not travel in clear (issue 15). The counters of a site apply each other's records and
 * need the full values (a caller found by phone at any counter); the hub, head office's PostgreSQL and anyone who
 * reads a stream's files need none of them. So an event's `data` carries those columns sealed with AES-256-GCM
 * under the site's data key, bound to the record and column, and a counter opens them when it applies the event.
 *
 * The key is made once per site by the first counter that connects, with a compare-and-set in the site server's
 * key-value store (`SITEKEY_<site>`), which the hub does not source: it never leaves the site. A counter keeps it in
 * memory only. The audit entry's own `changes` (the chain's hashed content) travel sealed whole when they hold a
 * person's value in clear (`sealChanges`): the receiving counter opens them back to the exact text and verifies the
 * chain as the writer's log holds it.
 */
const PREFIX = 'pii:v1:';
const KEY_NAME = 'data-key';
export const siteKeyBucket = (site: string) => `SITEKEY_${site}`;

const keys = new WeakMap<Sqlite, Buffer>();

/** The site's data key as this desk's running sync fetched it; null until it has connected once. */
export function siteDataKeyOf(sqlite: Sqlite): Buffer | null {
  return keys.get(sqlite) ?? null;
}

export function setSiteDataKey(sqlite: Sqlite, key: Buffer): void {
  keys.set(sqlite, key);
}

/** Reads the site's data key from the site server, making it first if no counter has (first to create wins). */
export async function fetchSiteDataKey(nc: NatsConnection, site: string): Promise<Buffer> {
  const kv = await new Kvm(nc).create(siteKeyBucket(site), { history: 1 });
  try {
    await kv.create(KEY_NAME, randomBytes(32).toString('base64'));
  } catch {
    // Another counter made it first: use that one.
  }
  const entry = await kv.get(KEY_NAME);
  const key = entry ? Buffer.from(entry.string(), 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new Error('the site data key is missing or malformed');
  return key;
}

const NOT_PERSONAL = new Set(['deskPhone']);

/** The columns of an entity sealed in transit: its redacted ones, and every phone and ID digest. */
export function personalColumns(entity: string): string[] {
  if (!isEntityName(entity)) return [];
  const spec = entitySpec(entity);
  const names = Object.keys(getTableColumns(spec.table));
  const personal = names.filter((n) => !NOT_PERSONAL.has(n) && (/(^p|P)hone$/.test(n) || /(^i|I)dHash$/.test(n)));
  return [...new Set([...(spec.redacted ?? []), ...personal])];
}

const aad = (entity: string, entityId: string, column: string) => Buffer.from(`${entity}|${entityId}|${column}`);

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

function seal(key: Buffer, context: Buffer, clear: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(context);
  const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
}

function open(key: Buffer, context: Buffer, sealed: string): string {
  const [iv, tag, body] = sealed.slice(PREFIX.length).split(':');
  if (!iv || !tag || body === undefined) throw new Error('a sealed value is malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(context);
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** The event data to publish: personal columns that hold text sealed; empty and null values stay as they are. */
export function sealPersonal(
  key: Buffer | null,
  entity: string,
  entityId: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (!key) return data;
  const phones = Object.keys(data).filter((c) => !NOT_PERSONAL.has(c) && PHONE_KEY.test(c));
  const columns = [...new Set([...personalColumns(entity), ...phones])].filter(
    (c) => typeof data[c] === 'string' && data[c] !== '',
  );
  if (columns.length === 0) return data;
  const out = { ...data };
  for (const c of columns) out[c] = seal(key, aad(entity, entityId, c), String(data[c]));
  return out;
}

/** The event data to apply, opened. Throws when a value is sealed and this desk has no key or not the site's. */
export function openPersonal(
  key: Buffer | null,
  entity: string,
  entityId: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  const sealed = Object.keys(data).filter((c) => isSealed(data[c]));
  if (sealed.length === 0) return data;
  if (!key) throw new Error('a sealed value arrived before the site data key');
  const out = { ...data };
  for (const c of sealed) out[c] = open(key, aad(entity, entityId, c), String(data[c]));
  return out;
}

/** What the log's changes keep in place of a value: nothing personal left to hide. */
const HIDDEN = /^(redacted:|\*\*\*$)/;
const PHONE_KEY = /phone$/i;

function holdsClearValue(value: unknown): boolean {
  if (typeof value === 'string') return value !== '' && !HIDDEN.test(value);
  if (Array.isArray(value)) return value.some(holdsClearValue);
  return false;
}

/** Whether an entry's changes name a person in clear: a personal column or any phone, at any depth. */
function changesArePersonal(entity: string, changes: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(changes);
  } catch {
    return false;
  }
  const columns = new Set(personalColumns(entity));
  const walk = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(walk);
    if (!value || typeof value !== 'object') return false;
    return Object.entries(value).some(
      ([k, v]) => (!NOT_PERSONAL.has(k) && (columns.has(k) || PHONE_KEY.test(k)) && holdsClearValue(v)) || walk(v),
    );
  };
  return walk(parsed);
}

interface ChangesOf {
  eventId: string;
  entity: string;
  entityId: string;
  changes: string;
}

const changesAad = (e: ChangesOf) => aad(e.entity, e.entityId, `#changes:${e.eventId}`);

/**
 * The audit entry's changes as they travel: sealed whole, bound to the event, when they hold a person's value in
 * clear (the text is restored byte for byte on opening, so the chain's hash still verifies); as they are otherwise.
 */
export function sealChanges(key: Buffer | null, event: ChangesOf): string {
  if (!key || !changesArePersonal(event.entity, event.changes)) return event.changes;
  return seal(key, changesAad(event), event.changes);
}

/** The changes as the writer's log holds them. Throws when they are sealed and this desk has no key or not the site's. */
export function openChanges(key: Buffer | null, event: ChangesOf): string {
  if (!isSealed(event.changes)) return event.changes;
  if (!key) throw new Error('sealed changes arrived before the site data key');
  return open(key, changesAad(event), event.changes);
}
