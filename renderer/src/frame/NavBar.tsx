import { Group, Kbd, NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { NavEntry } from './navigation';

/** One entry per registered module (and settings), each with its shortcuts. */
export function NavBar({ entries }: { entries: NavEntry[] }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <ScrollArea p={6} component="nav" aria-label="modules">
      {entries.map((entry) => (
        <NavLink
          key={entry.key}
          component={Link}
          href={entry.path}
          active={location.startsWith(entry.path)}
          label={t(entry.titleKey)}
          rightSection={
            <Group gap={2} wrap="nowrap">
              {entry.keys.map((key) => (
                <Kbd key={key} size="xs">
                  {key}
                </Kbd>
              ))}
            </Group>
          }
          styles={{ root: { borderRadius: 4 }, label: { whiteSpace: 'nowrap' } }}
        />
      ))}
    </ScrollArea>
  );
}
