import type { JetStreamManager } from '@nats-io/jetstream';
import { counterSubject, siteStreamName, syncEventSchema } from '../../../shared/contract/sync-event';

/**
 * The site's stream of every counter's events. The site server's set-up creates it (README); a counter creates it
 * when missing so a new site works on first connect. Duplicate window: JetStream's default (2 minutes).
 */
export async function ensureSiteStream(jsm: JetStreamManager, site: string): Promise<void> {
  const name = siteStreamName(site);
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams.add({ name, subjects: [`evt.${site}.>`] });
  }
}

/**
 * The counter sequence of this counter's last event in the stream: where publishing resumes. Asked on every connect,
 * because a local "sent" mark can be wrong both ways (a site server restored from a backup, an ack lost in a crash).
 */
export async function lastPublishedSeq(jsm: JetStreamManager, site: string, counter: number): Promise<number> {
  let message: Awaited<ReturnType<typeof jsm.streams.getMessage>>;
  try {
    message = await jsm.streams.getMessage(siteStreamName(site), { last_by_subj: counterSubject(site, counter) });
  } catch (error) {
    if (String(error).includes('no message found')) return 0;
    throw error;
  }
  if (!message) return 0;
  const parsed = syncEventSchema.safeParse(message.json());
  return parsed.success ? parsed.data.counterSeq : 0;
}
