import { Alert, Button, Group, Loader, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import { DateInput, DatesProvider, MonthPickerInput } from '@mantine/dates';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ServiceReport } from '../../../../shared/contract/reports';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { printDocument } from '../../lib/print';
import { formatDateTime } from '../../lib/time';
import { HqReportsPanel } from '../hq/HqReportsPanel';
import { reportTitle } from './figures';
import { ReportCharts } from './ReportCharts';
import { ReportPrint } from './ReportPrint';
import { ReportTables } from './ReportTables';
import './reports.css';

function useReport(kind: ReportKind, day: string, month: string) {
  const daily = useApiQuery('reports:daily', { day }, { enabled: kind === 'daily' && day.length === 10 });
  const monthly = useApiQuery('reports:monthly', { month }, { enabled: kind === 'monthly' && month.length === 7 });
  return kind === 'daily' ? daily : monthly;
}

/**
 * 报表: the daily report (日报) and the monthly service report (月报), compiled from the database on request;
 * cards and charts on screen, tables on paper (A4), and the same figures in an Excel workbook.
 */
export function ReportsScreen({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const today = dayjs().tz(session.site.timeZone).format('YYYY-MM-DD');
  const [kind, setKind] = useState<ReportKind>('monthly');
  // 总部报表 (head office, across sites): for a shift lead and up, in place of the desk's own report.
  const [hq, setHq] = useState(false);
  const canHq = hasRole(session.clerk.role, 'lead');
  const [day, setDay] = useState(today);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [exporting, setExporting] = useState(false);
  const query = useReport(kind, day, month);
  const report: ServiceReport | undefined = query.data;
  const period = kind === 'daily' ? day : month;

  const print = () => {
    if (!report) return;
    void printDocument();
    invoke('reports:printed', { kind, period }).catch((e) => showApiError(e));
  };
  const exportXlsx = () => {
    setExporting(true);
    invoke('reports:exportXlsx', { kind, period })
      .then((file) => {
        downloadBase64(file.fileName, file.base64, XLSX_MIME);
        notifications.show({ color: 'green', message: t('reports.exported', { file: file.fileName }) });
      })
      .catch((e) => showApiError(e))
      .finally(() => setExporting(false));
  };

  const exportPdf = () => {
    if (!report) return;
    setExporting(true);
    invoke('reports:exportPdf', { kind, period })
      .then((file) => {
        if (!file.handled) {
          notifications.show({ message: t('reports.pdfHint') });
          print();
          return;
        }
        downloadBase64(file.fileName, file.base64, 'application/pdf');
        notifications.show({ color: 'green', message: t('reports.exported', { file: file.fileName }) });
      })
      .catch((e) => showApiError(e))
      .finally(() => setExporting(false));
  };

  // Ctrl+P prints here as in the other modules (the browser's own print would print the screen, not the report).
  useHotkeys(
    [
      [
        'mod+P',
        () => {
          if (!hq) print();
        },
      ],
    ],
    [],
  );

  return (
    <DatesProvider settings={{ locale: i18n.language.startsWith('zh') ? 'zh-cn' : 'en' }}>
      <Stack gap="xs" h="calc(100vh - 72px)">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Title order={3}>{t('reports.title')}</Title>
            <Tabs
              value={hq ? 'hq' : kind}
              onChange={(v) => {
                setHq(v === 'hq');
                if (v === 'daily' || v === 'monthly') setKind(v);
              }}
            >
              <Tabs.List>
                <Tabs.Tab value="daily">{t('reports.tabs.daily')}</Tabs.Tab>
                <Tabs.Tab value="monthly">{t('reports.tabs.monthly')}</Tabs.Tab>
                {canHq && <Tabs.Tab value="hq">{t('hq.reports.tab')}</Tabs.Tab>}
              </Tabs.List>
            </Tabs>
            {hq ? null : kind === 'daily' ? (
              <DateInput
                key="day"
                autoFocus
                w={150}
                size="xs"
                label={t('reports.day')}
                valueFormat="YYYY-MM-DD"
                monthLabelFormat={t('reports.calendarMonth')}
                yearLabelFormat={t('reports.calendarYear')}
                value={day}
                onChange={(v) => v && setDay(dayjs(v).format('YYYY-MM-DD'))}
              />
            ) : (
              <MonthPickerInput
                key="month"
                autoFocus
                w={150}
                size="xs"
                label={t('reports.month')}
                valueFormat="YYYY-MM"
                yearLabelFormat={t('reports.calendarYear')}
                value={`${month}-01`}
                onChange={(v) => v && setMonth(dayjs(v).format('YYYY-MM'))}
              />
            )}
          </Group>
          <Group gap="xs" wrap="nowrap" display={hq ? 'none' : undefined}>
            <Button size="xs" onClick={print} disabled={!report}>
              {t('reports.print')}
            </Button>
            <Button size="xs" variant="default" onClick={exportXlsx} loading={exporting} disabled={!report}>
              {t('reports.exportXlsx')}
            </Button>
            <Button size="xs" variant="default" onClick={exportPdf} loading={exporting} disabled={!report}>
              {t('reports.exportPdf')}
            </Button>
          </Group>
        </Group>
        {hq && <HqReportsPanel today={today} />}
        {!hq && query.isError && <Alert color="red">{translateMessage(query.error.data.messageKey)}</Alert>}
        {!hq && query.isLoading && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('reports.loading')}</Text>
          </Group>
        )}
        {!hq && report && (
          <ScrollArea style={{ flex: 1 }}>
            <Stack gap="xs" pr="sm">
              <Group justify="space-between" wrap="nowrap">
                <Title order={4}>{reportTitle(t, report.kind, report.period)}</Title>
                <Text size="xs" c="dimmed">
                  {t('reports.voidedExcluded')}　
                  {t('reports.asOf', { time: formatDateTime(report.asOf, report.timeZone) })}
                </Text>
              </Group>
              <ReportCharts report={report} />
              <ReportTables report={report} />
            </Stack>
          </ScrollArea>
        )}
        {!hq && report && <ReportPrint report={report} />}
      </Stack>
    </DatesProvider>
  );
}
