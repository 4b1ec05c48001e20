import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageSlipView } from '../../../../shared/contract/storage';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { PickupForm } from './PickupForm';
import { SlipStateBadge } from './SlipStateBadge';

/**
 * A scanner is a keyboard that types the slip number and Enter: the scan field has focus, and typing anywhere
 * else on this screen (outside another field) lands in it too.
 */
export function PickupPanel({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const scanRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<StorageSlipView[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = useApiQuery('storage:get', { id: selectedId ?? '' }, { enabled: selectedId !== null });

  useEffect(() => {
    const redirect = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [role="dialog"]') || e.ctrlKey || e.altKey || e.metaKey) return;
      if (e.key.length === 1) scanRef.current?.focus();
    };
    document.addEventListener('keydown', redirect);
    return () => document.removeEventListener('keydown', redirect);
  }, []);

  const find = () => {
    const q = query.trim();
    if (!q) return;
    invoke('storage:find', { query: q })
      .then((slips) => {
        setFound(slips);
        const open = slips.filter((s) => s.status === 'stored' && s.voidedAt === null);
        setSelectedId(slips.length === 1 ? (slips[0]?.id ?? null) : open.length === 1 ? (open[0]?.id ?? null) : null);
      })
      .catch((e) => showApiError(e));
  };
  const reset = () => {
    setQuery('');
    setFound(null);
    setSelectedId(null);
    window.setTimeout(() => scanRef.current?.focus(), 0);
  };
  const slip = selected.data;
  return (
    <Stack gap="xs" maw={860}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          ref={scanRef}
          style={{ flex: 1 }}
          label={t('storage.pickup.scanLabel')}
          description={t('storage.pickup.scan')}
          autoFocus
          data-autofocus
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              find();
            }
          }}
        />
        <Button onClick={find}>{t('storage.pickup.find')}</Button>
      </Group>
      {found && found.length === 0 && <Alert color="yellow">{t('storage.pickup.nothing')}</Alert>}
      {found && found.length > 1 && (
        <Paper withBorder p="xs">
          <Text size="sm" mb={4}>
            {t('storage.pickup.choose')}
          </Text>
          <Table highlightOnHover fz="sm" verticalSpacing={3}>
            <Table.Tbody>
              {found.map((s) => (
                <Table.Tr key={s.id} onClick={() => setSelectedId(s.id)} style={{ cursor: 'pointer' }}>
                  <Table.Td ff="monospace">{s.serialNo}</Table.Td>
                  <Table.Td>
                    {s.depositorName} {maskPhone(s.phone)}
                  </Table.Td>
                  <Table.Td>{s.description}</Table.Td>
                  <Table.Td>{formatDateTime(s.depositedAt, timeZone)}</Table.Td>
                  <Table.Td>
                    <SlipStateBadge state={s.state} reason={s.voidReason} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {slip && (
        <Paper withBorder p="sm">
          {slip.status === 'stored' && slip.voidedAt === null ? (
            <PickupForm key={`${slip.id}-${slip.piecesOut}`} slip={slip} onDone={reset} />
          ) : (
            <Group gap="xs">
              <Text size="sm" ff="monospace">
                {slip.serialNo}
              </Text>
              <SlipStateBadge state={slip.state} reason={slip.voidReason} />
              <Text size="sm">
                {t('storage.pickup.notOpen', { state: t(labelKey('storage', 'state', slip.state)) })}
              </Text>
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
