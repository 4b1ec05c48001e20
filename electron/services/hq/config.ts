import type { JetStreamClient, JetStreamManager, StreamConfig } from '@nats-io/jetstream';
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { clerks, settings } from '../../../db/schema';
import { roleSchema } from '../../../shared/contract/roles';
import { businessHoursSchema, policySchema } from '../../../shared/contract/settings';
import { siteCodeSchema } from '../../../shared/contract/sync-event';
import { canonicalJson } from '../audit/hash';
import type { ServiceContext } from '../context';
import { write } from '../write';

/**
 * What head office manages for its sites flows down on its own stream (issue 15): `HQ_CONFIG` on the hub, subjects
 * `cfg.<site>`. Each site server keeps `CFG_<site>`, which sources its own subject from the hub over the leaf node,
 * so a counter reads it from its site even while head office is out of reach. A message for every site is published
 * once per site. Only these kinds travel: the policy numbers and business hours (site settings), and staff (name,
 * role, active; a new clerk's PIN only as the scrypt hash made at head office, never in clear).
 */
export const HQ_CONFIG_STREAM = 'HQ_CONFIG';
export const configSubject = (site: string) => `cfg.${site}`;
export const siteConfigStreamName = (site: string) => `CFG_${site}`;

const managedSetting = z.discriminatedUnion('key', [
  z.object({ key: z.literal('policy'), value: policySchema }),
  z.object({ key: z.literal('businessHours'), value: businessHoursSchema }),
]);

export const hqConfigMessageSchema = z.object({
  id: z.string().min(1),
  site: siteCodeSchema,
  issuedAt: z.number().int().nonnegative(),
  /** Who at head office issued it (their name or login), for the counter's audit entry. */
  issuedBy: z.string().min(1).max(80),
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('setting'), setting: managedSetting }),
    z.object({
      kind: z.literal('staff'),
      employeeNo: z.string().min(1).max(20),
      name: z.string().min(1).max(40),
      role: roleSchema,
      active: z.boolean(),
      /** For a clerk the site does not know yet: the PIN's scrypt hash (pin.ts `hashPin`), made at head office. */
      pinHash: z.string().startsWith('scrypt$').optional(),
    }),
  ]),
});
export type HqConfigMessage = z.infer<typeof hqConfigMessageSchema>;
export type HqConfigChange = HqConfigMessage['change'];

export function hubConfigStreamConfig(): Partial<StreamConfig> & { name: string } {
  return { name: HQ_CONFIG_STREAM, subjects: ['cfg.>'], max_age: 0, max_msgs: -1 };
}

/** The site's copy of its head-office configuration, sourced from the hub's domain. */
export function siteConfigStreamConfig(site: string): Partial<StreamConfig> & { name: string } {
  siteCodeSchema.parse(site);
  return {
    name: siteConfigStreamName(site),
    sources: [
      { name: HQ_CONFIG_STREAM, filter_subject: configSubject(site), external: { api: '$JS.HUB.API', deliver: '' } },
    ],
  };
}

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }) {
  try {
    await jsm.streams.info(config.name);
  } catch {
    await jsm.streams.add(config);
  }
}

export const ensureHubConfigStream = (jsm: JetStreamManager) => ensureStream(jsm, hubConfigStreamConfig());
export const ensureSiteConfigStream = (jsm: JetStreamManager, site: string) =>
  ensureStream(jsm, siteConfigStreamConfig(site));

/** Publishes one change to each site named (head office side); the message id deduplicates a re-sent publish. */
export async function publishHqConfig(
  js: JetStreamClient,
  sites: readonly string[],
  change: HqConfigChange,
  issuedBy: string,
  now = Date.now(),
): Promise<HqConfigMessage[]> {
  const sent: HqConfigMessage[] = [];
  for (const site of sites) {
    const message = hqConfigMessageSchema.parse({ id: uuidv7(), site, issuedAt: now, issuedBy, change });
    await js.publish(configSubject(site), JSON.stringify(message), { msgID: message.id });
    sent.push(message);
  }
  return sent;
}

/** How a counter's audit entry names a change that came from head office (the issuer follows). */
export const HQ_NOTE_PREFIX = 'head office: ';

export type ApplyOutcome = 'applied' | 'unchanged' | 'refused';

/**
 * The counter side: applies one message read from the site's `CFG_<site>` stream, in stream order, through the
 * audited writer (the entry's note names head office and who issued it). Applying is idempotent: a message
 * applied again, or one whose values the desk already has, writes nothing, so the caller may keep its position
 * after the write rather than in the same transaction. A message for another site, or one that does not parse,
 * is refused and changes nothing.
 */
export function applyHqConfig(ctx: ServiceContext, site: string, body: unknown): ApplyOutcome {
  const parsed = hqConfigMessageSchema.safeParse(typeof body === 'string' ? safeJson(body) : body);
  if (!parsed.success || parsed.data.site !== site) return 'refused';
  const { change, issuedBy, id: messageId } = parsed.data;
  const note = `${HQ_NOTE_PREFIX}${issuedBy}`;
  if (change.kind === 'setting') {
    const { key, value } = change.setting;
    const existing = ctx.db.select().from(settings).where(eq(settings.key, key)).get();
    if (existing && canonicalJson(existing.value) === canonicalJson(value)) return 'unchanged';
    write(ctx, null, (tx) => {
      if (existing) tx.update('settings', key, { value, updatedAt: tx.now }, { note });
      else tx.insert('settings', { key, value, updatedAt: tx.now }, note);
    });
    return 'applied';
  }
  const clerk = ctx.db.select().from(clerks).where(eq(clerks.employeeNo, change.employeeNo)).get();
  if (!clerk) {
    // A new clerk needs a PIN; without one from head office the site's supervisor adds them.
    if (!change.pinHash) return 'refused';
    const pinHash = change.pinHash;
    write(ctx, null, (tx) => {
      tx.insert(
        'clerks',
        {
          // The message's id: every counter of the site that applies it creates the same clerk, not one each.
          id: messageId,
          name: change.name,
          employeeNo: change.employeeNo,
          role: change.role,
          pinHash,
          active: change.active,
          failedPinCount: 0,
          lockedUntil: null,
          createdAt: tx.now,
          updatedAt: tx.now,
        },
        note,
      );
    });
    return 'applied';
  }
  if (clerk.name === change.name && clerk.role === change.role && clerk.active === change.active) return 'unchanged';
  write(ctx, null, (tx) => {
    tx.update(
      'clerks',
      clerk.id,
      { name: change.name, role: change.role, active: change.active, updatedAt: tx.now },
      { note },
    );
  });
  return 'applied';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
