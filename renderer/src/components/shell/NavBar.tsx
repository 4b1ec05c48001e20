import { Kbd, NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { modules } from './modules';

export function NavBar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <ScrollArea p={6} component="nav" aria-label="modules">
      {modules.map((m) => (
        <NavLink
          key={m.key}
          component={Link}
          href={m.path}
          active={location.startsWith(m.path)}
          label={t(`nav.${m.key}`)}
          rightSection={<Kbd size="xs">{m.label}</Kbd>}
          styles={{ root: { borderRadius: 4 } }}
        />
      ))}
    </ScrollArea>
  );
}
