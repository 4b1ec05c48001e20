import { Alert, Box, Button, Group, Paper, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverCloseResult, HandoverRecord } from '../../../../shared/contract/handover';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { formatDateTime } from '../../lib/time';
import { CloseForm } from './CloseForm';
import { SheetClosingWarnings } from './ClosingWarnings';
import { HandoverHistory } from './HandoverHistory';
import { HandoverPrint } from './HandoverPrint';
import { saveHandoverPdf } from './handoverPdf';
import { PdfFolderForm } from './PdfFolderForm';
import { SheetSections } from './SheetSections';
import { TrackedItemsEditor } from './TrackedItemsEditor';
import './handover-sheet.css';
import { printDocument } from '../../lib/print';

/**
 * 交接班: the sheet compiled from the database (what is still open matters most), then the handover itself with
 * the incoming clerk's PIN, then the printed A4 sheet. Past handovers can be reprinted from their snapshots.
 */
export function HandoverScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<string>('current');
  const [closed, setClosed] = useState<HandoverCloseResult | null>(null);
  const [printing, setPrinting] = useState<{ record: HandoverRecord; at: number } | null>(null);
  const preview = useApiQuery('handover:preview', {}, { enabled: closed === null, refetchOnMount: 'always' });

  const print = (record: HandoverRecord, reprint: boolean) => {
    setPrinting({ record, at: Date.now() });
    // Let the sheet render with the print time, then print and audit what was printed.
    setTimeout(() => {
      void printDocument();
      invoke('handover:printed', { id: record.id, reprint }).catch((e) => showApiError(e));
    }, 50);
  };
  const reprint = (id: string) =>
    invoke('handover:get', { id })
      .then((record) => print(record, true))
      .catch((e) => showApiError(e));
  // Main renders the print layout into the PDF, so the sheet is put on show first, as for printing.
  const savePdf = (record: HandoverRecord, options: { reprint: boolean; auto: boolean }) => {
    setPrinting({ record, at: Date.now() });
    setTimeout(() => saveHandoverPdf(record.id, options), 50);
  };
  const savePastPdf = (id: string) =>
    invoke('handover:get', { id })
      .then((record) => savePdf(record, { reprint: true, auto: false }))
      .catch((e) => showApiError(e));
  const onClosed = (result: HandoverCloseResult) => {
    setClosed(result);
    savePdf(result.handover, { reprint: false, auto: true });
    notifications.show({ color: 'green', message: t('handover.close.done', { serial: result.handover.serialNo }) });
    if (!result.backupOk)
      notifications.show({ color: 'yellow', message: t('handover.close.backupFailed'), autoClose: false });
  };
  // The desk already belongs to the incoming clerk (or, at the end of the day, nobody): the shell follows once the
  // sheet is printed. The clerk who ended the day kept a session for this result only; leaving it ends that session.
  const finish = () => {
    const leave = closed && !closed.handover.incoming ? invoke('session:logout', {}) : Promise.resolve(null);
    void leave.catch(() => null).then(() => queryClient.invalidateQueries());
  };

  return (
    <Stack gap="xs" h="calc(100vh - 72px)">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3}>{t('handover.title')}</Title>
        <Tabs value={tab} onChange={(v) => setTab(v ?? 'current')}>
          <Tabs.List>
            <Tabs.Tab value="current">{t('handover.tabs.current')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('handover.tabs.history')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      </Group>
      {tab === 'history' ? (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <ScrollArea style={{ flex: 1 }} h="calc(100vh - 130px)">
            <HandoverHistory timeZone={timeZone} onReprint={reprint} onSavePdf={savePastPdf} />
          </ScrollArea>
          {hasRole(session.clerk.role, 'supervisor') && (
            <Stack gap="lg" w={320}>
              <TrackedItemsEditor />
              <PdfFolderForm />
            </Stack>
          )}
        </Group>
      ) : closed ? (
        <Paper withBorder p="md" maw={720}>
          <Stack>
            <Alert color="green" title={t('handover.close.done', { serial: closed.handover.serialNo })}>
              {closed.handover.incoming
                ? `${t('handover.close.acknowledged')}：${closed.handover.incoming.name} ${formatDateTime(closed.handover.acknowledgedAt ?? closed.handover.closedAt, timeZone)}`
                : t('handover.print.noSuccessor')}
            </Alert>
            <Group>
              <Button onClick={() => print(closed.handover, false)} data-autofocus>
                {t('handover.print.button')}
              </Button>
              <Button variant="light" onClick={() => savePdf(closed.handover, { reprint: true, auto: false })}>
                {t('handoverPdf.save')}
              </Button>
              <Button variant="default" onClick={finish}>
                {t('handover.close.finish')}
              </Button>
            </Group>
            <ScrollArea h="calc(100vh - 300px)">
              <SheetSections sections={closed.handover.sheet.sections} timeZone={timeZone} />
            </ScrollArea>
          </Stack>
        </Paper>
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="sm" style={{ flex: 1, minHeight: 0 }}>
          <Box style={{ flex: 1, minWidth: 0 }}>
            {preview.data && (
              <Text size="sm" c="dimmed">
                {preview.data.counterName} · {t('handover.print.outgoing')} {preview.data.outgoing.name} ·{' '}
                {formatDateTime(preview.data.openedAt, timeZone)} –
              </Text>
            )}
            <ScrollArea h="calc(100vh - 150px)">
              {preview.data && <SheetClosingWarnings warnings={preview.data.closingWarnings} />}
              {preview.data && <SheetSections sections={preview.data.sections} timeZone={timeZone} />}
            </ScrollArea>
          </Box>
          <Paper withBorder p="sm" w={460} style={{ flexShrink: 0 }}>
            {preview.data && <CloseForm session={session} sheet={preview.data} onClosed={onClosed} />}
          </Paper>
        </Group>
      )}
      {printing && <HandoverPrint record={printing.record} printedAt={printing.at} timeZone={timeZone} />}
    </Stack>
  );
}
