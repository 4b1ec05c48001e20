import { passes } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { passOut } from './predicates';

const p = tableRef(passes, 'p');

const counts = query(
  {
    issued: int(`coalesce(sum(${p.c.shiftId} = @shift), 0)`),
    returned: int(`coalesce(sum(${p.c.returnedAt} >= @from and ${p.c.returnedAt} < @to), 0)`),
    // Fees of the shift's passes and deposit kept on the shift's returns: the shift's takings.
    takenFen: int(
      `coalesce(sum(case when ${p.c.shiftId} = @shift then ${p.c.feeFen} else 0 end
        + case when ${p.c.returnedAt} >= @from and ${p.c.returnedAt} < @to then ${p.c.depositFen} - ${p.c.refundFen} else 0 end), 0)`,
    ),
  },
  (list) =>
    `select ${list} from ${p.from} where ${p.c.voidedAt} is null
     and (${p.c.shiftId} = @shift or (${p.c.returnedAt} >= @from and ${p.c.returnedAt} < @to))`,
);
// Deposits of passes still out stay in the till from shift to shift, as loan deposits do.
const held = query(
  { fen: int(`coalesce(sum(${p.c.depositFen}), 0)`) },
  (list) => `select ${list} from ${p.from} where ${passOut(p.c)}`,
);
const out = query(
  p.pick('serialNo', 'kind', 'holderName', 'phone', 'issuedAt', 'company', 'unit', 'vehiclePlate', 'validTo'),
  (list) => `select ${list} from ${p.from} where ${passOut(p.c)} and ${p.c.validTo} < @soon order by ${p.c.validTo}`,
);

/**
 * 出入证: passes issued and returned in the shift; passes past their period or ending today are handed over; the
 * deposits of passes out are cash in the till, the shift's fees and kept deposits its takings.
 */
export const passesSection: HandoverSection = {
  key: 'handover.passes.title',
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const today = siteDate(now, getSite(ctx).timeZone);
    // Ending today or already past: the holder should bring the pass back (and take the deposit).
    const soon = siteDate(now + 24 * 60 * 60 * 1000, getSite(ctx).timeZone);
    const items: HandoverItem[] = out.all(ctx.sqlite, { soon }).map((r) => ({
      serial: r.serialNo,
      name: r.holderName,
      phoneMasked: maskPhoneForSheet(r.phone),
      since: r.issuedAt,
      location: r.unit,
      note: [valueLabel('zh-CN', 'passes', 'kind', r.kind), r.company, r.vehiclePlate, `至 ${r.validTo}`]
        .filter(Boolean)
        .join(' · '),
      overdue: r.validTo < today,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.passes.issued', value: shiftCounts.issued },
        { key: 'handover.passes.returned', value: shiftCounts.returned },
      ],
      open: [{ key: 'handover.passes.due', items }],
      cash: [
        { key: 'handover.passes.depositsHeld', fen: single(held, ctx.sqlite).fen },
        { key: 'handover.passes.taken', fen: shiftCounts.takenFen },
      ],
    };
  },
};
