import { z } from 'zod';
import { auditActionValues } from './core-fields';

/**
 * One domain event as it travels between counters, site servers and head office (issue 15).
 * The audit log is the outbox: each audit entry becomes exactly one of these, and the fields that feed the counter's
 * hash chain (prevHash, hash) travel unchanged so every node can verify the chain as the counter wrote it.
 * Subjects: `evt.<site>.<counter>`; the NATS message id is `eventId` so JetStream drops duplicates.
 */
export const siteCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/);
export const counterIndexSchema = z.number().int().min(1).max(99);

/** One earlier entry as an erasure rewrote it: the fields that change, as they travel (sealed where personal). */
export const scrubRewriteSchema = z.object({
  counterSeq: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
  changes: z.string(),
  note: z.string().nullable(),
  rowHash: z.string().nullable(),
});
export type ScrubRewrite = z.infer<typeof scrubRewriteSchema>;

export const syncEventSchema = z.object({
  /** UUIDv7 of the audit entry; the deduplication id. */
  eventId: z.string().min(1),
  site: siteCodeSchema,
  counter: counterIndexSchema,
  /** The counter's own sequence (its audit seq): gap-free, starts at 1. */
  counterSeq: z.number().int().positive(),
  /** The audited entity (module table), e.g. `storage_slips`. */
  entity: z.string().min(1),
  entityId: z.string().min(1),
  action: z.enum(auditActionValues),
  /** The record version this change was based on; null for creates and append-only facts. */
  baseVersion: z.number().int().nonnegative().nullable(),
  /** The record's full audited state after the write (what a peer needs to apply it), or the changes for events. */
  data: z.record(z.string(), z.unknown()),
  /** The audit entry's own fields, kept as written so the chain verifies on every node. */
  changes: z.string(),
  note: z.string().nullable(),
  rowHash: z.string().nullable(),
  clerkId: z.string().nullable(),
  shiftId: z.string().nullable(),
  /** UTC epoch ms. */
  at: z.number().int().nonnegative(),
  prevHash: z.string().min(1),
  hash: z.string().min(1),
  /** The app version that wrote it; a node that does not know `entity`/`action` keeps the event and applies nothing. */
  appVersion: z.string().min(1),
  /**
   * An entry a customer's erasure rewrote before it was published (audit/scrub.ts): the erasure's sequence in the
   * same chain. Its fields no longer hash to `hash`; that later entry attests the hash they have now.
   */
  scrubbedBy: z.number().int().positive().optional(),
  /**
   * On an erasure's entry: the earlier entries it rewrote, as this counter publishes them now, so every node rewrites
   * its copies of them (each checked against the hash the erasure attests for it).
   */
  rewrites: z.array(scrubRewriteSchema).optional(),
});
export type SyncEvent = z.infer<typeof syncEventSchema>;

export function counterSubject(site: string, counter: number): string {
  return `evt.${site}.${counter}`;
}
/** The stream a site server keeps (domain = site code), and the one the hub sources from all sites. */
export function siteStreamName(site: string): string {
  return `SITE_${site}`;
}
export const HUB_STREAM = 'HUB_EVENTS';
