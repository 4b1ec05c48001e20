import { Button, Group, Kbd, Paper, Tabs, Text, Title } from '@mantine/core';
import { useElementSize, useHotkeys, useInterval, useViewportSize } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import type { VisitView } from '../../../../shared/contract/reception';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { printDocument } from '../../lib/print';
import { EvacuationPrint } from './EvacuationPrint';
import { OnSiteList } from './OnSiteList';
import { SignOutDialog } from './SignOutDialog';
import { VisitDetail } from './VisitDetail';
import { VisitForm } from './VisitForm';
import { VisitList } from './VisitList';
import { WatchListPanel } from './WatchListPanel';

/** Shell header and AppShell padding above and below the main area, in px. */
const SHELL_CHROME = 52 + 24;
const TAB_BAR = 40;

/** 来访登记: the form on top for the next visitor, the on-site list (and all visits) below. */
export function ReceptionScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const onSite = useApiQuery('reception:onSite', {}, { refetchInterval: 60_000 });
  const [tab, setTab] = useState<string | null>('onSite');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState<VisitView | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  // Global search opens a visit at /reception/<id>; closing the detail returns to the plain screen.
  const [, route] = useRoute<{ id: string }>('/:id');
  const [, navigate] = useLocation();
  useEffect(() => {
    if (route?.id) setOpenId(route.id);
  }, [route?.id]);
  const closeDetail = () => {
    setOpenId(null);
    if (route?.id) navigate('/');
  };
  const [now, setNow] = useState(Date.now());
  const ticker = useInterval(() => setNow(Date.now()), 30_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: start the clock for "time on site" once
  useEffect(() => {
    ticker.start();
    return ticker.stop;
  }, []);
  const { height: viewport } = useViewportSize();
  const top = useElementSize();
  const listHeight = Math.max(160, viewport - SHELL_CHROME - top.height - TAB_BAR - 8);
  const visits = onSite.data ?? [];

  const signOutSelected = () => {
    const visit = visits.find((v) => v.id === selectedId) ?? (visits.length === 1 ? visits[0] : undefined);
    if (visit) setSigningOut(visit);
    else notifications.show({ color: 'yellow', message: t('reception.signOut.noneSelected') });
  };
  const printEvacuation = () => {
    setNow(Date.now());
    // Let the sheet render with the current time, then print and audit what was printed.
    setTimeout(() => {
      void printDocument();
      invoke('reception:evacuationPrinted', { count: visits.length }).catch((e) => showApiError(e));
    }, 50);
  };
  useHotkeys(
    [
      ['mod+O', signOutSelected],
      ['mod+P', printEvacuation],
    ],
    [],
  );

  return (
    <>
      <div ref={top.ref}>
        <Group justify="space-between" mb={4} wrap="nowrap">
          <Title order={4}>{t('reception.title')}</Title>
          <Group gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl+O</Kbd> {t('reception.keys.signOut')} · <Kbd size="xs">↑↓</Kbd>{' '}
              {t('reception.keys.move')}
            </Text>
            <Button size="xs" variant="default" onClick={printEvacuation}>
              {t('reception.evacuation.print')}
            </Button>
          </Group>
        </Group>
        <Paper withBorder p="xs" mb="xs">
          <VisitForm timeZone={timeZone} onSaved={(v) => setSelectedId(v.id)} />
        </Paper>
      </div>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="onSite">{t('reception.tabs.onSite', { count: visits.length })}</Tabs.Tab>
          <Tabs.Tab value="all">{t('reception.tabs.all')}</Tabs.Tab>
          {hasRole(session.clerk.role, 'supervisor') && <Tabs.Tab value="watch">{t('reception.tabs.watch')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="onSite" pt={4}>
          <OnSiteList
            visits={visits}
            selectedId={selectedId}
            timeZone={timeZone}
            now={now}
            height={listHeight}
            onSelect={setSelectedId}
            onOpen={(v) => setOpenId(v.id)}
            onSignOut={setSigningOut}
          />
        </Tabs.Panel>
        <Tabs.Panel value="all" pt={4}>
          <VisitList timeZone={timeZone} height={listHeight} onOpen={(v) => setOpenId(v.id)} />
        </Tabs.Panel>
        <Tabs.Panel value="watch" pt={4}>
          <WatchListPanel timeZone={timeZone} height={listHeight} />
        </Tabs.Panel>
      </Tabs>
      <SignOutDialog visit={signingOut} timeZone={timeZone} onClose={() => setSigningOut(null)} />
      <VisitDetail
        visitId={openId}
        timeZone={timeZone}
        canVoid={hasRole(session.clerk.role, 'lead')}
        onClose={closeDetail}
        onSignOut={setSigningOut}
      />
      <EvacuationPrint
        visits={visits}
        siteName={session.site.name}
        clerkName={session.clerk.name}
        printedAt={now}
        timeZone={timeZone}
      />
    </>
  );
}
