import { Box, Button, Group, Paper, Tabs, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { DiscardConfirm } from '../../components/DiscardConfirm';
import { showApiError } from '../../lib/apiErrors';
import { RepairDetail } from './RepairDetail';
import { RepairForm, type RepairFormMode, type RepairSource } from './RepairForm';
import { defaultRepairFilters, type RepairFilters, RepairList, type RepairView } from './RepairList';
import { TeamsPanel } from './TeamsPanel';

type Panel = { kind: 'form'; mode: RepairFormMode; key: number } | { kind: 'detail'; id: string };
type Tab = RepairView | 'teams';

const tabs: Tab[] = ['all', 'open', 'overdue', 'follow-up', 'teams'];
const tabLabel: Record<Tab, string> = {
  all: 'repairs.tabs.orders',
  open: 'repairs.tabs.open',
  overdue: 'repairs.tabs.overdue',
  'follow-up': 'repairs.tabs.followUp',
  teams: 'repairs.tabs.teams',
};
const routed = new Set<string>(tabs);

/**
 * Master-detail: work orders on the left (all, not closed, escalated, due for a return visit; the header badges open
 * the last two), the report form or an order on the right. `/teams` keeps the teams and limits; `/<id>` opens one.
 */
export function RepairsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = routed.has(first) ? (first as Tab) : 'all';
  const routeId = tab === 'all' && first && !first.startsWith('from-') ? first : null;
  const [filters, setFilters] = useState<RepairFilters>(defaultRepairFilters);
  const [panel, setPanel] = useState<Panel>({ kind: 'form', mode: { kind: 'new' }, key: 0 });
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
  const formPanel = (mode: RepairFormMode): Panel => ({ kind: 'form', mode, key: ++formKey.current });
  const settle = (next: Panel) => {
    formDirty.current = false;
    setPanel(next);
  };
  // An order opened by id (search, a customer's history) shows in the full list with no filter hiding it.
  useEffect(() => {
    if (!routeId) return;
    setPanel({ kind: 'detail', id: routeId });
    setFilters(defaultRepairFilters);
  }, [routeId]);
  // Arriving from a visit's or a call's "转为派工单": the form filled in from it, linked to it.
  const [fromVisit, visitParams] = useRoute('/from-visit/:id');
  const [fromCall, callParams] = useRoute('/from-call/:id');
  const sourceId = (fromVisit && visitParams?.id) || (fromCall && callParams?.id) || null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per source record
  useEffect(() => {
    if (!sourceId) return;
    const load: Promise<RepairSource> = fromVisit
      ? invoke('reception:get', { id: sourceId }).then((v) => ({
          visitId: v.id,
          serial: v.serialNo,
          reporterName: v.visitorName,
          phone: v.phone,
          location: v.repairLocation,
          description: v.notes,
        }))
      : invoke('calls:get', { id: sourceId }).then((c) => ({
          callId: c.id,
          serial: c.serialNo,
          reporterName: c.callerName,
          phone: c.phone,
          description: c.summary,
        }));
    load.then((source) => settle(formPanel({ kind: 'new', source }))).catch((e) => showApiError(e));
  }, [sourceId]);
  useHotkeys([['alt+N', () => switchTo(formPanel({ kind: 'new' }))]], []);

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" h="calc(100vh - 72px)">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" mb={4} wrap="nowrap">
          <Title order={3}>{t('repairs.title')}</Title>
          <Button size="xs" variant="light" onClick={() => switchTo(formPanel({ kind: 'new' }))}>
            {t('repairs.detail.new')}
          </Button>
        </Group>
        <Tabs value={tab} onChange={(v) => navigate(v === 'all' || !v ? '/' : `/${v}`)}>
          <Tabs.List mb={6}>
            {tabs.map((x) => (
              <Tabs.Tab key={x} value={x}>
                {t(tabLabel[x])}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {tab === 'teams' ? (
          <TeamsPanel canEdit={hasRole(session.clerk.role, 'supervisor')} />
        ) : (
          <RepairList
            view={tab}
            timeZone={session.site.timeZone}
            filters={filters}
            selectedId={panel.kind === 'detail' ? panel.id : null}
            onFilters={setFilters}
            onOpen={(o) => {
              switchTo({ kind: 'detail', id: o.id });
              // Picked by hand: leave the record's route, so opening it again from search shows it again.
              if (routeId) navigate('/');
            }}
          />
        )}
      </Box>
      <Paper withBorder p="sm" w={520} style={{ flexShrink: 0 }}>
        {panel.kind === 'form' ? (
          <RepairForm
            key={panel.key}
            mode={panel.mode}
            onSaved={(order) =>
              settle(panel.mode.kind === 'edit' ? { kind: 'detail', id: order.id } : formPanel({ kind: 'new' }))
            }
            onCancel={() =>
              settle(
                panel.mode.kind === 'edit' ? { kind: 'detail', id: panel.mode.order.id } : formPanel({ kind: 'new' }),
              )
            }
            onDirtyChange={onDirtyChange}
          />
        ) : (
          <RepairDetail
            id={panel.id}
            session={session}
            canVoid={hasRole(session.clerk.role, 'lead')}
            onEdit={(order) => switchTo(formPanel({ kind: 'edit', order }))}
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
