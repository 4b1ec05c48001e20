import type { HandoverItem } from '../../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet, preparedQuery } from '../section';

interface CallbackRow {
  serial_no: string;
  caller_name: string;
  phone: string;
  started_at: number;
  reply_due_at: number;
  summary: string;
}

const SUMMARY_ON_SHEET = 60;

/** 电话记录: calls in and out in the shift; every promised callback not yet answered is handed over. */
export const callsSection: HandoverSection = {
  key: 'handover.calls.title',
  compile(ctx, shift, now) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when direction = 'incoming' then 1 else 0 end), 0) as incoming,
         coalesce(sum(case when direction = 'outgoing' then 1 else 0 end), 0) as outgoing
       from calls where shift_id = ? and voided_at is null`,
    ).get(shift.id) as { incoming: number; outgoing: number };
    const callbacks = preparedQuery(
      ctx.sqlite,
      `select serial_no, caller_name, phone, started_at, reply_due_at, summary from calls
       where reply_needed = 1 and reply_closed_at is null and voided_at is null
       order by reply_due_at, id`,
    ).all() as CallbackRow[];
    const items: HandoverItem[] = callbacks.map((c) => ({
      serial: c.serial_no,
      name: c.caller_name,
      phoneMasked: maskPhoneForSheet(c.phone),
      since: c.started_at,
      due: c.reply_due_at,
      note: c.summary.length > SUMMARY_ON_SHEET ? `${c.summary.slice(0, SUMMARY_ON_SHEET)}…` : c.summary,
      overdue: c.reply_due_at < now,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.calls.incoming', value: counts.incoming },
        { key: 'handover.calls.outgoing', value: counts.outgoing },
      ],
      open: [{ key: 'handover.calls.callbacks', items }],
      cash: [],
    };
  },
};
