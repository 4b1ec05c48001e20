import { storageLocations, storagePickups, storageSlips } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { stored } from './predicates';

const s = tableRef(storageSlips, 's');
const l = tableRef(storageLocations, 'l');
const p = tableRef(storagePickups, 'p');

const taken = query(
  { slips: int('count(*)'), fees: int(`coalesce(sum(${s.c.feeFen} - ${s.c.waivedFen}), 0)`) },
  (list) => `select ${list} from ${s.from} where ${s.c.shiftId} = ? and ${s.c.voidedAt} is null`,
);

const pickups = query({ count: int('count(*)') }, (list) => `select ${list} from ${p.from} where ${p.c.shiftId} = ?`);

const held = query(
  {
    ...s.pick('serialNo', 'depositorName', 'phone', 'depositedAt', 'expectedPickupAt', 'description'),
    locationCode: l.col('code'),
    piecesLeft: int(`${s.c.pieces} - ${s.c.piecesOut}`),
  },
  (list) =>
    `select ${list} from ${s.from} join ${l.from} on ${l.c.id} = ${s.c.locationId}
     where ${stored(s.c)} order by ${s.c.expectedPickupAt}, ${s.c.id}`,
);

const dueToday = query(
  { count: int('count(*)') },
  (list) =>
    `select ${list} from ${s.from}
     where ${stored(s.c)} and ${s.c.expectedPickupAt} >= @from and ${s.c.expectedPickupAt} < @to`,
);

/** 物品寄存: slips taken and pickups in the shift, fees taken as cash; every item still stored is handed over. */
export const storageSection: HandoverSection = {
  key: 'handover.storage.title',
  // Goods still held whose expected pickup falls on today (those of earlier days are the overdue badge's).
  closing: {
    key: 'pickupsDueToday',
    count: (ctx, today) => single(dueToday, ctx.sqlite, { from: today.from, to: today.to }).count,
  },
  compile(ctx, shift, now) {
    const shiftTaken = single(taken, ctx.sqlite, shift.id);
    const items: HandoverItem[] = held.all(ctx.sqlite).map((slip) => ({
      serial: slip.serialNo,
      name: slip.depositorName,
      phoneMasked: maskPhoneForSheet(slip.phone),
      since: slip.depositedAt,
      due: slip.expectedPickupAt,
      location: slip.locationCode,
      note: `${slip.description} ×${slip.piecesLeft}`,
      overdue: slip.expectedPickupAt < now,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.storage.stored', value: shiftTaken.slips },
        { key: 'handover.storage.pickedUp', value: single(pickups, ctx.sqlite, shift.id).count },
      ],
      open: [{ key: 'handover.storage.open', items }],
      cash: [{ key: 'handover.storage.fees', fen: shiftTaken.fees }],
    };
  },
};
