import { ActionIcon, Badge, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../shared/contract/session';
import { moduleFitsSite } from '../../../shared/modules';
import { invoke } from '../api/client';
import { labelKey } from '../app/labels';
import { modulesInOrder } from '../app/modules';
import { languages, setLanguage } from '../i18n';
import { showApiError } from '../lib/apiErrors';
import { formatDateTime } from '../lib/time';
import { SyncState } from '../screens/sync/SyncState';
import { SiteClock } from './SiteClock';

interface HeaderProps {
  session: SessionView;
  mode: 'desktop' | 'browser';
  onLock(): void;
  onHelp(): void;
}

/** Always visible: site and counter, clerk, shift start, clock, and the controls a clerk needs at once. */
export function Header({ session, mode, onLock, onHelp }: HeaderProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const logout = () =>
    invoke('session:logout', {})
      .then(() => queryClient.invalidateQueries({ queryKey: ['session:current'] }))
      .catch((e) => showApiError(e));
  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Text fw={700}>{session.site.name}</Text>
        <Text size="sm" c="dimmed">
          {session.counter.name}
        </Text>
        {mode === 'browser' && (
          <Badge variant="light" color="gray" size="sm">
            {t('header.browserMode')}
          </Badge>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {modulesInOrder.map(
          ({ name, badge: ModuleBadge }) =>
            ModuleBadge && moduleFitsSite(name, session.site.kind) && <ModuleBadge key={name} />,
        )}
        <SyncState timeZone={session.site.timeZone} />
        <Text size="sm" aria-label="clerk">
          {session.clerk.name}（{t(labelKey('core', 'role', session.clerk.role))}）
        </Text>
        <Text size="sm" c="dimmed">
          {t('header.shiftSince', { time: formatDateTime(session.shift.openedAt, session.site.timeZone) })}
        </Text>
        <SiteClock timeZone={session.site.timeZone} />
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="subtle" size="compact-sm" aria-label={t('header.language')}>
              {languages.find((l) => l.value === i18n.language)?.label ?? languages[0].label}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {languages.map((l) => (
              <Menu.Item key={l.value} onClick={() => setLanguage(l.value)}>
                {l.label}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Tooltip label="F1">
          <ActionIcon variant="subtle" onClick={onHelp} aria-label={t('header.help')}>
            ?
          </ActionIcon>
        </Tooltip>
        <Button size="compact-sm" variant="light" onClick={onLock}>
          {t('header.lock')}{' '}
          <Text span size="xs" c="dimmed" ml={4}>
            Ctrl+L
          </Text>
        </Button>
        <Button size="compact-sm" variant="subtle" color="gray" onClick={logout}>
          {t('header.logout')}
        </Button>
      </Group>
    </Group>
  );
}
