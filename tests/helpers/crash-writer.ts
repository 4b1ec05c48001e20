import path from 'node:path';
import { openDatabase } from '../../db/open';
import { seedDemoData } from '../../electron/services/demo-data';
import { addItem } from '../../electron/services/settings';

/**
 * Child process of the crash test: saves shops one by one through the real service (record, audit entry,
 * transaction) and prints each committed id, until it is killed.
 */
async function main(): Promise<void> {
  const file = process.argv[2] as string;
  const opened = await openDatabase(file, { migrationsFolder: path.resolve(__dirname, '../../db/migrations') });
  // Only shops are saved: no module's handover, report or export part is needed.
  const ctx = {
    ...opened,
    clock: { now: () => Date.now() },
    modules: { handover: [], reports: [], exports: [], sync: {} },
  };
  seedDemoData(ctx);
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const shop = addItem(ctx, null, {
      kind: 'shops',
      name: `崩溃测试${process.pid}-${i}`,
      unitNo: '',
      floor: '',
      phone: '',
    });
    process.stdout.write(`saved ${shop.id}\n`);
  }
}

void main();
