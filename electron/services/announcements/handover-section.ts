import { announcements } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { lostChildOpen } from './predicates';

const a = tableRef(announcements, 'a');

const ofShift = query(
  {
    logged: int(`(select count(*) from ${a.from} where ${a.c.shiftId} = @shift and ${a.c.voidedAt} is null)`),
    lostChildren: int(
      `(select count(*) from ${a.from} where ${a.c.shiftId} = @shift and ${a.c.kind} = 'lost_child' and ${a.c.voidedAt} is null)`,
    ),
  },
  (list) => `select ${list}`,
);

const openCases = query(
  a.pick('serialNo', 'childName', 'requesterName', 'requesterPhone', 'createdAt', 'lastSeenPlace', 'childDescription'),
  (list) => `select ${list} from ${a.from} where ${lostChildOpen(a.c)} order by ${a.c.createdAt}, ${a.c.id}`,
);

/** 广播: announcements of the shift; every lost-child case still open, marked urgent, until it is closed. */
export const announcementsSection: HandoverSection = {
  key: 'handover.announcements.title',
  compile(ctx, shift) {
    const counts = single(ofShift, ctx.sqlite, { shift: shift.id });
    return {
      key: this.key,
      counts: [
        { key: 'handover.announcements.logged', value: counts.logged },
        { key: 'handover.announcements.lostChildren', value: counts.lostChildren },
      ],
      open: [
        {
          key: 'handover.announcements.open',
          items: openCases.all(ctx.sqlite).map((row) => ({
            serial: row.serialNo,
            name: row.childName ? `${row.childName}（${row.requesterName}）` : row.requesterName,
            phoneMasked: maskPhoneForSheet(row.requesterPhone),
            since: row.createdAt,
            location: row.lastSeenPlace,
            note: row.childDescription,
          })),
        },
      ],
      cash: [],
    };
  },
};
