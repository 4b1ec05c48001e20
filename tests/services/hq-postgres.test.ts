import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server';

describe('PostgreSQL test server', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('answers on loopback, makes databases, and is gone after stop', async () => {
    expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const url = await server.createDatabase('hq_probe');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ v: string; listen: string }>(
      `select current_setting('server_version_num') as v, current_setting('listen_addresses') as listen`,
    );
    await client.end();
    expect(Number(rows[0]?.v)).toBeGreaterThanOrEqual(150000);
    expect(rows[0]?.listen).toBe('127.0.0.1');

    await server.stop();
    expect(fs.existsSync(server.dir)).toBe(false);
    const after = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
    await expect(after.connect()).rejects.toThrow();
    await after.end().catch(() => {});
  }, 60_000);
});
