import type { z } from 'zod';
import type { OpenedDatabase } from '../../db/open';
import type { ChannelSpec } from '../../shared/contract/channel';
import type { Actor, Clock, ServiceContext } from '../services/context';
import type { SessionHolder, SessionStore } from '../services/session';
import type { ClaimPool } from '../services/storage/claim-pool';

export interface RuntimeOptions {
  mode: 'desktop' | 'browser';
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
  clock?: Clock;
  /** Desktop only: prints the app's window (Electron's webContents.print). Browser mode has none. */
  printPage?: (options: { silent: boolean }) => Promise<void>;
  /** Desktop only: the window's print layout as an A4 PDF (Electron's printToPDF). Browser mode has none. */
  printToPdf?: () => Promise<Uint8Array>;
  /** Fill an empty database with the demo site, clerks, departments and shops. */
  demoData?: boolean;
}

export type RuntimeState =
  | { kind: 'ready'; opened: OpenedDatabase; ctx: ServiceContext }
  | { kind: 'recovery'; reasonKey: string; found?: string[] };

/**
 * Everything main (or the browser-mode server) holds: the database, the clock, who is at the desk, and the work it
 * does in the background (claim codes hashed ahead). Nothing of it starts on import: `startRuntime` starts it.
 */
export interface AppRuntime {
  options: RuntimeOptions;
  databaseFile: string;
  backupDir: string;
  clock: Clock;
  /** Every desk session (the desktop window, or each browser tab), each bound to its own login. */
  sessions: SessionStore;
  state: RuntimeState;
  /** Claim codes for storage deposits, hashed in the background ahead of time. */
  claims: ClaimPool;
  /** Stops the schedulers (daily backup, retention). */
  stopSchedulers(): void;
  /** Settles when the background jobs under way (retention) have finished; for tests and the bench. */
  backgroundIdle(): Promise<void>;
}

/** What a handler receives besides its parsed input. */
export interface HandlerCall {
  runtime: AppRuntime;
  ctx: ServiceContext;
  /** The caller's own desk session (this window or this tab). */
  session: SessionHolder;
  /** The logged-in clerk; throws `unauthenticated` when nobody is. */
  actor(): Actor;
}

/** One handler per channel of `M`, typed from the channel's schema and output: a missing one fails to compile. */
export type HandlerMap<M> = {
  [K in keyof M]: M[K] extends ChannelSpec<infer I, infer O>
    ? (input: z.output<I>, call: HandlerCall) => O | Promise<O>
    : never;
};
