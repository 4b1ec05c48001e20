import { Box, Group, Paper, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LostfoundFilter, LostfoundItemView } from '../../../../shared/contract/lostfound';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { usePrintJob } from '../../lib/usePrintJob';
import { ClaimReceipt } from './ClaimReceipt';
import { ItemDetail } from './ItemDetail';
import { ItemForm } from './ItemForm';
import { ItemList } from './ItemList';
import { LostfoundSettingsForm } from './LostfoundSettingsForm';
import { ReportsPanel } from './ReportsPanel';

const tabs = ['items', 'reports', 'admin'] as const;
type Tab = (typeof tabs)[number];
const PANEL_HEIGHT = 'calc(100vh - 150px)';

/**
 * Routes inside /lostfound: `/` found items (list + form or detail), `/reports` loss reports with candidates,
 * `/admin` the keeping period (supervisor), `/due` items past it (the header badge), `/<id>` one record (search).
 */
export function LostfoundScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = tabs.find((x) => x === first) ?? 'items';
  const routeId = tab === 'items' && first && first !== 'due' ? first : null;
  // `/reports/<id>`: one loss report (search opens a report's id at `/<id>`, which moves here).
  const reportId = tab === 'reports' ? (location.split('/').filter(Boolean)[1] ?? null) : null;
  const [filter, setFilter] = useState<LostfoundFilter>(first === 'due' ? 'due' : routeId ? 'all' : 'held');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId);
  const settings = useApiQuery('lostfound:settings', {});
  const printer = usePrintJob<LostfoundItemView>('lostfound:printed');
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;

  // A record opened by id shows beside the full list, whatever its state; a loss report's id opens the report.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per record opened
  useEffect(() => {
    if (!routeId) return;
    let live = true;
    invoke('lostfound:get', { id: routeId }).then(
      () => {
        if (!live) return;
        setOpenId(routeId);
        setFilter('all');
        setText('');
      },
      () =>
        invoke('lostfound:getReport', { id: routeId }).then(
          () => live && navigate(`/reports/${routeId}`, { replace: true }),
          () => live && setOpenId(routeId),
        ),
    );
    return () => {
      live = false;
    };
  }, [routeId]);
  // A row picked by hand leaves the record's route, so opening that record again from search shows it again.
  const pick = (id: string) => {
    setOpenId(id);
    if (routeId) navigate('/');
  };
  useEffect(() => {
    if (first === 'due') setFilter('due');
  }, [first]);

  return (
    <Box>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Title order={3}>{t('lostfound.title')}</Title>
      </Group>
      <Tabs value={tab} onChange={(v) => navigate(v === 'items' || !v ? '/' : `/${v}`)} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="items">{t('lostfound.tabs.items')}</Tabs.Tab>
          <Tabs.Tab value="reports">{t('lostfound.tabs.reports')}</Tabs.Tab>
          {hasRole(role, 'supervisor') && <Tabs.Tab value="admin">{t('lostfound.tabs.admin')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="items">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Box style={{ flex: 1, minWidth: 0 }}>
              <ItemList
                timeZone={timeZone}
                filter={filter}
                text={text}
                selectedId={openId}
                height={PANEL_HEIGHT}
                onFilter={setFilter}
                onText={setText}
                onOpen={pick}
              />
            </Box>
            <Paper withBorder p="sm" w={520} style={{ flexShrink: 0 }}>
              <Box mah="calc(100vh - 130px)" style={{ overflowY: 'auto', overflowX: 'hidden' }}>
                {openId ? (
                  <ItemDetail
                    id={openId}
                    timeZone={timeZone}
                    role={role}
                    onPrint={printer.print}
                    onClose={() => {
                      setOpenId(null);
                      if (routeId) navigate('/');
                    }}
                  />
                ) : (
                  <ItemForm timeZone={timeZone} onSaved={() => undefined} />
                )}
              </Box>
            </Paper>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsPanel
            routeReportId={reportId}
            onPickReport={() => reportId && navigate('/reports')}
            timeZone={timeZone}
            role={role}
            height={PANEL_HEIGHT}
            onPrint={printer.print}
            onOpenItem={(id) => {
              setOpenId(id);
              navigate('/');
            }}
          />
        </Tabs.Panel>
        {hasRole(role, 'supervisor') && (
          <Tabs.Panel value="admin">
            <Paper withBorder p="sm" w={360}>
              {settings.data && <LostfoundSettingsForm settings={settings.data} />}
            </Paper>
          </Tabs.Panel>
        )}
      </Tabs>
      {printer.job && (
        <ClaimReceipt
          key={printer.job.key}
          job={printer.job}
          siteName={session.site.name}
          clerkName={session.clerk.name}
          timeZone={timeZone}
        />
      )}
    </Box>
  );
}
