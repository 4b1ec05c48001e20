import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceReport } from '../../../../shared/contract/reports';
import { labelKey, titleKey } from '../../app/labels';
import { breakdownLabel, formatFigure } from './figures';
import '@mantine/charts/styles.css';

const MODULE_COLORS = ['blue.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'red.6'];
const SATISFACTION_COLORS = ['green.6', 'lime.5', 'yellow.5', 'orange.6', 'red.7'];

/** Summary cards per module (the first figures of each section) and the charts a supervisor would rather look at. */
export function ReportCharts({ report }: { report: ServiceReport }) {
  const { t } = useTranslation();
  const names = report.modules.map((m) => t(titleKey(m)));
  const perDay = report.days.map((d) => {
    const row: Record<string, string | number> = { day: report.kind === 'daily' ? d.day : d.day.slice(8) };
    d.counts.forEach((n, i) => {
      row[names[i] as string] = n;
    });
    return row;
  });
  const trends = report.sections.flatMap((s) => s.trends ?? []).filter((tr) => tr.points.some((p) => p.count > 0));
  const complaints = report.sections.find((s) => s.module === 'complaints');
  const byType = complaints?.breakdowns.find((b) => b.key === 'reports.complaints.byType');
  const satisfaction = report.satisfaction
    .map((s, i) => ({
      name: t(labelKey('complaints', 'satisfaction', s.key)),
      value: s.count,
      color: SATISFACTION_COLORS[i] as string,
    }))
    .filter((s) => s.value > 0);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={6} spacing="xs">
        {report.sections.map((s, i) => (
          <Paper key={s.module} withBorder p="xs" aria-label={names[i]}>
            <Text size="sm" fw={600}>
              {names[i]}
            </Text>
            {s.figures.slice(0, 3).map((f) => (
              <Text key={f.key} size="xs">
                {t(f.key)}：<b>{formatFigure(t, f)}</b>
              </Text>
            ))}
            {s.overdue.map((o) => (
              <Text key={o.key} size="xs" c={o.value > 0 ? 'red.8' : undefined}>
                {t(o.key)}：<b>{o.value}</b>
              </Text>
            ))}
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="xs" style={{ gridTemplateColumns: '2fr 1fr 1fr' }}>
        <Paper withBorder p="xs">
          <Text size="sm" fw={600}>
            {t('reports.perDayChart')}
          </Text>
          <BarChart
            h={180}
            data={perDay}
            dataKey="day"
            type="stacked"
            maxBarWidth={40}
            withLegend
            legendProps={{ verticalAlign: 'bottom', height: 24 }}
            series={names.map((name, i) => ({ name, color: MODULE_COLORS[i] as string }))}
          />
        </Paper>
        <Paper withBorder p="xs">
          <Text size="sm" fw={600}>
            {t('reports.satisfactionTitle')}
          </Text>
          {satisfaction.length ? (
            <DonutChart h={180} size={130} thickness={22} data={satisfaction} withLabelsLine withLabels />
          ) : (
            <Text size="xs" c="dimmed">
              {t('reports.noData')}
            </Text>
          )}
        </Paper>
        <Paper withBorder p="xs">
          <Text size="sm" fw={600}>
            {t('reports.complaintTypes')}
          </Text>
          {byType?.rows.length ? (
            <BarChart
              h={180}
              data={byType.rows.map((r) => ({ type: breakdownLabel(t, byType, r.key), count: r.count }))}
              dataKey="type"
              series={[{ name: 'count', label: t('reports.count'), color: 'red.6' }]}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t('reports.noData')}
            </Text>
          )}
        </Paper>
      </SimpleGrid>
      {trends.map((trend) => (
        <Paper key={trend.key} withBorder p="xs" aria-label={t(trend.key)}>
          <Text size="sm" fw={600}>
            {t(trend.key)}
          </Text>
          <LineChart
            h={160}
            data={trend.points.map((p) => ({ month: p.month, value: Math.round(p.value * 1000) / 10 }))}
            dataKey="month"
            unit="%"
            yAxisProps={{ domain: [0, 100] }}
            series={[{ name: 'value', label: t(trend.key), color: 'teal.6' }]}
          />
        </Paper>
      ))}
    </Stack>
  );
}
