import type { HandoverItem } from '../../../../shared/contract/handover';
import { fenToYuanText } from '../../../../shared/contract/money';
import { type HandoverSection, maskPhoneForSheet, preparedQuery } from '../section';

interface OpenRow {
  serial_no: string;
  title: string;
  phone: string;
  created_at: number;
  amount_fen: number;
}

/** 开具发票: requests taken and invoices issued in the shift; every request not yet issued is handed over. */
export const invoicesSection: HandoverSection = {
  key: 'handover.invoices.title',
  compile(ctx, shift) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when shift_id = @id then 1 else 0 end), 0) as received,
         coalesce(sum(case when issued_at >= @from and issued_at <= @to then 1 else 0 end), 0) as issued
       from invoice_requests where voided_at is null and (shift_id = @id or issued_at >= @from)`,
    ).get({ id: shift.id, from: shift.openedAt, to: shift.closedAt }) as { received: number; issued: number };
    const open = preparedQuery(
      ctx.sqlite,
      `select serial_no, title, phone, created_at, amount_fen from invoice_requests
       where status = 'requested' and voided_at is null order by created_at, id`,
    ).all() as OpenRow[];
    const items: HandoverItem[] = open.map((r) => ({
      serial: r.serial_no,
      name: r.title,
      phoneMasked: maskPhoneForSheet(r.phone),
      since: r.created_at,
      note: `¥${fenToYuanText(r.amount_fen)}`,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.invoices.received', value: counts.received },
        { key: 'handover.invoices.issued', value: counts.issued },
      ],
      open: [{ key: 'handover.invoices.open', items }],
      cash: [],
    };
  },
};
