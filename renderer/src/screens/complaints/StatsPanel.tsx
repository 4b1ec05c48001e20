import { Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ComplaintStats, CountRow } from '../../../../shared/contract/complaints';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import './complaints-print.css';
import { printDocument } from '../../lib/print';

const HOUR_MS = 3_600_000;

/** Day range in the site zone: [start of `from`, start of the day after `to`). */
function range(from: string, to: string, tz: string): { from: number; to: number } | null {
  const a = dayjs.tz(from, 'YYYY-MM-DD', tz);
  const b = dayjs.tz(to, 'YYYY-MM-DD', tz);
  if (!a.isValid() || !b.isValid() || !/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return null;
  return { from: a.valueOf(), to: b.add(1, 'day').valueOf() };
}

function Figures({ stats }: { stats: ComplaintStats }) {
  const { t } = useTranslation();
  // Rows keyed by a code show its label; days and departments are shown as they are.
  const label = (list: string | null, key: string) => (list ? t(`labels.complaints.values.${list}.${key}`) : key);
  const groups: [string, string | null, CountRow[]][] = [
    ['perDay', null, stats.perDay],
    ['byType', 'type', stats.byType],
    ['byDepartment', null, stats.byDepartment],
    ['byCause', 'cause', stats.byCause],
    ['byOutcome', 'outcome', stats.byOutcome],
    ['bySatisfaction', 'satisfaction', stats.bySatisfaction],
  ];
  const summary: [string, string][] = [
    ['received', String(stats.received)],
    ['notAccepted', String(stats.notAccepted)],
    ['perDayAverage', (stats.received / stats.days).toFixed(2)],
    ['resolved', String(stats.resolved)],
    ['resolutionRate', `${(stats.resolutionRate * 100).toFixed(1)}%`],
    ['withinDeadline', String(stats.withinDeadline)],
    ['averageHandling', t('complaints.stats.hours', { value: (stats.averageHandlingMs / HOUR_MS).toFixed(1) })],
    ['compensation', formatFen(stats.compensationFen)],
  ];
  return (
    <Stack gap="xs">
      <Table withTableBorder withColumnBorders fz="sm" aria-label={t('complaints.stats.title')}>
        <Table.Tbody>
          <Table.Tr>
            {summary.map(([k]) => (
              <Table.Th key={k}>{t(`complaints.stats.${k}`)}</Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {summary.map(([k, v]) => (
              <Table.Td key={k} data-testid={`stat-${k}`}>
                {v}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <SimpleGrid cols={3} spacing="xs">
        {groups.map(([key, group, rows]) => (
          <Table key={key} withTableBorder fz="sm" verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th colSpan={2}>{t(`complaints.stats.${key}`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{label(group, r.key)}</Table.Td>
                  <Table.Td>{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** 客户投诉统计表 for a date range; printable and exported to .xlsx by main. */
export function StatsPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const today = dayjs().tz(tz).format('YYYY-MM-DD');
  const [from, setFrom] = useState(dayjs().tz(tz).startOf('month').format('YYYY-MM-DD'));
  const [to, setTo] = useState(today);
  const [printing, setPrinting] = useState<number | null>(null);
  const r = range(from, to, tz);
  const stats = useApiQuery('complaints:stats', r ?? { from: 0, to: 1 }, { enabled: r !== null });
  const exportFile = () => {
    if (!r) return;
    invoke('complaints:exportStats', r)
      .then((file) => {
        const bytes = Uint8Array.from(atob(file.base64), (ch) => ch.charCodeAt(0));
        const url = URL.createObjectURL(
          new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        );
        const a = document.createElement('a');
        a.href = url;
        a.download = file.fileName;
        a.click();
        URL.revokeObjectURL(url);
        notifications.show({ color: 'green', message: t('complaints.stats.exported', { file: file.fileName }) });
      })
      .catch((e) => showApiError(e));
  };
  const print = () => {
    setPrinting(Date.now());
    window.setTimeout(() => void printDocument(), 50);
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('complaints.stats.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          w={130}
          error={r ? undefined : ' '}
        />
        <TextInput label={t('complaints.stats.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={130} />
        <Button size="sm" variant="default" onClick={print} disabled={!stats.data}>
          {t('complaints.stats.print')}
        </Button>
        <Button size="sm" variant="default" onClick={exportFile} disabled={!r}>
          {t('complaints.stats.export')}
        </Button>
      </Group>
      {stats.data && <Figures stats={stats.data} />}
      {printing !== null &&
        stats.data &&
        createPortal(
          <div className="complaints-print">
            <div className="cp-site">{session.site.name}</div>
            <h1>{t('complaints.stats.title')}</h1>
            <div className="cp-meta">
              <span>{`${from} – ${to}`}</span>
              <span>{`${session.clerk.name} · ${formatDateTime(printing, tz)}`}</span>
            </div>
            <Title order={6}>{t('complaints.stats.title')}</Title>
            <Figures stats={stats.data} />
            <Text size="xs" mt="md">
              {formatDateTime(printing, tz)}
            </Text>
          </div>,
          document.body,
        )}
    </Stack>
  );
}
