import { loanItems, loanKinds, loans } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import { formatMoney } from '../../../shared/contract/money';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { out } from './predicates';

const l = tableRef(loans, 'l');
const i = tableRef(loanItems, 'i');
const k = tableRef(loanKinds, 'k');

const ofShift = query(
  {
    lent: int(`(select count(*) from ${l.from} where ${l.c.shiftId} = @shift and ${l.c.voidedAt} is null)`),
    returned: int(`(select count(*) from ${l.from} where ${l.c.returnShiftId} = @shift and ${l.c.voidedAt} is null)`),
    // Fees kept on return and deposits kept for lost or damaged items: the shift's takings.
    takenFen: int(
      `(select coalesce(sum(${l.c.depositFen} - ${l.c.refundFen} + case when ${l.c.depositFen} = 0 then ${l.c.feeFen} else 0 end), 0)
        from ${l.from} where ${l.c.returnShiftId} = @shift and ${l.c.voidedAt} is null)`,
    ),
    heldFen: int(`(select coalesce(sum(${l.c.depositFen}), 0) from ${l.from} where ${out(l.c)})`),
  },
  (list) => `select ${list}`,
);

const itemsOut = query(
  {
    ...l.pick('serialNo', 'borrowerName', 'phone', 'lentAt', 'dueAt', 'depositFen', 'idMasked'),
    code: i.col('code'),
    kind: k.col('name'),
  },
  (list) =>
    `select ${list} from ${l.from} join ${i.from} on ${i.c.id} = ${l.c.itemId} join ${k.from} on ${k.c.id} = ${i.c.kindId}
     where ${out(l.c)} order by ${l.c.dueAt}, ${l.c.id}`,
);

/**
 * 便民借用: loans and returns of the shift; every item still out, overdue ones marked; the deposits held are cash in
 * the till, and the fees and kept deposits of the shift are its takings.
 */
export const loansSection: HandoverSection = {
  key: 'handover.loans.title',
  compile(ctx, shift, now) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id });
    return {
      key: this.key,
      counts: [
        { key: 'handover.loans.lent', value: counts.lent },
        { key: 'handover.loans.returned', value: counts.returned },
      ],
      open: [
        {
          key: 'handover.loans.out',
          items: itemsOut.all(ctx.sqlite).map((row) => ({
            serial: row.serialNo,
            name: row.borrowerName,
            phoneMasked: maskPhoneForSheet(row.phone),
            since: row.lentAt,
            due: row.dueAt,
            location: `${row.kind} ${row.code}`,
            note: row.depositFen > 0 ? formatMoney(row.depositFen) : row.idMasked,
            overdue: row.dueAt < now,
          })),
        },
      ],
      cash: [
        { key: 'handover.loans.depositsHeld', fen: counts.heldFen },
        { key: 'handover.loans.taken', fen: counts.takenFen },
      ],
    };
  },
};
