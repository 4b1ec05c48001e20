import type { HandoverItem } from '../../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet, preparedQuery } from '../section';

interface OnSiteRow {
  serial_no: string;
  visitor_name: string;
  phone: string;
  time_in: number;
  badge_no: string;
}

/** 来访登记: visitors registered and signed out in the shift; everyone still on site is handed over. */
export const receptionSection: HandoverSection = {
  key: 'handover.reception.title',
  compile(ctx, shift) {
    const counts = preparedQuery(
      ctx.sqlite,
      `select
         coalesce(sum(case when shift_id = @id then 1 else 0 end), 0) as registered,
         coalesce(sum(case when time_out >= @from and time_out <= @to then 1 else 0 end), 0) as left_site
       from visits where voided_at is null and (shift_id = @id or time_out >= @from)`,
    ).get({ id: shift.id, from: shift.openedAt, to: shift.closedAt }) as { registered: number; left_site: number };
    const onSite = preparedQuery(
      ctx.sqlite,
      `select serial_no, visitor_name, phone, time_in, badge_no from visits
       where time_out is null and voided_at is null and anonymised_at is null
       order by time_in, id`,
    ).all() as OnSiteRow[];
    const items: HandoverItem[] = onSite.map((v) => ({
      serial: v.serial_no,
      name: v.visitor_name,
      phoneMasked: maskPhoneForSheet(v.phone),
      since: v.time_in,
      note: v.badge_no,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.reception.registered', value: counts.registered },
        { key: 'handover.reception.left', value: counts.left_site },
      ],
      open: [{ key: 'handover.reception.onSite', items }],
      cash: [],
    };
  },
};
