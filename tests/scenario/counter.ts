/**
 * One counter PC as its own Node process, for the multi-process sync scenario (sync-scenario.ts): its SQLite file,
 * its sync engine, and the clerk's actions the scenario asks for over the IPC channel. Killed with kill -9 and
 * started again on the same file, as a counter whose power went.
 *
 *   node --import tsx tests/scenario/counter.ts <dbFile> <site> <counter> <serverUrl> <user> <password> [seed]
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getTableName } from 'drizzle-orm';
import { openDatabase } from '../../db/open';
import { serviceContext } from '../../electron/app/modules';
import { verifyAuditChain } from '../../electron/services/audit/verify';
import { type Actor, systemClock } from '../../electron/services/context';
import { seedDemoData } from '../../electron/services/demo-data';
import { saveSite } from '../../electron/services/settings';
import { depositGoods, pickUpGoods } from '../../electron/services/storage';
import { chainStates } from '../../electron/services/sync/chains';
import { SyncEngine } from '../../electron/services/sync/engine';
import { PC_SETTINGS } from '../../electron/services/sync/fold';
import { getSyncSettings, saveSyncSettings } from '../../electron/services/sync/settings';
import { depositInput, pickupInput } from '../../shared/contract/storage';

const [dbFile, site, counterArg, serverUrl, user, password, seed] = process.argv.slice(2);
if (!dbFile || !site || !counterArg || !serverUrl || !user || !password) throw new Error('usage: see the file head');
const counter = Number(counterArg);

async function main(file: string, site: string, serverUrl: string, user: string, password: string): Promise<void> {
  const opened = await openDatabase(file, { migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  const ctx = serviceContext(opened, systemClock);
  const { sqlite } = ctx;

  if (!getSyncSettings(sqlite)) {
    // A first start: the site's first counter was a single-PC desk with data (published as its history at enrolment).
    if (seed === 'seed') {
      seedDemoData(ctx);
      if (site !== 'XH')
        saveSite(ctx, null, { name: `${site} 广场`, code: site, timeZone: 'Asia/Shanghai', deskPhone: '' });
    }
    saveSyncSettings(sqlite, { enabled: true, serverUrl, user, password, site, counterIndex: counter, enrolledAt: 0 });
  }
  const settings = getSyncSettings(sqlite);
  if (!settings) throw new Error('not enrolled');
  const engine = new SyncEngine({ ctx, settings, entities: ctx.modules.sync, appVersion: '0.1.0' }).start();

  function actor(role: Actor['role']): Actor {
    const row = sqlite.prepare('select id, name, role from clerks where role = ? order by id limit 1').get(role) as
      | { id: string; name: string; role: Actor['role'] }
      | undefined;
    if (!row) throw new Error(`no ${role} here yet`);
    return { clerkId: row.id, name: row.name, role: row.role, shiftId: null, counterId: null };
  }

  const sharedShelf = (): string =>
    sqlite.prepare("select id from storage_locations where code = 'D-01'").pluck().get() as string;

  /** A digest of every synced table, row by row in key order: equal digests mean equal state. */
  function tablesHash(): { all: string; tables: Record<string, string> } {
    const tables: Record<string, string> = {};
    for (const entity of Object.values(ctx.modules.sync)) {
      const name = getTableName(entity.spec.table);
      // A PC's own settings (which counter it is) differ between counters by design: not part of the shared state.
      const own = name === 'settings' ? `where key not in (${[...PC_SETTINGS].map((k) => `'${k}'`).join(', ')})` : '';
      const rows = sqlite.prepare(`select * from "${name}" ${own} order by "${entity.spec.key.name}"`).all();
      tables[name] = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    }
    const conflicts = sqlite
      .prepare('select event_id, entity, entity_id, kept_event_id, resolution from sync_conflicts order by event_id')
      .all();
    tables.sync_conflicts = createHash('sha256').update(JSON.stringify(conflicts)).digest('hex');
    const all = createHash('sha256').update(JSON.stringify(tables)).digest('hex');
    return { all, tables };
  }

  const commands = {
    deposit() {
      const input = depositInput.parse({
        depositorName: '赵敏',
        phone: '13912345678',
        description: '购物袋两个（服装）',
        pieces: 2,
        size: 'small',
        locationId: sharedShelf(),
      });
      const { slip, claimCode } = depositGoods(ctx, actor('clerk'), input);
      engine.kick();
      return { slipId: slip.id, serialNo: slip.serialNo, claimCode };
    },
    burst(args: { count: number }) {
      const made = [];
      for (let i = 0; i < args.count; i++) made.push(commands.deposit());
      return made;
    },
    pickup(args: { slipId: string; claimCode: string }) {
      const input = pickupInput.parse({
        id: args.slipId,
        pieces: 2,
        collectorName: '赵敏',
        proof: 'claim_code',
        claimCode: args.claimCode,
      });
      const slip = pickUpGoods(ctx, actor('clerk'), input);
      engine.kick();
      return { status: slip.status };
    },
    slipStatus(args: { slipId: string }) {
      return sqlite.prepare('select status from storage_slips where id = ?').pluck().get(args.slipId) ?? null;
    },
    state() {
      const status = engine.status();
      return {
        ...status,
        appliedSeq: sqlite.prepare('select coalesce(max(stream_seq), 0) from sync_inbox').pluck().get() as number,
        auditSeq: sqlite.prepare('select coalesce(max(seq), 0) from audit_log').pluck().get() as number,
        hash: tablesHash(),
        conflicts: sqlite
          .prepare(
            'select event_id as eventId, entity, entity_id as entityId, kept_event_id as keptEventId from sync_conflicts',
          )
          .all(),
        chain: verifyAuditChain(sqlite),
        chainAlarms: chainStates(sqlite).filter((c) => c.alarm !== null),
        serials: sqlite.prepare('select serial_no from storage_slips').pluck().all() as string[],
        pickups: sqlite.prepare('select slip_id as slipId, count(*) as n from storage_pickups group by slip_id').all(),
      };
    },
    inbox(args: { eventIds: string[] }) {
      return args.eventIds.map((id) =>
        sqlite.prepare('select outcome from sync_inbox where event_id = ?').pluck().get(id),
      );
    },
  } as const;

  type Request = { id: number; cmd: keyof typeof commands; args?: unknown };

  process.on('message', (raw) => {
    const request = raw as Request;
    try {
      const run = commands[request.cmd] as (args: unknown) => unknown;
      const result = run(request.args);
      process.send?.({ id: request.id, ok: true, result: JSON.parse(JSON.stringify(result ?? null)) });
    } catch (error) {
      process.send?.({ id: request.id, ok: false, error: String(error) });
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ id: 0, ok: true, result: 'ready' });
}

main(dbFile, site, serverUrl, user, password).catch((error) => {
  console.error(error);
  process.exit(1);
});
