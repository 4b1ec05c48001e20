import { AppShell, Center, Loader } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo, useState } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { SessionView } from '../../../shared/contract/session';
import { invoke } from '../api/client';
import { modulesInOrder } from '../app/modules';
import { setDisplayTimeZone, showApiError } from '../lib/apiErrors';
import { useMoneyCeilingsInForce } from '../lib/money';
import { ClosingBanner } from '../screens/handover/ClosingWarnings';
import { CustomerHistory } from '../screens/search/CustomerHistory';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { CheatSheet } from './CheatSheet';
import { GlobalSearch } from './GlobalSearch';
import { Header } from './Header';
import { ModulePicker, openModulePicker } from './ModulePicker';
import { NavBar } from './NavBar';
import { navEntries, PICKER_KEY } from './navigation';

interface ShellProps {
  session: SessionView;
  mode: 'desktop' | 'browser';
}

export function Shell(props: ShellProps) {
  return (
    <Router hook={useHashLocation}>
      <ShellFrame {...props} />
    </Router>
  );
}

/** The frame around every screen: header, navigation, one route per registered module, the global shortcuts. */
function ShellFrame({ session, mode }: ShellProps) {
  setDisplayTimeZone(session.site.timeZone);
  useMoneyCeilingsInForce();
  const [, navigate] = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const queryClient = useQueryClient();
  const entries = useMemo(
    () => navEntries(session.clerk.role, session.site.kind),
    [session.clerk.role, session.site.kind],
  );
  const lockScreen = () =>
    invoke('session:lock', {})
      .then(() => queryClient.invalidateQueries({ queryKey: ['session:current'] }))
      .catch((e) => showApiError(e));
  // Empty ignore list: function keys, Alt and Ctrl shortcuts work while typing in a field too.
  useHotkeys(
    [
      ['F1', () => setHelpOpen(true)],
      ['mod+L', lockScreen],
      ['mod+K', () => spotlight.open()],
      [PICKER_KEY.hotkey, openModulePicker],
      ...entries.flatMap((entry) =>
        entry.hotkeys.map((key) => [key, () => navigate(entry.path)] as [string, () => void]),
      ),
    ],
    [],
  );
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 196, breakpoint: 0 }} padding="sm">
      <AppShell.Header>
        <Header session={session} mode={mode} onLock={lockScreen} onHelp={() => setHelpOpen(true)} />
      </AppShell.Header>
      <AppShell.Navbar>
        <NavBar entries={entries} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ClosingBanner timeZone={session.site.timeZone} />
        <Suspense
          fallback={
            <Center h="60vh">
              <Loader />
            </Center>
          }
        >
          <Switch>
            <Route path="/history/:phone">
              {(params) => <CustomerHistory phone={params.phone} timeZone={session.site.timeZone} />}
            </Route>
            {modulesInOrder.map(({ name, path, screen: Screen }) => (
              <Route key={name} path={path} nest>
                <Screen session={session} />
              </Route>
            ))}
            <Route path="/settings" nest>
              <SettingsScreen session={session} />
            </Route>
            <Route>
              <Redirect to={modulesInOrder[0]?.path ?? '/settings'} />
            </Route>
          </Switch>
        </Suspense>
      </AppShell.Main>
      <CheatSheet opened={helpOpen} onClose={() => setHelpOpen(false)} entries={entries} />
      <GlobalSearch timeZone={session.site.timeZone} />
      <ModulePicker entries={entries} />
    </AppShell>
  );
}
