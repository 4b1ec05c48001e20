import type { HandoverItem } from '../../../../shared/contract/handover';
import { type HandoverSection, maskPhoneForSheet, preparedQuery } from '../section';

interface StoredRow {
  serial_no: string;
  depositor_name: string;
  phone: string;
  deposited_at: number;
  expected_pickup_at: number;
  location_code: string;
  description: string;
  pieces_left: number;
}

/** 物品寄存: slips taken and pickups in the shift, fees taken as cash; every item still stored is handed over. */
export const storageSection: HandoverSection = {
  key: 'handover.storage.title',
  compile(ctx, shift, now) {
    const taken = preparedQuery(
      ctx.sqlite,
      `select count(*) as slips, coalesce(sum(fee_fen - waived_fen), 0) as fees
       from storage_slips where shift_id = ? and voided_at is null`,
    ).get(shift.id) as { slips: number; fees: number };
    const pickups = preparedQuery(ctx.sqlite, 'select count(*) from storage_pickups where shift_id = ?')
      .pluck()
      .get(shift.id) as number;
    const stored = preparedQuery(
      ctx.sqlite,
      `select s.serial_no, s.depositor_name, s.phone, s.deposited_at, s.expected_pickup_at, l.code as location_code,
         s.description, s.pieces - s.pieces_out as pieces_left
       from storage_slips s join storage_locations l on l.id = s.location_id
       where s.status = 'stored' and s.voided_at is null
       order by s.expected_pickup_at, s.id`,
    ).all() as StoredRow[];
    const items: HandoverItem[] = stored.map((s) => ({
      serial: s.serial_no,
      name: s.depositor_name,
      phoneMasked: maskPhoneForSheet(s.phone),
      since: s.deposited_at,
      due: s.expected_pickup_at,
      location: s.location_code,
      note: `${s.description} ×${s.pieces_left}`,
      overdue: s.expected_pickup_at < now,
    }));
    return {
      key: this.key,
      counts: [
        { key: 'handover.storage.stored', value: taken.slips },
        { key: 'handover.storage.pickedUp', value: pickups },
      ],
      open: [{ key: 'handover.storage.open', items }],
      cash: [{ key: 'handover.storage.fees', fen: taken.fees }],
    };
  },
};
