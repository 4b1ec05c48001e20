import { Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the module's issue lands. */
export function ComingSoon({ module }: { module: string }) {
  const { t } = useTranslation();
  return (
    <Center h="60vh">
      <Stack align="center" gap="xs">
        <Title order={3}>{t(`nav.${module}`)}</Title>
        <Text c="dimmed">{t('app.comingHint', { module: t(`nav.${module}`) })}</Text>
      </Stack>
    </Center>
  );
}
