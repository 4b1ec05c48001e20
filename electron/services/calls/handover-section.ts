import { calls } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { openCallback } from './predicates';

const k = tableRef(calls, 'k');
const SUMMARY_ON_SHEET = 60;

const counts = query(
  {
    incoming: int(`coalesce(sum(case when ${k.c.direction} = 'incoming' then 1 else 0 end), 0)`),
    outgoing: int(`coalesce(sum(case when ${k.c.direction} = 'outgoing' then 1 else 0 end), 0)`),
  },
  (list) => `select ${list} from ${k.from} where ${k.c.shiftId} = ? and ${k.c.voidedAt} is null`,
);

const callbacks = query(
  { ...k.pick('serialNo', 'callerName', 'phone', 'startedAt', 'summary'), replyDueAt: k.col('replyDueAt') },
  (list) => `select ${list} from ${k.from} where ${openCallback(k.c)} order by ${k.c.replyDueAt}, ${k.c.id}`,
);

const dueToday = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${k.from}
     where ${openCallback(k.c)} and ${k.c.replyDueAt} >= @from and ${k.c.replyDueAt} < @to`,
);

/** 电话记录: calls in and out in the shift; every promised callback not yet answered is handed over. */
export const callsSection: HandoverSection = {
  key: 'handover.calls.title',
  // Callbacks promised for today and not yet made, late ones of today included.
  closing: {
    key: 'callbacksDueToday',
    count: (ctx, today) => single(dueToday, ctx.sqlite, { from: today.from, to: today.to }).count,
  },
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, shift.id);
    const items: HandoverItem[] = callbacks.all(ctx.sqlite).map((c) => ({
      serial: c.serialNo,
      name: c.callerName,
      phoneMasked: maskPhoneForSheet(c.phone),
      since: c.startedAt,
      due: c.replyDueAt ?? undefined,
      note: c.summary.length > SUMMARY_ON_SHEET ? `${c.summary.slice(0, SUMMARY_ON_SHEET)}…` : c.summary,
      overdue: c.replyDueAt !== null && c.replyDueAt < now,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.calls.incoming', value: shiftCounts.incoming },
        { key: 'handover.calls.outgoing', value: shiftCounts.outgoing },
      ],
      open: [{ key: 'handover.calls.callbacks', items }],
      cash: [],
    };
  },
};
