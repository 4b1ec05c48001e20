import type { HandoverItem } from '../../../../shared/contract/handover';
import { fenToYuanText } from '../../../../shared/contract/money';
import { type HandoverSection, maskPhoneForSheet, preparedQuery } from '../section';

interface PendingRow {
  serial_no: string;
  customer_name: string;
  phone: string;
  product: string;
  amount_fen: number;
  created_at: number;
}

/**
 * 退换货: returns and exchanges taken in the shift; every one still waiting for a supervisor's decision (待审批) is
 * handed over, whichever shift took it, so that the customer gets an answer.
 */
export const returnsSection: HandoverSection = {
  key: 'handover.returns.title',
  compile(ctx, shift) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when kind = 'return' then 1 else 0 end), 0) as returns,
         coalesce(sum(case when kind = 'exchange' then 1 else 0 end), 0) as exchanges
       from return_requests where shift_id = ? and voided_at is null`,
    ).get(shift.id) as { returns: number; exchanges: number };
    const pending = preparedQuery(
      ctx.sqlite,
      `select serial_no, customer_name, phone, product, amount_fen, created_at from return_requests
       where approval_status = 'pending' and voided_at is null order by created_at, id`,
    ).all() as PendingRow[];
    const items: HandoverItem[] = pending.map((r) => ({
      serial: r.serial_no,
      name: r.customer_name,
      phoneMasked: maskPhoneForSheet(r.phone),
      since: r.created_at,
      note: `${r.product} ¥${fenToYuanText(r.amount_fen)}`,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.returns.returns', value: counts.returns },
        { key: 'handover.returns.exchanges', value: counts.exchanges },
      ],
      open: [{ key: 'handover.returns.pending', items }],
      cash: [],
    };
  },
};
