import { Box, Button, Group, ScrollArea, Tabs, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import type { PendingComplaintCall } from '../../../../shared/contract/complaints';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { showApiError } from '../../lib/apiErrors';
import { CalendarPanel } from './CalendarPanel';
import { ComplaintDetailPanel } from './ComplaintDetailPanel';
import { ComplaintForm, type ComplaintSource } from './ComplaintForm';
import { ComplaintList } from './ComplaintList';
import { PendingCalls } from './PendingCalls';
import { SettingsPanel } from './SettingsPanel';
import { StatsPanel } from './StatsPanel';
import { useComplaintPages } from './useComplaintPages';

type Tab = 'open' | 'returnVisit' | 'all' | 'calls' | 'visits' | 'stats' | 'calendar' | 'settings';

/** Complaints: the work list (most urgent first) with one complaint beside it; intake, statistics, holidays. */
export function ComplaintsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  // `/<id>`: one complaint opened from search or a customer's history, whatever its status: shown on the full list.
  const [, recordRoute] = useRoute<{ id: string }>('/:id');
  const routeId = recordRoute?.id ?? null;
  const [, navigate] = useLocation();
  const [tab, setTab] = useState<Tab>(routeId ? 'all' : 'open');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<string | null>(routeId);
  useEffect(() => {
    if (!routeId) return;
    setTab('all');
    setSelected(routeId);
  }, [routeId]);
  // A row picked by hand leaves the record's route, so opening that record again from search shows it again.
  const select = (id: string) => {
    setSelected(id);
    if (routeId) navigate('/');
  };
  const [form, setForm] = useState<{ key: number; source: ComplaintSource } | null>(null);
  const listed = tab === 'open' || tab === 'returnVisit' || tab === 'all';
  const list = useComplaintPages(listed ? tab : 'open', text, listed);
  // The 待回访 count on its tab, whatever tab is shown (the queue is short and comes whole).
  const returnVisits = useComplaintPages('returnVisit', '', true);
  const openForm = (source: ComplaintSource = {}) => setForm((f) => ({ key: (f?.key ?? 0) + 1, source }));
  useHotkeys([['alt+N', () => openForm()]], []);
  const convert = (call: PendingComplaintCall) =>
    invoke('complaints:fromCall', { callId: call.id })
      .then((prefill) => openForm({ callId: call.id, sourceSerial: call.serialNo, prefill }))
      .catch((e) => showApiError(e));
  const convertVisit = (visit: PendingComplaintCall) =>
    invoke('complaints:fromVisit', { visitId: visit.id })
      .then((prefill) => openForm({ visitId: visit.id, sourceSerial: visit.serialNo, prefill }))
      .catch((e) => showApiError(e));
  // Arriving from a call's or a visit's "转为投诉" button: open the intake form prefilled, linked to it.
  const [fromCall, callParams] = useRoute('/from-call/:id');
  const [fromVisit, visitParams] = useRoute('/from-visit/:id');
  const sourceId = (fromCall && callParams?.id) || (fromVisit && visitParams?.id) || null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per source id
  useEffect(() => {
    if (!sourceId) return;
    const channel = fromCall ? 'complaints:pendingCalls' : 'complaints:pendingVisits';
    invoke(channel, {})
      .then((pending) => {
        const source = pending.find((p) => p.id === sourceId);
        if (source) (fromCall ? convert : convertVisit)(source);
      })
      .catch((e) => showApiError(e));
  }, [sourceId]);
  const wide = tab === 'stats' || tab === 'calendar' || tab === 'settings';

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" h="calc(100vh - 72px)">
      <Box style={{ flex: wide ? 1 : 3, minWidth: 0 }}>
        <Group justify="space-between" mb={4} wrap="nowrap">
          <Title order={3}>{t('complaints.title')}</Title>
          <Button size="xs" onClick={() => openForm()}>
            {t('complaints.new')}
          </Button>
        </Group>
        <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'open')}>
          <Tabs.List mb={6}>
            {(['open', 'returnVisit', 'all', 'calls', 'visits', 'stats', 'calendar', 'settings'] as const).map((k) => (
              <Tabs.Tab key={k} value={k}>
                {k === 'returnVisit' && returnVisits.rows.length > 0
                  ? t('complaints.tabs.returnVisitCount', { count: returnVisits.rows.length })
                  : t(`complaints.tabs.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <ScrollArea h="calc(100vh - 170px)">
          {listed && (
            <>
              <TextInput
                size="xs"
                placeholder={t('common.filterOrInitials', { fields: t('complaints.search') })}
                aria-label={t('complaints.search')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                mb={6}
                w={340}
              />
              <ComplaintList rows={list.rows} timeZone={tz} selectedId={selected} onOpen={select} />
              {list.hasNextPage && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                >
                  {t('reception.list.more')}
                </Button>
              )}
            </>
          )}
          {tab === 'calls' && <PendingCalls kind="calls" timeZone={tz} onConvert={convert} />}
          {tab === 'visits' && <PendingCalls kind="visits" timeZone={tz} onConvert={convertVisit} />}
          {tab === 'stats' && <StatsPanel session={session} />}
          {tab === 'calendar' && <CalendarPanel session={session} />}
          {tab === 'settings' && <SettingsPanel session={session} />}
        </ScrollArea>
      </Box>
      {!wide && selected && (
        <Box style={{ flex: 2, minWidth: 0 }} h="100%">
          <ComplaintDetailPanel
            key={selected}
            id={selected}
            session={session}
            onChanged={() => {
              void list.refetch();
              void returnVisits.refetch();
            }}
          />
        </Box>
      )}
      {form && (
        <ComplaintForm
          key={form.key}
          opened
          timeZone={tz}
          source={form.source}
          onClose={() => setForm(null)}
          onSaved={(c) => {
            setSelected(c.id);
            if (form.source.callId || form.source.visitId) {
              setForm(null);
              setTab('open');
            }
            void list.refetch();
          }}
        />
      )}
    </Group>
  );
}
