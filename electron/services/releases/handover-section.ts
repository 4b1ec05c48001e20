import { releasePasses } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import type { HandoverItem } from '../../../shared/contract/handover';
import { valueLabel } from '../../../shared/contract/label-text';
import { type HandoverSection, maskPhoneForSheet } from '../handover/section';
import { getSite } from '../settings';
import { siteDate } from '../time';
import { waitingPass } from './predicates';

const p = tableRef(releasePasses, 'p');
const ITEMS_ON_SHEET = 40;

const counts = query(
  {
    issued: int(`coalesce(sum(${p.c.shiftId} = @shift), 0)`),
    checked: int(`coalesce(sum(${p.c.exitCheckedAt} >= @from and ${p.c.exitCheckedAt} < @to), 0)`),
  },
  (list) =>
    `select ${list} from ${p.from} where ${p.c.voidedAt} is null
     and (${p.c.shiftId} = @shift or (${p.c.exitCheckedAt} >= @from and ${p.c.exitCheckedAt} < @to))`,
);

const waiting = query(
  {
    ...p.pick('serialNo', 'holderName', 'phone', 'issuedAt', 'unit', 'vehiclePlate', 'validDay', 'unitFlag'),
    itemsText: text(
      `coalesce((select group_concat(name || ' ×' || quantity, '、') from release_items where pass_id = ${p.c.id}), '')`,
    ),
  },
  (list) => `select ${list} from ${p.from} where ${waitingPass(p.c)} order by ${p.c.validDay}, ${p.c.issuedAt}`,
);

/** 物品放行: passes issued and checked at the gate in the shift; every pass still waiting is handed over. */
export const releasesSection: HandoverSection = {
  key: 'handover.releases.title',
  compile(ctx, shift, now) {
    const shiftCounts = single(counts, ctx.sqlite, { shift: shift.id, from: shift.openedAt, to: shift.closedAt });
    const today = siteDate(now, getSite(ctx).timeZone);
    const items: HandoverItem[] = waiting.all(ctx.sqlite).map((r) => {
      const goods = r.itemsText.length > ITEMS_ON_SHEET ? `${r.itemsText.slice(0, ITEMS_ON_SHEET)}…` : r.itemsText;
      const expired = r.validDay < today;
      return {
        serial: r.serialNo,
        name: r.holderName,
        phoneMasked: maskPhoneForSheet(r.phone),
        since: r.issuedAt,
        location: r.unit,
        note: [
          `${valueLabel('zh-CN', 'releases', 'status', 'issued')} ${r.validDay}`,
          r.vehiclePlate,
          goods,
          r.unitFlag ? `⚑ ${r.unitFlag}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
        overdue: expired,
      };
    });
    return {
      key: this.key,
      counts: [
        { key: 'handover.releases.issued', value: shiftCounts.issued },
        { key: 'handover.releases.checked', value: shiftCounts.checked },
      ],
      open: [{ key: 'handover.releases.waiting', items }],
      cash: [],
    };
  },
};
