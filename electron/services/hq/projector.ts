import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type pg from 'pg';
import { HUB_STREAM } from '../../../shared/contract/sync-event';
import type { ChainHead } from './chain';
import { type BatchResult, type HubMessage, loadChainHeads, projectBatch, readPosition } from './project';

export interface ProjectorOptions {
  nc: NatsConnection;
  pool: pg.Pool;
  stream?: string;
  /** Events per PostgreSQL transaction at most; a batch is also closed when the stream has nothing more pending. */
  batchSize?: number;
  /** Told about every failure the projector recovers from (it retries on its own); never given the connection string. */
  onError?: (error: unknown) => void;
  onBatch?: (result: BatchResult) => void;
}

export interface Projector {
  /** The last hub stream sequence stored in PostgreSQL. */
  position(): number;
  /** Resolves once everything the hub stream holds now is projected. */
  caughtUp(timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

const RETRY_MS = 500;

/**
 * Head office's projector: reads the hub stream with an ordered consumer from the position stored in PostgreSQL and
 * projects it batch by batch (`projectBatch`: rows and position in one transaction, so each event counts once).
 * The consumer keeps no state on the server; on any failure, and on the client's disconnect or reconnect (an
 * ordered consumer otherwise waits for missed heartbeats, about 45 s after a server restart: SYNC-FACTS trap 2), it
 * is reopened from the stored position.
 */
export async function startProjector(options: ProjectorOptions): Promise<Projector> {
  const stream = options.stream ?? HUB_STREAM;
  const batchSize = options.batchSize ?? 1000;
  const js = jetstream(options.nc);
  const setup = await options.pool.connect();
  let position: number;
  let heads: Map<string, ChainHead>;
  try {
    position = await readPosition(setup, stream);
    heads = await loadChainHeads(setup);
  } finally {
    setup.release();
  }
  let stopped = false;
  const reading: { current: { stop(): void } | null } = { current: null };
  const waiters: { seq: number; resolve: () => void }[] = [];
  const wake = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w && w.seq <= position) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
  };
  const fail = (error: unknown) => {
    if (!stopped) options.onError?.(error);
  };

  // Reopen on the client's reconnect instead of waiting out the ordered consumer's heartbeat timeout.
  void (async () => {
    for await (const s of options.nc.status()) {
      if (stopped) break;
      if (s.type === 'disconnect' || s.type === 'reconnect') reading.current?.stop();
    }
  })().catch(fail);

  const flush = async (buffer: HubMessage[]) => {
    const client = await options.pool.connect();
    try {
      const result = await projectBatch(client, stream, buffer, heads);
      position = result.lastSeq;
      options.onBatch?.(result);
      wake();
    } catch (error) {
      // Nothing of the batch was stored: the heads may be ahead of PostgreSQL now, so read them again.
      heads = await loadChainHeads(client).catch(() => heads);
      throw error;
    } finally {
      client.release();
    }
  };

  const loop = (async () => {
    while (!stopped) {
      try {
        const consumer = await js.consumers.get(stream, {
          deliver_policy: 'by_start_sequence',
          opt_start_seq: position + 1,
        });
        const messages = await consumer.consume({ max_messages: Math.max(batchSize * 2, 256) });
        reading.current = messages;
        if (stopped) messages.stop();
        let buffer: HubMessage[] = [];
        for await (const m of messages) {
          if (m.seq <= position) continue;
          buffer.push({ seq: m.seq, body: m.string() });
          if (buffer.length >= batchSize || m.info.pending === 0) {
            const batch = buffer;
            buffer = [];
            await flush(batch);
          }
        }
      } catch (error) {
        fail(error);
      } finally {
        reading.current = null;
      }
      if (!stopped) await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  })();

  return {
    position: () => position,
    async caughtUp(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      let target: number | null = null;
      // The hub may be starting again: ask until it answers, within the time given.
      while (target === null) {
        try {
          const jsm = await jetstreamManager(options.nc, { timeout: 1000 });
          target = (await jsm.streams.info(stream)).state.last_seq;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const want = target;
      if (want <= position) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`projector at ${position} of ${want} after ${timeoutMs} ms`)),
          Math.max(deadline - Date.now(), 1),
        );
        waiters.push({
          seq: want,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    async stop() {
      stopped = true;
      reading.current?.stop();
      await loop;
    },
  };
}
