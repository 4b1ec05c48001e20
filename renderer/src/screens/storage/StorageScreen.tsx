import { Box, Group, Paper, Tabs, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import type { StorageSlipView } from '../../../../shared/contract/storage';
import { useApiQuery } from '../../api/hooks';
import { DepositForm } from './DepositForm';
import { LocationEditor } from './LocationEditor';
import { LocationsView } from './LocationsView';
import { PickupPanel } from './PickupPanel';
import { SlipDetail } from './SlipDetail';
import { type SlipFilter, SlipList } from './SlipList';
import { SlipPrint } from './SlipPrint';
import { StorageSettingsForm } from './StorageSettingsForm';
import { useSlipPrinter } from './useSlipPrinter';

const tabs = ['deposit', 'pickup', 'locations', 'admin'] as const;
type Tab = (typeof tabs)[number];
const PANEL_HEIGHT = 'calc(100vh - 150px)';

/**
 * Routes inside /storage: `/` deposits (list + form or detail), `/pickup`, `/locations`, `/admin` (supervisor),
 * `/overdue` the overdue list (the header badge), `/due-today` goods due today (the closing-time warning), `/<id>` one slip (global search opens it).
 */
export function StorageScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = (tabs as readonly string[]).includes(first) ? (first as Tab) : 'deposit';
  // The header badge opens `/overdue`, the closing-time warning `/due-today`: the list filtered to them.
  const routeFilter: SlipFilter | null = first === 'overdue' ? 'overdue' : first === 'due-today' ? 'dueToday' : null;
  const routeId = tab === 'deposit' && first && !routeFilter ? first : null;
  // A slip opened by id (search, a customer's history) shows beside the full list, whatever its state.
  const [filter, setFilter] = useState<SlipFilter>(routeFilter ?? (routeId ? 'all' : 'open'));
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId);
  const [editing, setEditing] = useState<StorageSlipView | null>(null);
  const settings = useApiQuery('storage:settings', {});
  const site = useApiQuery('settings:site', {});
  const printer = useSlipPrinter();
  const isSupervisor = hasRole(session.clerk.role, 'supervisor');
  const timeZone = session.site.timeZone;

  useEffect(() => {
    if (!routeId) return;
    setOpenId(routeId);
    setFilter('all');
  }, [routeId]);
  useEffect(() => {
    if (routeFilter) setFilter(routeFilter);
  }, [routeFilter]);
  const openSlip = (id: string) => {
    setOpenId(id);
    if (tab !== 'deposit') navigate('/');
  };
  useHotkeys(
    [
      [
        'alt+N',
        () => {
          setEditing(null);
          setOpenId(null);
        },
      ],
    ],
    [],
  );

  return (
    <Box>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={3}>{t('storage.title')}</Title>
      </Group>
      <Tabs value={tab} onChange={(v) => navigate(v === 'deposit' || !v ? '/' : `/${v}`)} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="deposit">{t('storage.tabs.deposit')}</Tabs.Tab>
          <Tabs.Tab value="pickup">{t('storage.tabs.pickup')}</Tabs.Tab>
          <Tabs.Tab value="locations">{t('storage.tabs.locations')}</Tabs.Tab>
          {isSupervisor && <Tabs.Tab value="admin">{t('storage.tabs.admin')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="deposit">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Box style={{ flex: 1, minWidth: 0 }}>
              <SlipList
                timeZone={timeZone}
                filter={filter}
                text={text}
                selectedId={openId}
                height={PANEL_HEIGHT}
                onFilter={setFilter}
                onText={setText}
                onOpen={(id) => {
                  setEditing(null);
                  setOpenId(id);
                  if (routeId) navigate('/');
                }}
              />
            </Box>
            <Paper withBorder p="sm" w={500} style={{ flexShrink: 0 }}>
              <Box mah="calc(100vh - 130px)" style={{ overflowY: 'auto', overflowX: 'hidden' }}>
                {editing && settings.data ? (
                  <DepositForm
                    key={editing.id}
                    timeZone={timeZone}
                    settings={settings.data}
                    editing={editing}
                    onSaved={() => setEditing(null)}
                    onUpdated={() => setEditing(null)}
                    onCancel={() => setEditing(null)}
                  />
                ) : openId ? (
                  <SlipDetail
                    id={openId}
                    timeZone={timeZone}
                    role={session.clerk.role}
                    onReprint={(slip) => printer.print(slip, null)}
                    onEdit={setEditing}
                    onClose={() => {
                      setOpenId(null);
                      if (routeId) navigate('/');
                    }}
                  />
                ) : (
                  settings.data && (
                    <DepositForm
                      timeZone={timeZone}
                      settings={settings.data}
                      onSaved={(result) => printer.print(result.slip, result.claimCode)}
                    />
                  )
                )}
              </Box>
            </Paper>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="pickup">
          <PickupPanel timeZone={timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="locations">
          <LocationsView height={PANEL_HEIGHT} onOpen={openSlip} />
        </Tabs.Panel>
        {isSupervisor && (
          <Tabs.Panel value="admin">
            <Group align="flex-start" gap="lg" wrap="nowrap">
              <Box style={{ flex: 1 }}>
                <LocationEditor />
              </Box>
              <Paper withBorder p="sm" w={360}>
                {settings.data && <StorageSettingsForm settings={settings.data} />}
              </Paper>
            </Group>
          </Tabs.Panel>
        )}
      </Tabs>
      {printer.job && (
        <SlipPrint
          key={printer.job.key}
          job={printer.job}
          layout={settings.data?.slipLayout ?? '80mm'}
          siteName={session.site.name}
          deskPhone={site.data?.deskPhone ?? ''}
          clerkName={session.clerk.name}
          timeZone={timeZone}
        />
      )}
    </Box>
  );
}
