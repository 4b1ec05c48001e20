import { Group, Kbd, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { modules } from './modules';

function Row({ keys, label }: { keys: string; label: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Kbd>{keys}</Kbd>
    </Group>
  );
}

export function CheatSheet({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cheatsheet.title')} size="lg">
      <SimpleGrid cols={2} spacing="xl">
        <Stack gap={6}>
          <Title order={6}>{t('cheatsheet.global')}</Title>
          <Row keys="Ctrl+K" label={t('cheatsheet.search')} />
          <Row keys="Ctrl+L" label={t('cheatsheet.lock')} />
          <Row keys="F1" label={t('cheatsheet.help')} />
          <Title order={6} mt="sm">
            {t('cheatsheet.form')}
          </Title>
          <Row keys="Enter" label={t('cheatsheet.save')} />
          <Row keys="Ctrl+Enter" label={t('cheatsheet.saveMultiline')} />
          <Row keys="Esc" label={t('cheatsheet.cancel')} />
          <Title order={6} mt="sm">
            {t('nav.reception')}
          </Title>
          <Row keys="↑ / ↓" label={t('reception.keys.move')} />
          <Row keys="Ctrl+O" label={t('reception.keys.signOut')} />
          <Row keys="Ctrl+P" label={t('reception.keys.evacuation')} />
        </Stack>
        <Stack gap={6}>
          <Title order={6}>{t('cheatsheet.modules')}</Title>
          {modules.map((m) => (
            <Row key={m.key} keys={m.label} label={t(`nav.${m.key}`)} />
          ))}
        </Stack>
      </SimpleGrid>
    </Modal>
  );
}
