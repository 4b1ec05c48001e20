import { Kvm } from '@nats-io/kv';
import { connect } from '@nats-io/transport-node';
import type { Sqlite } from '../../../db/open';
import { AppError, refuse } from '../errors';

/** This desk's identity at the site: its first audit entry's id, which no other desk has. */
export function deskIdentity(sqlite: Sqlite): string {
  const id = sqlite.prepare('select id from audit_log order by seq limit 1').pluck().get();
  return typeof id === 'string' ? id : 'empty-desk';
}

/**
 * Claims counter `index` of `site` for this desk with a compare-and-set in the site server's key-value store: the
 * first desk to claim an index holds it, so two counters can never share one (their serials and subjects would).
 * The same desk claiming its own index again (a second enrolment) is fine.
 */
export async function claimCounterIndex(options: {
  serverUrl: string;
  user: string;
  password: string;
  site: string;
  index: number;
  desk: string;
}): Promise<void> {
  let nc: Awaited<ReturnType<typeof connect>>;
  try {
    nc = await connect({ servers: options.serverUrl, user: options.user, pass: options.password, timeout: 3000 });
  } catch {
    throw refuse('sync.errors.unreachable', 'serverUrl');
  }
  try {
    const kv = await new Kvm(nc).create(`COUNTERS_${options.site}`, { history: 1 });
    const key = `counter-${options.index}`;
    try {
      await kv.create(key, options.desk);
    } catch {
      const held = await kv.get(key);
      if (held?.string() !== options.desk)
        throw new AppError('conflict', 'sync.errors.indexTaken', 'counterIndex', { index: options.index });
    }
  } finally {
    await nc.close();
  }
}
