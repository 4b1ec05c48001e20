import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import type { StorageSlipView } from '../../../../shared/contract/storage';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { TransferDialog, UnlockDialog } from './SlipDialogs';
import { SlipStateBadge } from './SlipStateBadge';

interface SlipDetailProps {
  id: string;
  timeZone: string;
  role: Role;
  onReprint(slip: StorageSlipView): void;
  onEdit(slip: StorageSlipView): void;
  onClose(): void;
}

type Dialog = 'void' | 'transfer' | 'unlock' | null;

/** One slip: what was stored, where, who took what back and how; the acts the clerk's role allows. */
export function SlipDetail({ id, timeZone, role, onReprint, onEdit, onClose }: SlipDetailProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const slip = useApiQuery('storage:get', { id });
  const voidSlip = useApiMutation('storage:void', ['storage:', 'audit:']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const s = slip.data;
  if (!s) return null;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const done = (message: string) => {
    setDialog(null);
    notifications.show({ color: 'green', message });
  };
  const editable = s.state !== 'voided' && s.status === 'stored' && s.piecesOut === 0;
  return (
    <Stack gap={6} style={{ minWidth: 0 }} aria-label={s.serialNo}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} ff="monospace">
          {s.serialNo}
        </Title>
        <SlipStateBadge state={s.state} reason={s.voidReason} />
      </Group>
      {s.locked && (
        <Alert color="red" py={6}>
          {t('storage.detail.locked')}
        </Alert>
      )}
      <Text size="sm">
        {s.depositorName} · {maskPhone(s.phone)}
      </Text>
      <Text size="sm">
        {s.description} · {t('storage.list.piecesLeft', { left: s.pieces - s.piecesOut, total: s.pieces })} ·{' '}
        {t(labelKey('storage', 'size', s.size))} · {s.locationCode}
      </Text>
      <Text size="sm">
        {t('storage.list.depositedAt')} {at(s.depositedAt)} · {t('storage.list.expected')} {at(s.expectedPickupAt)}
      </Text>
      <Text size="sm">
        {t('storage.detail.fee', { fee: formatFen(s.feeFen), waived: formatFen(s.waivedFen) })} ·{' '}
        {t('storage.detail.clerk', { name: s.clerkName })}
      </Text>
      {s.transferTo && (
        <Text size="sm">
          {t('storage.detail.transferred', {
            to: t(labelKey('storage', 'transferTarget', s.transferTo)),
            reason: s.transferReason,
          })}
        </Text>
      )}
      {s.lostfoundItemId && (
        <Button
          size="compact-xs"
          variant="subtle"
          px={0}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => navigate(`~/lostfound/${s.lostfoundItemId}`)}
        >
          {t('storage.detail.lostfoundItem', { serial: s.lostfoundItemSerial ?? '' })}
        </Button>
      )}
      <Title order={6}>{t('storage.detail.pickups')}</Title>
      {s.pickups.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('storage.detail.noPickups')}
        </Text>
      )}
      {s.pickups.map((p) => (
        <Text size="sm" key={p.id}>
          {t('storage.detail.pickupLine', {
            at: at(p.collectedAt),
            name: p.collectorName,
            pieces: p.pieces,
            proof: t(labelKey('storage', 'proof', p.proof)),
            clerk: p.clerkName,
          })}
          {p.collectorIdMasked && ` · ${p.collectorIdMasked}`}
          {p.approvedByName && ` · ${t('storage.detail.approvedBy', { name: p.approvedByName })}`}
        </Text>
      ))}
      <Group gap="xs" mt={4}>
        <Button size="xs" variant="default" onClick={() => onReprint(s)}>
          {t('storage.detail.reprint')}
        </Button>
        {editable && (
          <Button size="xs" variant="default" onClick={() => onEdit(s)}>
            {t('storage.detail.edit')}
          </Button>
        )}
        {s.locked && (
          <Button size="xs" variant="light" onClick={() => setDialog('unlock')}>
            {t('storage.detail.unlock')}
          </Button>
        )}
        {s.state === 'unclaimed' && hasRole(role, 'supervisor') && (
          <Button size="xs" color="orange" variant="light" onClick={() => setDialog('transfer')}>
            {t('storage.detail.transfer')}
          </Button>
        )}
        {editable && hasRole(role, 'lead') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => setDialog('void')}>
            {t('storage.detail.void')}
          </Button>
        )}
        <Button size="xs" variant="subtle" ml="auto" onClick={onClose}>
          {t('storage.detail.close')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <AuditHistory entity="storageSlips" entityId={s.id} timeZone={timeZone} />
      </Box>
      <VoidDialog
        opened={dialog === 'void'}
        title={t('storage.detail.voidTitle', { serial: s.serialNo })}
        busy={voidSlip.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) =>
          voidSlip.mutateAsync({ id: s.id, version: s.version, reason }).then(() => done(t('storage.detail.voided')))
        }
      />
      <TransferDialog slip={s} opened={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={done} />
      <UnlockDialog slip={s} opened={dialog === 'unlock'} onClose={() => setDialog(null)} onDone={done} />
    </Stack>
  );
}
