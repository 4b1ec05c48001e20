import { directoryAnswers, shops } from '../../../db/schema';
import { int, query, single, tableRef } from '../../../db/sql';
import { hoursLine } from '../../../shared/contract/directory-fields';
import type { HandoverSection } from '../handover/section';

const s = tableRef(shops, 's');
const a = tableRef(directoryAnswers, 'a');

const inWindow = (column: string) => `${column} >= @from and ${column} < @to`;

const counts = query(
  {
    shopsAdded: int(`(select count(*) from ${s.from} where ${inWindow(s.c.createdAt)})`),
    shopsChanged: int(
      `(select count(*) from ${s.from} where ${inWindow(s.c.updatedAt)} and ${s.c.updatedAt} <> ${s.c.createdAt})`,
    ),
    answersChanged: int(`(select count(*) from ${a.from} where ${inWindow(a.c.updatedAt)})`),
  },
  (list) => `select ${list}`,
);

/** What changed in the directory during the shift: the next clerk tells customers the new hours or place. */
const changedShops = query(
  s.pick('name', 'floor', 'unitNo', 'opensAt', 'closesAt'),
  (list) => `select ${list} from ${s.from} where ${inWindow(s.c.updatedAt)} order by ${s.c.updatedAt}`,
);
const changedAnswers = query(
  a.pick('title'),
  (list) => `select ${list} from ${a.from} where ${inWindow(a.c.updatedAt)} order by ${a.c.updatedAt}`,
);

/** 商户与问答: shops added or changed and answers changed in the shift, listed so the next clerk knows. */
export const directorySection: HandoverSection = {
  key: 'handover.directory.title',
  compile(ctx, shift) {
    const window = { from: shift.openedAt, to: shift.closedAt };
    const c = single(counts, ctx.sqlite, window);
    return {
      key: this.key,
      counts: [
        { key: 'handover.directory.shopsAdded', value: c.shopsAdded },
        { key: 'handover.directory.shopsChanged', value: c.shopsChanged },
        { key: 'handover.directory.answersChanged', value: c.answersChanged },
      ],
      open: [
        {
          key: 'handover.directory.changed',
          items: [
            ...changedShops.all(ctx.sqlite, window).map((row) => ({
              name: row.name,
              location: `${row.floor} ${row.unitNo}`,
              note: row.opensAt ? hoursLine(row.opensAt, row.closesAt) : '',
            })),
            ...changedAnswers.all(ctx.sqlite, window).map((row) => ({ name: row.title })),
          ],
        },
      ],
      cash: [],
    };
  },
};
