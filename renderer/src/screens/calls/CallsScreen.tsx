import { Box, Button, Group, Paper, Tabs, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { CallView } from '../../../../shared/contract/calls';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { CallbackQueue } from './CallbackQueue';
import { CallDetail } from './CallDetail';
import { CallForm } from './CallForm';
import { type CallFilters, CallList, defaultCallFilters } from './CallList';
import type { CallFormMode } from './callFormModel';

type Panel = { kind: 'form'; mode: CallFormMode; key: number } | { kind: 'detail'; id: string };

/**
 * Master-detail: the list (all calls, or the callback queue) on the left, the form or a call on the right.
 * Routes inside /calls: `/` the log, `/callbacks` and `/callbacks/overdue` the queue (the header badge opens it),
 * `/<id>` one call (global search opens it).
 */
export function CallsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const [location, navigate] = useLocation();
  const parts = location.split('/').filter(Boolean);
  const tab = parts[0] === 'callbacks' ? 'callbacks' : 'log';
  const onlyOverdue = tab === 'callbacks' && parts[1] === 'overdue';
  const routeId = tab === 'log' ? (parts[0] ?? null) : null;
  const [filters, setFilters] = useState<CallFilters>(defaultCallFilters);
  const [panel, setPanel] = useState<Panel>({ kind: 'form', mode: { kind: 'new' }, key: 0 });

  // Opening another record while the form holds typed input asks first, like Esc does.
  const formDirty = useRef(false);
  const onDirtyChange = useCallback((dirty: boolean) => {
    formDirty.current = dirty;
  }, []);
  const [pending, setPending] = useState<Panel | null>(null);
  const switchTo = (next: Panel) => {
    if (panel.kind === 'form' && formDirty.current) setPending(next);
    else setPanel(next);
  };
  const formKey = useRef(0);
  const formPanel = (mode: CallFormMode): Panel => ({ kind: 'form', mode, key: ++formKey.current });
  const showForm = (mode: CallFormMode) => switchTo(formPanel(mode));
  const open = (id: string) => switchTo({ kind: 'detail', id });
  // After a save or a confirmed cancel nothing typed is left to lose.
  const settle = (next: Panel) => {
    formDirty.current = false;
    setPanel(next);
  };
  const answer = (call: CallView) => showForm({ kind: 'answer', callback: call });

  // A call opened by id (search, a customer's history) shows in a list that holds it, however old.
  useEffect(() => {
    if (!routeId) return;
    setPanel({ kind: 'detail', id: routeId });
    setFilters({ ...defaultCallFilters, range: 'all' });
  }, [routeId]);
  // A row picked by hand leaves the record's route, so opening that record again from search shows it again.
  const pick = (id: string) => {
    open(id);
    if (routeId) navigate('/');
  };
  useHotkeys([['alt+N', () => showForm({ kind: 'new' })]], []);

  const selectedId = panel.kind === 'detail' ? panel.id : null;
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" h="calc(100vh - 72px)">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" mb={4} wrap="nowrap">
          <Title order={3}>{t('calls.title')}</Title>
          <Button size="xs" variant="light" onClick={() => showForm({ kind: 'new' })}>
            {t('calls.detail.new')}
          </Button>
        </Group>
        <Tabs value={tab} onChange={(v) => navigate(v === 'callbacks' ? '/callbacks' : '/')}>
          <Tabs.List mb={6}>
            <Tabs.Tab value="log">{t('calls.tabs.log')}</Tabs.Tab>
            <Tabs.Tab value="callbacks">{t('calls.tabs.callbacks')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        {tab === 'log' ? (
          <CallList
            timeZone={timeZone}
            filters={filters}
            selectedId={selectedId}
            onFilters={setFilters}
            onOpen={(c) => pick(c.id)}
          />
        ) : (
          <CallbackQueue
            timeZone={timeZone}
            onlyOverdue={onlyOverdue}
            selectedId={selectedId}
            onOnlyOverdue={(v) => navigate(v ? '/callbacks/overdue' : '/callbacks')}
            onOpen={(c) => open(c.id)}
            onAnswer={answer}
          />
        )}
      </Box>
      <Paper withBorder p="sm" w={520} style={{ flexShrink: 0 }}>
        {panel.kind === 'form' ? (
          <CallForm
            key={panel.key}
            mode={panel.mode}
            timeZone={timeZone}
            onSaved={(call) => {
              if (panel.mode.kind === 'edit') settle({ kind: 'detail', id: call.id });
              else if (panel.mode.kind === 'answer') settle(formPanel({ kind: 'new' }));
            }}
            onCancel={() =>
              settle(
                panel.mode.kind === 'edit' ? { kind: 'detail', id: panel.mode.call.id } : formPanel({ kind: 'new' }),
              )
            }
            onDirtyChange={onDirtyChange}
          />
        ) : (
          <CallDetail
            id={panel.id}
            timeZone={timeZone}
            canVoid={hasRole(session.clerk.role, 'lead')}
            onEdit={(call) => showForm({ kind: 'edit', call })}
            onAnswer={answer}
            onOpen={open}
          />
        )}
      </Paper>
      <DiscardConfirm
        opened={pending !== null}
        onKeep={() => setPending(null)}
        onDiscard={() => {
          if (pending) settle(pending);
          setPending(null);
        }}
      />
    </Group>
  );
}
