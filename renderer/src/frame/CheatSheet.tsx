import { Group, Kbd, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { titleKey } from '../app/labels';
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

/** F1: every shortcut, the modules' from the same entries the navigation shows. */
export function CheatSheet({ opened, onClose, entries }: { opened: boolean; onClose(): void; entries: NavEntry[] }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cheatsheet.title')} size="lg">
      <SimpleGrid cols={2} spacing="xl">
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
          <Title order={6} mt="sm">
            {t(titleKey('reception'))}
          </Title>
          <Row keys={['↑ / ↓']} label={t('reception.keys.move')} />
          <Row keys={['Ctrl+O']} label={t('reception.keys.signOut')} />
          <Row keys={['Ctrl+P']} label={t('reception.keys.evacuation')} />
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
