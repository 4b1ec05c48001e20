import { Badge, Group, Kbd, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ModuleName } from '../../../shared/modules';
import { titleKey } from '../app/labels';
import type { ScreenShortcut } from '../app/module';
import { rendererModules } from '../app/modules';
import { type NavEntry, PICKER_KEY } from './navigation';

function Row({ keys, label }: { keys: string[]; label: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Group gap={4} wrap="nowrap">
        {keys.map((key) => (
          <Kbd key={key}>{key}</Kbd>
        ))}
      </Group>
    </Group>
  );
}

function ScreenKeys({
  title,
  shortcuts,
  current,
}: {
  title: string;
  shortcuts: readonly ScreenShortcut[];
  current?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} role="group" aria-label={title}>
      <Group gap="xs" mt="sm" wrap="nowrap">
        <Title order={6}>{title}</Title>
        {current && (
          <Badge size="xs" variant="light">
            {t('cheatsheet.current')}
          </Badge>
        )}
      </Group>
      {shortcuts.map((s) => (
        <Row key={s.keys} keys={[s.keys]} label={t(s.labelKey)} />
      ))}
    </Stack>
  );
}

/**
 * F1: every shortcut there is. The frame's, each module's entry in the navigation, and the keys of each screen from
 * the module's registry definition (`shortcuts`), the screen the clerk is on first.
 */
export function CheatSheet({ opened, onClose, entries }: { opened: boolean; onClose(): void; entries: NavEntry[] }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const modules = entries.flatMap((e) => (e.key === 'settings' ? [] : [rendererModules[e.key as ModuleName]]));
  const here = modules.find((m) => location === m.path || location.startsWith(`${m.path}/`));
  const screens = [...(here ? [here] : []), ...modules.filter((m) => m !== here)].filter((m) => m.shortcuts.length > 0);
  return (
    <Modal opened={opened} onClose={onClose} title={t('cheatsheet.title')} size={980}>
      <SimpleGrid cols={3} spacing="xl">
        <Stack gap={6}>
          <Title order={6}>{t('cheatsheet.global')}</Title>
          <Row keys={['Ctrl+K']} label={t('cheatsheet.search')} />
          <Row keys={[PICKER_KEY.label]} label={t('cheatsheet.picker')} />
          <Row keys={['Ctrl+L']} label={t('cheatsheet.lock')} />
          <Row keys={['F1']} label={t('cheatsheet.help')} />
          <Title order={6} mt="sm">
            {t('cheatsheet.form')}
          </Title>
          <Row keys={['Enter']} label={t('cheatsheet.save')} />
          <Row keys={['Ctrl+Enter']} label={t('cheatsheet.saveMultiline')} />
          <Row keys={['Esc']} label={t('cheatsheet.cancel')} />
          {here && here.shortcuts.length === 0 && (
            <Text size="sm" c="dimmed" mt="sm">
              {t('cheatsheet.noScreenKeys', { screen: t(titleKey(here.name)) })}
            </Text>
          )}
        </Stack>
        <Stack gap={0}>
          {screens.map((m) => (
            <ScreenKeys key={m.name} title={t(titleKey(m.name))} shortcuts={m.shortcuts} current={m === here} />
          ))}
        </Stack>
        <Stack gap={6}>
          <Title order={6}>{t('cheatsheet.modules')}</Title>
          {entries.map((entry) => (
            <Row key={entry.key} keys={entry.keys} label={t(entry.titleKey)} />
          ))}
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
