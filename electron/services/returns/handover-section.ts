import { returnRequests } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { formatMoney } from '../../../shared/contract/money';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { awaitingApproval } from './predicates';

const r = tableRef(returnRequests, 'r');

const counts = query(
  {
    returns: int(`coalesce(sum(case when ${r.c.kind} = 'return' then 1 else 0 end), 0)`),
    exchanges: int(`coalesce(sum(case when ${r.c.kind} = 'exchange' then 1 else 0 end), 0)`),
  },
  (list) => `select ${list} from ${r.from} where ${r.c.shiftId} = ? and ${r.c.voidedAt} is null`,
);

const pending = query(
  r.pick('serialNo', 'customerName', 'phone', 'product', 'amountFen', 'createdAt'),
  (list) => `select ${list} from ${r.from} where ${awaitingApproval(r.c)} order by ${r.c.createdAt}, ${r.c.id}`,
);

/**
 * 退换货: returns and exchanges taken in the shift; every one still waiting for a supervisor's decision (待审批) is
 * handed over, whichever shift took it, so that the customer gets an answer.
 */
export const returnsSection: HandoverSection = {
  key: 'handover.returns.title',
  compile(ctx, shift) {
    const shiftCounts = single(counts, ctx.sqlite, shift.id);
    const items: HandoverItem[] = pending.all(ctx.sqlite).map((request) => ({
      serial: request.serialNo,
      name: request.customerName,
      phoneMasked: maskPhoneForSheet(request.phone),
      since: request.createdAt,
      note: `${request.product} ${formatMoney(request.amountFen)}`,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.returns.returns', value: shiftCounts.returns },
        { key: 'handover.returns.exchanges', value: shiftCounts.exchanges },
      ],
      open: [{ key: 'handover.returns.pending', items }],
      cash: [],
    };
  },
};
