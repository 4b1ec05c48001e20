import { invoiceRequests } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { formatMoney } from '../../../shared/contract/money';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { notIssued } from './predicates';

const r = tableRef(invoiceRequests, 'r');

const counts = query(
  {
    received: int(`coalesce(sum(case when ${r.c.shiftId} = @id then 1 else 0 end), 0)`),
    issued: int(`coalesce(sum(case when ${r.c.issuedAt} >= @from and ${r.c.issuedAt} <= @to then 1 else 0 end), 0)`),
  },
  (list) =>
    `select ${list} from ${r.from}
     where ${r.c.voidedAt} is null and (${r.c.shiftId} = @id or ${r.c.issuedAt} >= @from)`,
);

const open = query(
  r.pick('serialNo', 'title', 'phone', 'createdAt', 'amountFen'),
  (list) => `select ${list} from ${r.from} where ${notIssued(r.c)} order by ${r.c.createdAt}, ${r.c.id}`,
);

/** 开具发票: requests taken and invoices issued in the shift; every request not yet issued is handed over. */
export const invoicesSection: HandoverSection = {
  key: 'handover.invoices.title',
  compile(ctx, shift) {
    const shiftCounts = single(counts, ctx.sqlite, { id: shift.id, from: shift.openedAt, to: shift.closedAt });
    const items: HandoverItem[] = open.all(ctx.sqlite).map((request) => ({
      serial: request.serialNo,
      name: request.title,
      phoneMasked: maskPhoneForSheet(request.phone),
      since: request.createdAt,
      note: formatMoney(request.amountFen),
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.invoices.received', value: shiftCounts.received },
        { key: 'handover.invoices.issued', value: shiftCounts.issued },
      ],
      open: [{ key: 'handover.invoices.open', items }],
      cash: [],
    };
  },
};
