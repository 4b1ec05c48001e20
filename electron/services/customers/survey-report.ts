/** 满意度调查 in the daily and monthly reports: per source, department or team, question, month; the unhappy comments. */
import type { ReportNotes, ReportSectionData, ReportTable, ReportTrend } from '../../../shared/contract/reports';
import type { ServiceContext } from '../context';
import type { ReportPeriod } from '../reports/section';
import { countRows } from '../reports/section';
import { dayjs } from '../time';

/** How many months the trend shows, the report's own included. */
export const TREND_MONTHS = 6;

const GOOD = "('satisfied', 'fairly_satisfied')";
const BAD = "('dissatisfied', 'very_dissatisfied')";
const SCORED = `from survey_answers a join survey_responses r on r.id = a.response_id
  where a.kind = 'satisfaction' and r.created_at >= @from and r.created_at < @to`;
const SCORES = `count(*) answers, coalesce(sum(a.level in ${GOOD}), 0) good, coalesce(sum(a.level in ${BAD}), 0) bad`;

interface ScoreRow {
  key: string;
  label?: string;
  answers: number;
  good: number;
  bad: number;
}

const columns: ReportTable['columns'] = [
  { key: 'reports.customers.surveyAnswers', format: 'count' },
  { key: 'reports.customers.surveyGood', format: 'count' },
  { key: 'reports.customers.surveyBad', format: 'count' },
  { key: 'reports.customers.surveyRate', format: 'rate' },
];

const rate = (good: number, answers: number) => (answers > 0 ? good / answers : 0);

function table(key: string, labelPrefix: string | null, rows: ScoreRow[]): ReportTable {
  return {
    key,
    labelPrefix,
    columns,
    rows: rows.map((r) => ({
      key: r.key,
      ...(r.label === undefined ? {} : { label: r.label }),
      values: [r.answers, r.good, r.bad, rate(r.good, r.answers)],
    })),
  };
}

type Range = { from: number; to: number };

function scores(ctx: ServiceContext, range: Range, group: string, label?: string): ScoreRow[] {
  return ctx.sqlite
    .prepare(
      `select ${group} key${label ? `, ${label} label` : ''}, ${SCORES} ${SCORED}
       group by ${group} having ${group} <> '' order by answers desc, key`,
    )
    .all(range) as ScoreRow[];
}

/** The month of the report and the ones before it, each as [from, to) between site-local midnights. */
function months(period: ReportPeriod): { month: string; from: number; to: number }[] {
  const last = dayjs(period.from).tz(period.timeZone).startOf('month');
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const start = last.subtract(TREND_MONTHS - 1 - i, 'month');
    return { month: start.format('YYYY-MM'), from: start.valueOf(), to: start.add(1, 'month').valueOf() };
  });
}

function trend(ctx: ServiceContext, period: ReportPeriod): ReportTrend {
  const q = ctx.sqlite.prepare(`select ${SCORES} ${SCORED}`);
  return {
    key: 'reports.customers.surveyTrend',
    format: 'rate',
    points: months(period).map(({ month, from, to }) => {
      const row = q.get({ from, to }) as ScoreRow;
      return { month, value: rate(row.good, row.answers), count: row.answers };
    }),
  };
}

/** The free text of every survey in which a question was answered 不满意 or worse, with its worst level. */
function unhappyComments(ctx: ServiceContext, range: Range): ReportNotes {
  const rows = ctx.sqlite
    .prepare(
      `select r.created_at at, r.serial_no || case when r.source_serial <> '' then ' · ' || r.source_serial else '' end ref,
         (select case when sum(b.level = 'very_dissatisfied') > 0 then 'very_dissatisfied' else 'dissatisfied' end
          from survey_answers b where b.response_id = r.id and b.level in ${BAD}) tag,
         a.comment text
       from survey_answers a join survey_responses r on r.id = a.response_id
       where a.kind = 'free_text' and a.comment <> '' and r.created_at >= @from and r.created_at < @to
         and exists (select 1 from survey_answers b where b.response_id = r.id and b.level in ${BAD})
       order by r.created_at, r.id, a.sort_order`,
    )
    .all(range) as ReportNotes['rows'];
  return { key: 'reports.customers.surveyComments', labelPrefix: 'labels.customers.values.satisfaction', rows };
}

export function surveyReport(
  ctx: ServiceContext,
  period: ReportPeriod,
): Pick<ReportSectionData, 'figures' | 'breakdowns' | 'tables' | 'trends' | 'notes'> {
  const range = { from: period.from, to: period.to };
  const surveys = ctx.sqlite
    .prepare('select count(*) from survey_responses where created_at >= @from and created_at < @to')
    .pluck()
    .get(range) as number;
  const all = ctx.sqlite.prepare(`select ${SCORES} ${SCORED}`).get(range) as ScoreRow;
  const levels = ctx.sqlite.prepare(`select a.level key, count(*) count ${SCORED} group by a.level`).all(range) as {
    key: string;
    count: number;
  }[];
  return {
    figures: [
      { key: 'reports.customers.surveys', value: surveys, format: 'count' },
      { key: 'reports.customers.surveyRate', value: rate(all.good, all.answers), format: 'rate' },
    ],
    breakdowns: [
      {
        key: 'reports.customers.surveyLevels',
        labelPrefix: 'labels.customers.values.satisfaction',
        rows: countRows(levels),
      },
    ],
    tables: [
      table(
        'reports.customers.surveyBySource',
        'labels.customers.values.surveySource',
        scores(ctx, range, 'r.source_module'),
      ),
      table('reports.customers.surveyByUnit', null, scores(ctx, range, 'r.unit_name')),
      table('reports.customers.surveyByQuestion', null, scores(ctx, range, 'a.question_id', 'max(a.question_text)')),
    ],
    trends: [trend(ctx, period)],
    notes: [unhappyComments(ctx, range)],
  };
}
