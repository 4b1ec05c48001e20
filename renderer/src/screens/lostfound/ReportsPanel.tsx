import { Box, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostfoundItemView } from '../../../../shared/contract/lostfound';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { VoidDialog } from '../../components/VoidDialog';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { ClaimDialog } from './ClaimDialog';
import { ReportForm } from './ReportForm';

interface ReportsPanelProps {
  /** A report opened by id (search, a customer's history): selected and shown, whatever its status. */
  routeReportId?: string | null;
  /** A report picked by hand: the screen leaves the report's route. */
  onPickReport?(): void;
  timeZone: string;
  role: Role;
  height: string;
  onOpenItem(id: string): void;
  onPrint(item: LostfoundItemView): void;
}

/** Loss reports: the form on top, the open reports below, and for the chosen one the found items that may be it. */
export function ReportsPanel({
  routeReportId = null,
  onPickReport,
  timeZone,
  role,
  height,
  onOpenItem,
  onPrint,
}: ReportsPanelProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(routeReportId);
  useEffect(() => {
    if (routeReportId) setSelected(routeReportId);
  }, [routeReportId]);
  const pick = (id: string) => {
    setSelected(id);
    onPickReport?.();
  };
  const [claiming, setClaiming] = useState<LostfoundItemView | null>(null);
  const [voiding, setVoiding] = useState(false);
  const reports = useApiQuery('lostfound:reports', { openOnly: true, text: '' });
  // A report no longer open (found, voided) is not in the list of open ones: read on its own.
  const listed = (reports.data ?? []).find((r) => r.id === selected) ?? null;
  const single = useApiQuery('lostfound:getReport', { id: selected ?? '' }, { enabled: selected !== null && !listed });
  const report = listed ?? (selected ? (single.data ?? null) : null);
  const rows = [...(reports.data ?? []), ...(report && !listed ? [report] : [])];
  // Only a report still searched for is matched (the service gives nothing for one found, closed or voided).
  const searching = report !== null && report.status === 'open' && !report.voidedAt;
  const candidates = useApiQuery('lostfound:candidates', { id: selected ?? '' }, { enabled: searching });
  const voidReport = useApiMutation('lostfound:voidReport', ['lostfound:', 'audit:']);
  const at = (ms: number) => formatDateTime(ms, timeZone);
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Paper withBorder p="sm">
          <ReportForm timeZone={timeZone} onSaved={(r) => setSelected(r.id)} />
        </Paper>
        <Title order={5}>{t('lostfound.reports.list')}</Title>
        <ScrollArea h={`calc(${height} - 260px)`}>
          <Table striped highlightOnHover verticalSpacing={3} fz="sm">
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  aria-selected={r.id === selected}
                  onClick={() => pick(r.id)}
                  style={{ cursor: 'pointer' }}
                  bg={r.id === selected ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td ff="monospace" fz="xs">
                    {r.serialNo}
                  </Table.Td>
                  <Table.Td>
                    {r.reporterName} {maskPhone(r.phone)}
                  </Table.Td>
                  <Table.Td>
                    {t(labelKey('lostfound', 'category', r.category))} · {r.description}
                  </Table.Td>
                  <Table.Td>
                    {r.lostPlace} {at(r.lostFrom)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {reports.isSuccess && reports.data.length === 0 && (
            <Text c="dimmed" size="sm" p="sm">
              {t('lostfound.reports.empty')}
            </Text>
          )}
        </ScrollArea>
      </Stack>
      <Paper withBorder p="sm" w={520} style={{ flexShrink: 0 }}>
        {report ? (
          <Stack gap={6} aria-label={report.serialNo}>
            <Group justify="space-between">
              <Title order={5}>
                {searching
                  ? t('lostfound.reports.candidates', { serial: report.serialNo })
                  : t('lostfound.reports.reportTitle', { serial: report.serialNo })}
              </Title>
              {hasRole(role, 'lead') && !report.voidedAt && (
                <Button size="xs" color="red" variant="subtle" onClick={() => setVoiding(true)}>
                  {t('lostfound.reports.void')}
                </Button>
              )}
            </Group>
            <Text size="sm">
              {report.reporterName} {maskPhone(report.phone)} ·{' '}
              {t(labelKey('lostfound', 'reportStatus', report.status))}
              {report.voidedAt ? ` · ${t('lostfound.reports.voidedShort', { reason: report.voidReason ?? '' })}` : ''}
            </Text>
            {report.itemId && (
              <Button
                size="compact-xs"
                variant="subtle"
                px={0}
                style={{ alignSelf: 'flex-start' }}
                onClick={() => report.itemId && onOpenItem(report.itemId)}
              >
                {t('lostfound.reports.claimedItem', { serial: report.itemSerial ?? '' })}
              </Button>
            )}
            <Text size="xs" c="dimmed">
              {t(labelKey('lostfound', 'category', report.category))} · {report.description} · {report.lostPlace}{' '}
              {at(report.lostFrom)}
            </Text>
            {(candidates.data ?? []).map((c) => (
              <Box
                key={c.item.id}
                p={6}
                style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {c.item.serialNo} · {t(labelKey('lostfound', 'category', c.item.category))} · {c.item.description}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onOpenItem(c.item.id)}>
                      {t('lostfound.reports.open')}
                    </Button>
                    <Button size="xs" onClick={() => setClaiming(c.item)}>
                      {t('lostfound.reports.claim')}
                    </Button>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {c.item.foundPlace} · {at(c.item.foundAt)} · {c.item.storagePlace} ·{' '}
                  {t('lostfound.reports.match', {
                    why: [
                      c.sameCategory ? t('lostfound.reports.sameCategory') : '',
                      c.placeMatches ? t('lostfound.reports.place') : '',
                      c.words.length ? t('lostfound.reports.words', { words: c.words.join('、') }) : '',
                    ]
                      .filter(Boolean)
                      .join('，'),
                  })}
                </Text>
              </Box>
            ))}
            {searching && candidates.isSuccess && candidates.data.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('lostfound.reports.noCandidates')}
              </Text>
            )}
            {!searching && (
              <Text size="sm" c="dimmed">
                {report.voidedAt
                  ? t('lostfound.reports.voidedNoMatch')
                  : report.status === 'found'
                    ? t('lostfound.reports.foundNoMatch')
                    : t('lostfound.reports.closedNoMatch')}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {rows.length > 0 ? t('lostfound.reports.pick') : t('lostfound.reports.empty')}
          </Text>
        )}
      </Paper>
      {claiming && (
        <ClaimDialog
          item={claiming}
          opened
          reportId={selected}
          onClose={() => setClaiming(null)}
          onClaimed={(after) => {
            setClaiming(null);
            setSelected(null);
            notifications.show({ color: 'green', message: t('lostfound.claim.done') });
            onPrint(after);
          }}
        />
      )}
      {report && (
        <VoidDialog
          opened={voiding}
          title={t('lostfound.reports.voidTitle', { serial: report.serialNo })}
          busy={voidReport.isPending}
          onClose={() => setVoiding(false)}
          onConfirm={(reason) =>
            voidReport.mutateAsync({ id: report.id, version: report.version, reason }).then(() => setSelected(null))
          }
        />
      )}
    </Group>
  );
}
