import { Alert, Group, Loader, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqReportView } from '../../../../shared/contract/hq';
import type { ModuleName } from '../../../../shared/modules';
import { useApiQuery } from '../../api/hooks';
import { titleKey } from '../../app/labels';
import { translateMessage } from '../../i18n';

const ALL = '*';

/**
 * 总部报表: records per module across sites, read from head office's PostgreSQL, for one site or all, by month.
 * Voided records are left out, as in the desk's own report.
 */
export function HqReportsPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const configured = useApiQuery('hq:configured', {});
  const [month, setMonth] = useState(today.slice(0, 7));
  const [site, setSite] = useState(ALL);
  const enabled = configured.data?.configured === true;
  const report = useApiQuery(
    'hq:report',
    { kind: 'monthly', period: month, site: site === ALL ? null : site },
    // Head office's figures move all day: asked again whenever the month or site changes.
    { enabled, retry: false, staleTime: 0 },
  );
  if (configured.data && !enabled) return <Alert color="gray">{t('hq.reports.notConfigured')}</Alert>;
  const sites = report.data?.sites ?? [];
  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      <Group gap="md" wrap="nowrap" align="flex-end">
        <MonthPickerInput
          w={150}
          size="xs"
          label={t('reports.month')}
          valueFormat="YYYY-MM"
          yearLabelFormat={t('reports.calendarYear')}
          value={`${month}-01`}
          onChange={(v) => v && setMonth(dayjs(v).format('YYYY-MM'))}
        />
        <Select
          w={160}
          size="xs"
          label={t('hq.reports.site')}
          allowDeselect={false}
          value={site}
          onChange={(v) => setSite(v ?? ALL)}
          data={[
            { value: ALL, label: t('hq.reports.allSites') },
            ...sites.map((s) => ({ value: s, label: report.data?.siteNames[s] ?? s })),
          ]}
        />
        <Text size="xs" c="dimmed">
          {t('hq.reports.voidedExcluded')}
        </Text>
      </Group>
      {report.isError && (
        <Alert color="red" role="alert">
          {translateMessage(report.error.data.messageKey)}
        </Alert>
      )}
      {report.isLoading && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('hq.reports.loading')}</Text>
        </Group>
      )}
      {report.data && <HqReportTables report={report.data} />}
    </Stack>
  );
}

function HqReportTables({ report }: { report: HqReportView }) {
  const { t } = useTranslation();
  const moduleName = (m: ModuleName) => t(titleKey(m));
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const header = (first: string) => (
    <thead>
      <tr>
        <th>{first}</th>
        {report.modules.map((m) => (
          <th key={m}>{moduleName(m)}</th>
        ))}
        <th>{t('hq.reports.total')}</th>
      </tr>
    </thead>
  );
  const cells = (counts: number[]) => (
    <>
      {counts.map((n, i) => (
        <td key={report.modules[i]} className="num">
          {n}
        </td>
      ))}
      <td className="num">{sum(counts)}</td>
    </>
  );
  const totalRow = (
    <tr className="report-total">
      <th scope="row">{t('hq.reports.total')}</th>
      {cells(report.totals)}
    </tr>
  );
  return (
    <ScrollArea style={{ flex: 1 }}>
      <Stack gap="xs" pr="sm" className="report-tables">
        <Title order={4}>
          {t('hq.reports.title')} · {report.period} ·{' '}
          {report.site ? (report.siteNames[report.site] ?? report.site) : t('hq.reports.allSites')}
        </Title>
        {report.openAlarms > 0 && <Alert color="red">{t('hq.reports.alarms', { count: report.openAlarms })}</Alert>}
        {report.bySite.length === 0 ? (
          <Text size="sm">{t('hq.reports.empty')}</Text>
        ) : (
          <>
            <h3>{t('hq.reports.bySite')}</h3>
            <table aria-label={t('hq.reports.bySite')}>
              {header(t('hq.reports.site'))}
              <tbody>
                {report.bySite.map((s) => (
                  <tr key={s.site}>
                    <td className="day">{report.siteNames[s.site] ?? s.site}</td>
                    {cells(s.counts)}
                  </tr>
                ))}
                {totalRow}
              </tbody>
            </table>
            <h3>{t('hq.reports.byDay')}</h3>
            <table aria-label={t('hq.reports.byDay')}>
              {header(t('hq.reports.day'))}
              <tbody>
                {report.days.map((d) => (
                  <tr key={d.day}>
                    <td className="day">{d.day}</td>
                    {cells(d.counts)}
                  </tr>
                ))}
                {totalRow}
              </tbody>
            </table>
          </>
        )}
      </Stack>
    </ScrollArea>
  );
}
