import pg from 'pg';
import type { Sqlite } from '../../../db/open';
import { AppError } from '../errors';
import { decryptSecret, encryptSecret } from '../sync/secret';

/**
 * Where head office's PostgreSQL is (issue 15): one local row, kept by a supervisor in Settings → 总部连接, read by
 * the 总部报表 screen. The password is stored encrypted like the site server's (secret.ts) and never leaves main: the
 * screen learns only whether one is saved.
 */
export interface HqConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tls: boolean;
}

export interface HqConnectionView {
  configured: boolean;
  host: string;
  port: number;
  database: string;
  user: string;
  tls: boolean;
  passwordSaved: boolean;
  savedAt: number | null;
}

/** What a supervisor types; an empty password keeps the one saved. */
export type HqConnectionInput = HqConnection;

interface Row {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  tls: number;
  savedAt: number;
}

function row(sqlite: Sqlite): Row | undefined {
  return sqlite
    .prepare('select host, port, database, user, password, tls, saved_at as savedAt from hq_connection where id = 1')
    .get() as Row | undefined;
}

/** The saved connection with its password in clear (empty when this PC cannot read it), or null when none. */
export function getHqConnection(sqlite: Sqlite): HqConnection | null {
  const r = row(sqlite);
  if (!r) return null;
  const password = r.password === '' ? '' : (decryptSecret(sqlite, r.password) ?? '');
  return { host: r.host, port: r.port, database: r.database, user: r.user, password, tls: r.tls === 1 };
}

export function hqConnectionView(sqlite: Sqlite): HqConnectionView {
  const r = row(sqlite);
  if (!r)
    return {
      configured: false,
      host: '',
      port: 5432,
      database: '',
      user: '',
      tls: false,
      passwordSaved: false,
      savedAt: null,
    };
  const readable = r.password !== '' && decryptSecret(sqlite, r.password) !== null;
  return {
    configured: true,
    host: r.host,
    port: r.port,
    database: r.database,
    user: r.user,
    tls: r.tls === 1,
    passwordSaved: readable,
    savedAt: r.savedAt,
  };
}

/** The typed values, an empty password standing for the saved one. */
export function withSavedPassword(sqlite: Sqlite, input: HqConnectionInput): HqConnection {
  if (input.password !== '') return input;
  return { ...input, password: getHqConnection(sqlite)?.password ?? '' };
}

export function saveHqConnection(sqlite: Sqlite, input: HqConnectionInput, now: number): HqConnectionView {
  const conn = withSavedPassword(sqlite, input);
  sqlite
    .prepare(
      `insert into hq_connection (id, host, port, database, user, password, tls, saved_at)
       values (1, @host, @port, @database, @user, @password, @tls, @savedAt)
       on conflict (id) do update set host = excluded.host, port = excluded.port, database = excluded.database,
         user = excluded.user, password = excluded.password, tls = excluded.tls, saved_at = excluded.saved_at`,
    )
    .run({
      ...conn,
      password: conn.password === '' ? '' : encryptSecret(sqlite, conn.password),
      tls: conn.tls ? 1 : 0,
      savedAt: now,
    });
  return hqConnectionView(sqlite);
}

/** Why head office could not be reached, as an i18n key under hq.errors (the clerk never sees the driver's text). */
export function hqFailureKey(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = String(e?.message ?? '');
  if (code === '28P01' || code === '28000') return 'hq.errors.auth';
  if (code === '3D000') return 'hq.errors.database';
  if (code === '42P01') return 'hq.errors.schema';
  if (code === 'ECONNREFUSED') return 'hq.errors.refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'hq.errors.host';
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return 'hq.errors.timeout';
  if (/ssl|tls|certificate/i.test(message)) return 'hq.errors.tls';
  return 'hq.errors.other';
}

const CONNECT_TIMEOUT_MS = 8_000;
const QUERY_TIMEOUT_MS = 20_000;

/**
 * Runs `fn` on a fresh connection to head office and closes it, whatever happens; a failure to reach or read it is
 * an 'unavailable' refusal in words (hq.errors.*).
 */
export async function withHq<T>(conn: HqConnection, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: conn.host,
    port: conn.port,
    database: conn.database,
    user: conn.user,
    password: conn.password,
    ssl: conn.tls ? { rejectUnauthorized: true } : false,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    application_name: 'front-desk',
  });
  // A connection dropped later emits 'error' on the client: without a listener it would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('set default_transaction_read_only = on');
    return await fn(client);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unavailable', hqFailureKey(error));
  } finally {
    await client.end().catch(() => {});
  }
}

/** The saved connection, or a refusal saying it is not set up yet. */
export function savedHqConnection(sqlite: Sqlite): HqConnection {
  const conn = getHqConnection(sqlite);
  if (!conn) throw new AppError('not_found', 'hq.errors.notConfigured');
  return conn;
}

/** Connects and reads the sites head office knows: proof the address, account and database are right. */
export async function testHqConnection(conn: HqConnection): Promise<{ sites: number }> {
  return await withHq(conn, async (client) => {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from hq_sites');
    return { sites: rows[0]?.n ?? 0 };
  });
}
