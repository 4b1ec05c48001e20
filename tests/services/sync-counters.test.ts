import { afterAll, describe, expect, it } from 'vitest';
import { getSlip, pickUpGoods } from '../../electron/services/storage';
import type { SyncEngine } from '../../electron/services/sync/engine';
import { pickupInput } from '../../shared/contract/storage';
import { freshDesk } from '../helpers/db';
import { counterUser, startSiteServer, stopAllNatsServers } from '../helpers/nats-servers';
import { addLocation, bags, deposit } from '../helpers/storage';
import { startCounterSync, until } from '../helpers/sync-counters';

const engines: SyncEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllNatsServers();
});

const slipStatus = (desk: Awaited<ReturnType<typeof freshDesk>>, id: string): string | undefined =>
  desk.ctx.sqlite.prepare('select status from storage_slips where id = ?').pluck().get(id) as string | undefined;

describe('two counters of one site', () => {
  it('a slip deposited at counter 1 is picked up at counter 2, and both see it closed', async () => {
    const server = await startSiteServer('XH', { users: [counterUser('XH', 1), counterUser('XH', 2)] });
    const one = await freshDesk();
    const two = await freshDesk({ demo: false });
    engines.push(startCounterSync(one, server, 'XH', 1), startCounterSync(two, server, 'XH', 2));

    const { slip, claimCode } = deposit(one, bags(addLocation(one, 'L-01').id));
    expect(slip.serialNo).toMatch(/-1001$/);
    await until('the slip at counter 2', () => slipStatus(two, slip.id) === 'stored', 3000);

    const clerk = one.clerkByRole('clerk');
    pickUpGoods(
      two.ctx,
      clerk,
      pickupInput.parse({ id: slip.id, pieces: 2, collectorName: '赵敏', proof: 'claim_code', claimCode }),
    );
    await until('the pickup at counter 1', () => slipStatus(one, slip.id) === 'collected', 3000);
    expect(getSlip(one.ctx, slip.id)).toMatchObject({ status: 'collected', piecesOut: 2 });
    expect(one.ctx.sqlite.prepare('select count(*) from sync_conflicts').pluck().get()).toBe(0);
  });
});
