import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { counterSubject, siteStreamName } from '../../../shared/contract/sync-event';
import type { ServiceContext } from '../context';
import { readHqConfig } from './hq-config';
import { appliedSeq, applyMessages, type StreamMessage } from './inbox';
import type { ModuleSync } from './module-sync';
import { type CounterIdentity, lastAuditSeq, outboxEvents } from './outbox';
import { fetchSiteDataKey, setSiteDataKey } from './personal';
import type { SyncSettings } from './settings';
import { ensureSiteStream, lastPublishedSeq } from './site-stream';

/** Events published per round; they are pipelined on the one connection, which keeps them in order. */
const PUBLISH_BATCH = 256;

export interface SyncStatus {
  connected: boolean;
  /** When the link to the site server was lost (or the engine started without one); null while connected. */
  offlineSince: number | null;
  /** This counter's audit entries the site stream does not hold yet. */
  waiting: number;
  lastError: string | null;
}

export interface SyncEngineOptions {
  ctx: ServiceContext;
  settings: SyncSettings;
  entities: ModuleSync;
  appVersion: string;
  /** Called after a batch of other counters' events was applied (the screens refresh). */
  onApplied?: (count: number) => void;
}

/**
 * Runs a counter's sync in the background: the publisher sends the audit log after the stream's last event of this
 * counter, the applier folds the site stream from the position kept in SQLite. Nothing here is on a save's path: a
 * write only calls `kick()`. Offline for days is normal; both loops resume by themselves.
 */
export class SyncEngine {
  private nc: NatsConnection | null = null;
  private stopped = false;
  private publishedSeq = 0;
  private offlineSince: number | null;
  private lastError: string | null = null;
  private wake: (() => void) | null = null;
  private readingStop: (() => void) | null = null;
  private configStop: (() => void) | null = null;
  private readonly identity: CounterIdentity;

  constructor(private readonly options: SyncEngineOptions) {
    this.offlineSince = options.ctx.clock.now();
    this.identity = {
      site: options.settings.site,
      counter: options.settings.counterIndex,
      appVersion: options.appVersion,
    };
  }

  start(): this {
    void this.run();
    return this;
  }

  status(): SyncStatus {
    const waiting = Math.max(0, lastAuditSeq(this.options.ctx.sqlite) - this.publishedSeq);
    return {
      connected: this.nc !== null && this.offlineSince === null,
      offlineSince: this.offlineSince,
      waiting,
      lastError: this.lastError,
    };
  }

  /** A local write happened: publish it soon. */
  kick(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.readingStop?.();
    this.configStop?.();
    this.kick();
    const nc = this.nc;
    this.nc = null;
    await nc?.close().catch(() => undefined);
  }

  private async run(): Promise<void> {
    const { settings } = this.options;
    try {
      this.nc = await connect({
        servers: settings.serverUrl,
        user: settings.user,
        pass: settings.password,
        name: `${settings.site}-${settings.counterIndex}`,
        waitOnFirstConnect: true,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        pingInterval: 2000,
        maxPingOut: 2,
      });
    } catch (error) {
      this.lastError = String(error);
      return;
    }
    if (this.stopped) return void this.nc.close();
    void this.watchStatus(this.nc);
    // Nothing is published or applied before the site's data key is known (personal.ts): events carry phones sealed.
    while (!this.stopped) {
      try {
        setSiteDataKey(this.options.ctx.sqlite, await fetchSiteDataKey(this.nc, settings.site));
        break;
      } catch (error) {
        this.lastError = String(error);
        await this.sleep(500);
      }
    }
    if (this.stopped) return;
    await Promise.all([this.publishLoop(this.nc), this.readLoop(this.nc), this.configLoop(this.nc)]);
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    this.offlineSince = null;
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') {
        this.offlineSince ??= this.options.ctx.clock.now();
        // Trap 2: a consumer left waiting across a server restart stalls for its heartbeats; reopen it instead.
        this.readingStop?.();
        this.configStop?.();
        this.kick();
      } else if (s.type === 'reconnect') {
        this.offlineSince = null;
        this.readingStop?.();
        this.configStop?.();
        this.kick();
      }
    }
  }

  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
    this.wake = null;
  }

  private async publishLoop(nc: NatsConnection): Promise<void> {
    const { ctx } = this.options;
    const { site, counter } = this.identity;
    let resumeKnown = false;
    while (!this.stopped) {
      try {
        const jsm: JetStreamManager = await jetstreamManager(nc);
        if (!resumeKnown) {
          await ensureSiteStream(jsm, site);
          this.publishedSeq = await lastPublishedSeq(jsm, site, counter);
          resumeKnown = true;
        }
        const js: JetStreamClient = jetstream(nc);
        const events = outboxEvents(ctx.sqlite, this.identity, this.publishedSeq, PUBLISH_BATCH);
        if (events.length === 0) {
          await this.sleep(200);
          continue;
        }
        const subject = counterSubject(site, counter);
        const acks = events.map((event) =>
          js.publish(subject, JSON.stringify(event), { msgID: event.eventId, timeout: 5000 }),
        );
        await Promise.all(acks);
        this.publishedSeq = events[events.length - 1]?.counterSeq ?? this.publishedSeq;
        this.lastError = null;
      } catch (error) {
        // Whatever failed, the stream (not this process) says where to resume once the link is back.
        this.lastError = String(error);
        resumeKnown = false;
        await this.sleep(500);
      }
    }
  }

  /** Head office's settings and staff for this site (`CFG_<site>`), applied in order from the stored position. */
  private async configLoop(nc: NatsConnection): Promise<void> {
    while (!this.stopped) {
      try {
        await readHqConfig(nc, this.options.ctx, this.options.settings.site, (stop) => {
          this.configStop = stop;
        });
      } catch (error) {
        this.lastError = String(error);
      } finally {
        this.configStop = null;
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  private async readLoop(nc: NatsConnection): Promise<void> {
    const { ctx, settings, entities } = this.options;
    while (!this.stopped) {
      try {
        const js = jetstream(nc);
        const consumer = await js.consumers.get(siteStreamName(settings.site), {
          opt_start_seq: appliedSeq(ctx.sqlite) + 1,
        });
        const messages = await consumer.consume({ max_messages: 1000 });
        this.readingStop = () => void messages.stop();
        let pending: StreamMessage[] = [];
        let scheduled = false;
        const flush = () => {
          scheduled = false;
          const batch = pending;
          pending = [];
          if (batch.length === 0 || this.stopped) return;
          const fold = { sqlite: ctx.sqlite, entities, counter: settings.counterIndex, now: ctx.clock.now() };
          applyMessages(fold, batch);
          this.options.onApplied?.(batch.length);
        };
        for await (const m of messages) {
          pending.push({ seq: m.seq, body: m.string() });
          // Everything that arrived in this turn is applied in one transaction (trap 4: one fsync per event is slow).
          if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
          }
        }
        flush();
      } catch (error) {
        this.lastError = String(error);
        await this.sleep(500);
      } finally {
        this.readingStop = null;
      }
    }
  }
}
