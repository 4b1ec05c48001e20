import type { z } from 'zod';
import type { newDeskInput } from '../../../shared/contract/sync';
import { addClerk } from '../clerks';
import type { ServiceContext } from '../context';
import { seedDemoData } from '../demo-data';
import { AppError } from '../errors';
import { addItem, saveSite, writeSetting } from '../settings';

/**
 * The first start of a PC with no data: nobody can log in, so the screen offers three ways on — a demo desk to try
 * the app, joining an existing desk (sync:join), or a new empty desk of its own. Each is allowed only while the PC
 * has no site, no clerk and no enrolment, so none of them can ever overwrite a desk in use.
 */
export function isEmptyDesk(ctx: ServiceContext): boolean {
  const count = (sql: string) => ctx.sqlite.prepare(sql).pluck().get() as number;
  return (
    count('select count(*) from site') === 0 &&
    count('select count(*) from clerks') === 0 &&
    count('select count(*) from sync_settings') === 0
  );
}

function assertEmpty(ctx: ServiceContext): void {
  if (!isEmptyDesk(ctx)) throw new AppError('forbidden', 'sync.errors.notEmpty');
}

/** The demo desk (星河广场, its clerks and lists), as a PC started with FRONT_DESK_DEMO=1 gets it. */
export function startDemoDesk(ctx: ServiceContext): void {
  assertEmpty(ctx);
  seedDemoData(ctx);
}

/** A desk of its own: the site, this counter and its first supervisor, in one write (all or nothing). */
export function startNewDesk(ctx: ServiceContext, input: z.output<typeof newDeskInput>): void {
  assertEmpty(ctx);
  ctx.sqlite.transaction(() => {
    saveSite(ctx, null, { name: input.siteName, code: input.siteCode, timeZone: 'Asia/Shanghai', deskPhone: '' });
    const counter = addItem(ctx, null, { kind: 'counters', name: input.counterName, unitNo: '', floor: '', phone: '' });
    writeSetting(ctx, null, 'thisCounter', counter.id);
    addClerk(ctx, null, {
      name: input.supervisorName,
      employeeNo: input.employeeNo,
      role: 'supervisor',
      pin: input.pin,
    });
  })();
}
