import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Sqlite } from '../../../db/open';
import type { ServiceContext } from '../context';
import { type ApplyOutcome, applyHqConfig, ensureSiteConfigStream, siteConfigStreamName } from '../hq/config';

/** The last sequence of `CFG_<site>` this counter applied. */
export function configSeq(sqlite: Sqlite): number {
  const value = sqlite.prepare('select config_seq from sync_settings where id = 1').pluck().get();
  return typeof value === 'number' ? value : 0;
}

/** Applies one head-office message and moves the stored position past it, in one transaction. */
export function applyConfigMessage(ctx: ServiceContext, site: string, seq: number, body: string): ApplyOutcome {
  return ctx.sqlite.transaction(() => {
    const outcome = applyHqConfig(ctx, site, body);
    ctx.sqlite.prepare('update sync_settings set config_seq = ? where id = 1 and config_seq < ?').run(seq, seq);
    return outcome;
  })();
}

/**
 * Reads the site's copy of head office's settings and staff (`CFG_<site>`, sourced from the hub by the site server)
 * from the stored position until stopped. The stream is created when missing, so a site whose hub is out of reach
 * still starts; it fills once the leaf link is up. Every counter applies every message: the fold takes the same
 * change made at two counters as one (fold.ts `sameHeadOfficeChange`), never as a conflict.
 */
export async function readHqConfig(
  nc: NatsConnection,
  ctx: ServiceContext,
  site: string,
  onReading: (stop: () => void) => void,
): Promise<void> {
  await ensureSiteConfigStream(await jetstreamManager(nc), site);
  const consumer = await jetstream(nc).consumers.get(siteConfigStreamName(site), {
    opt_start_seq: configSeq(ctx.sqlite) + 1,
  });
  const messages = await consumer.consume({ max_messages: 100 });
  onReading(() => void messages.stop());
  for await (const m of messages) applyConfigMessage(ctx, site, m.seq, m.string());
}
