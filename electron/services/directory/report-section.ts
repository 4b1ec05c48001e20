import { directoryAnswers, shops } from '../../../db/schema';
import { int, query, single, tableRef, text } from '../../../db/sql';
import type { ReportSection } from '../reports/section';
import { answerListed, shopListed, shopListedAt } from './predicates';

const s = tableRef(shops);
const a = tableRef(directoryAnswers);

const totals = query(
  {
    shopsAdded: int(
      `(select count(*) from ${s.from} where ${s.c.createdAt} >= @from and ${s.c.createdAt} < @to and ${shopListed(s.c)})`,
    ),
    answersAdded: int(
      `(select count(*) from ${a.from} where ${a.c.createdAt} >= @from and ${a.c.createdAt} < @to and ${answerListed(a.c)})`,
    ),
    voided: int(
      `(select count(*) from ${s.from} where ${s.c.voidedAt} >= @from and ${s.c.voidedAt} < @to)
       + (select count(*) from ${a.from} where ${a.c.voidedAt} >= @from and ${a.c.voidedAt} < @to)`,
    ),
    shopsListed: int(
      `(select count(*) from ${s.from} where ${s.c.createdAt} < @asOf and ${shopListedAt(s.c, '@asOf')})`,
    ),
    answersListed: int(
      `(select count(*) from ${a.from} where ${a.c.createdAt} < @asOf and (${a.c.voidedAt} is null or ${a.c.voidedAt} >= @asOf))`,
    ),
  },
  (list) => `select ${list}`,
);

const byCategory = query(
  { key: text(s.c.category), count: int('count(*)') },
  (list) =>
    `select ${list} from ${s.from} where ${s.c.createdAt} < @asOf and ${shopListedAt(s.c, '@asOf')}
     group by ${s.c.category}`,
);

/** 商户与问答: entries added and voided in the period, and the directory as it stood at the period's end. */
export const directoryReport: ReportSection = {
  module: 'directory',
  // Keeping the directory is no service to a customer: it adds nothing to the records per day.
  dailyCountSql: () => '0',
  compile(ctx, period) {
    const t = single(totals, ctx.sqlite, { from: period.from, to: period.to, asOf: period.asOf });
    return {
      module: 'directory',
      figures: [
        { key: 'reports.directory.shopsAdded', value: t.shopsAdded, format: 'count' },
        { key: 'reports.directory.answersAdded', value: t.answersAdded, format: 'count' },
        { key: 'reports.directory.voided', value: t.voided, format: 'count' },
        { key: 'reports.directory.shopsListed', value: t.shopsListed, format: 'count' },
        { key: 'reports.directory.answersListed', value: t.answersListed, format: 'count' },
      ],
      handling: [],
      overdue: [],
      breakdowns: [
        {
          key: 'reports.directory.byCategory',
          labelPrefix: 'labels.directory.values.category',
          rows: byCategory.all(ctx.sqlite, { asOf: period.asOf }),
        },
      ],
    };
  },
};
