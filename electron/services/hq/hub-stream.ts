import type { JetStreamManager, StreamConfig, StreamSource } from '@nats-io/jetstream';
import { HUB_STREAM, siteCodeSchema, siteStreamName } from '../../../shared/contract/sync-event';

/**
 * The head-office hub's stream: it has no subjects of its own and sources every site's stream over the leaf node,
 * through the site's JetStream domain (`$JS.<SITE>.API`). A site cut off from the hub is caught up by the server
 * itself once the link is back; the order of each counter's subject is kept.
 */
export function siteSource(site: string): StreamSource {
  siteCodeSchema.parse(site);
  return { name: siteStreamName(site), external: { api: `$JS.${site}.API`, deliver: '' } };
}

export function hubStreamConfig(sites: readonly string[]): Partial<StreamConfig> & { name: string } {
  return {
    name: HUB_STREAM,
    sources: [...new Set(sites)].sort().map(siteSource),
    // Every event is kept at head office: it is the off-machine copy of each counter's chain.
    max_msgs: -1,
    max_bytes: -1,
    max_age: 0,
  };
}

/**
 * Creates the hub stream, or adds the sites it does not source yet. A site is never dropped here: removing a
 * source is a decision for whoever runs head office, not a side effect of a shorter list.
 */
export async function ensureHubStream(jsm: JetStreamManager, sites: readonly string[]): Promise<string[]> {
  const wanted = hubStreamConfig(sites);
  let info: Awaited<ReturnType<JetStreamManager['streams']['info']>> | null = null;
  try {
    info = await jsm.streams.info(HUB_STREAM);
  } catch {
    info = null;
  }
  if (!info) {
    await jsm.streams.add(wanted);
    return (wanted.sources ?? []).map((s) => s.name);
  }
  const have = new Set((info.config.sources ?? []).map((s) => s.name));
  const added = (wanted.sources ?? []).filter((s) => !have.has(s.name));
  if (added.length)
    await jsm.streams.update(HUB_STREAM, { ...info.config, sources: [...(info.config.sources ?? []), ...added] });
  return added.map((s) => s.name);
}
