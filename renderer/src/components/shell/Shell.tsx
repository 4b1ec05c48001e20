import { AppShell } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { CallsScreen } from '../../screens/calls/CallsScreen';
import { ComingSoon } from '../../screens/coming/ComingSoon';
import { ComplaintsScreen } from '../../screens/complaints/ComplaintsScreen';
import { HandoverScreen } from '../../screens/handover/HandoverScreen';
import { InvoicesScreen } from '../../screens/invoices/InvoicesScreen';
import { ReceptionScreen } from '../../screens/reception/ReceptionScreen';
import { ReportsScreen } from '../../screens/reports/ReportsScreen';
import { ReturnsScreen } from '../../screens/returns/ReturnsScreen';
import { CustomerHistory } from '../../screens/search/CustomerHistory';
import { SettingsScreen } from '../../screens/settings/SettingsScreen';
import { StorageScreen } from '../../screens/storage/StorageScreen';
import { showApiError } from '../apiErrors';
import { CheatSheet } from './CheatSheet';
import { GlobalSearch } from './GlobalSearch';
import { Header } from './Header';
import { modules } from './modules';
import { NavBar } from './NavBar';

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

function ShellFrame({ session, mode }: ShellProps) {
  const [, navigate] = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const queryClient = useQueryClient();
  const lockScreen = () =>
    invoke('session:lock', {})
      .then(() => queryClient.invalidateQueries({ queryKey: ['session:current'] }))
      .catch((e) => showApiError(e));
  // Empty ignore list: function keys and Ctrl shortcuts work while typing in a field too.
  useHotkeys(
    [
      ['F1', () => setHelpOpen(true)],
      ['mod+L', lockScreen],
      ['mod+K', () => spotlight.open()],
      ...modules.map((m) => [m.hotkey, () => navigate(m.path)] as [string, () => void]),
    ],
    [],
  );
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 168, breakpoint: 0 }} padding="sm">
      <AppShell.Header>
        <Header session={session} mode={mode} onLock={lockScreen} onHelp={() => setHelpOpen(true)} />
      </AppShell.Header>
      <AppShell.Navbar>
        <NavBar />
      </AppShell.Navbar>
      <AppShell.Main>
        <Switch>
          <Route path="/history/:phone">
            {(params) => <CustomerHistory phone={params.phone} timeZone={session.site.timeZone} />}
          </Route>
          <Route path="/reception" nest>
            <ReceptionScreen session={session} />
          </Route>
          <Route path="/calls" nest>
            <CallsScreen session={session} />
          </Route>
          <Route path="/storage" nest>
            <StorageScreen session={session} />
          </Route>
          <Route path="/complaints" nest>
            <ComplaintsScreen session={session} />
          </Route>
          <Route path="/handover" nest>
            <HandoverScreen session={session} />
          </Route>
          <Route path="/invoices" nest>
            <InvoicesScreen session={session} />
          </Route>
          <Route path="/returns" nest>
            <ReturnsScreen session={session} />
          </Route>
          <Route path="/reports" nest>
            <ReportsScreen session={session} />
          </Route>
          <Route path="/settings" nest>
            <SettingsScreen session={session} />
          </Route>
          {modules
            .filter((m) => m.key !== 'settings' && m.key !== 'reception')
            .map((m) => (
              <Route key={m.key} path={m.path} nest>
                <ComingSoon module={m.key} />
              </Route>
            ))}
          <Route>
            <Redirect to="/reception" />
          </Route>
        </Switch>
      </AppShell.Main>
      <CheatSheet opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <GlobalSearch timeZone={session.site.timeZone} />
    </AppShell>
  );
}
