import { Badge, Group, Paper, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { SlipStateBadge } from './SlipStateBadge';

/** Which shelves and lockers hold what: one card per location, its open slips inside. */
export function LocationsView({ height, onOpen }: { height: number | string; onOpen(id: string): void }) {
  const { t } = useTranslation();
  const locations = useApiQuery('storage:locations', { includeInactive: false });
  const slips = useApiQuery('storage:list', { filter: 'open', text: '', limit: 500 });
  const all = locations.data ?? [];
  if (locations.isSuccess && all.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('storage.form.noLocations')}
      </Text>
    );
  return (
    <ScrollArea h={height}>
      <SimpleGrid cols={4} spacing="xs">
        {all.map((l) => {
          const held = (slips.data ?? []).filter((s) => s.locationId === l.id);
          return (
            <Paper key={l.id} withBorder p="xs" aria-label={l.code}>
              <Group justify="space-between" wrap="nowrap" mb={4}>
                <Text fw={700}>{l.code}</Text>
                <Group gap={4}>
                  <Badge size="xs" variant="outline" color="gray">
                    {t(labelKey('storage', 'locationKind', l.kind))}
                  </Badge>
                  {l.shared && (
                    <Badge size="xs" variant="outline">
                      {t('storage.form.shared')}
                    </Badge>
                  )}
                </Group>
              </Group>
              {held.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('storage.locations.free')}
                </Text>
              ) : (
                <Stack gap={2}>
                  {held.map((s) => (
                    <Group key={s.id} gap={4} wrap="nowrap" style={{ cursor: 'pointer' }} onClick={() => onOpen(s.id)}>
                      <Text size="xs" ff="monospace">
                        {s.serialNo.slice(-4)}
                      </Text>
                      <Text size="xs" style={{ flex: 1 }} truncate>
                        {s.depositorName} ·{' '}
                        {t('storage.list.piecesLeft', { left: s.pieces - s.piecesOut, total: s.pieces })}
                      </Text>
                      <SlipStateBadge state={s.state} />
                    </Group>
                  ))}
                </Stack>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </ScrollArea>
  );
}
