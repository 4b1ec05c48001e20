import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/contract/money';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { GiftStateBadge } from './GiftStateBadge';

interface GiftDetailProps {
  id: string;
  timeZone: string;
  role: Role;
  onClose(): void;
}

/** One gift handed out: to whom, against what (receipts or a draw), by whom; a lead may void it with a reason. */
export function GiftDetail({ id, timeZone, role, onClose }: GiftDetailProps) {
  const { t } = useTranslation();
  const record = useApiQuery('gifts:get', { id });
  const voidRecord = useApiMutation('gifts:void', ['gifts:', 'audit:', 'search:']);
  const [voiding, setVoiding] = useState(false);
  const g = record.data;
  if (!g) return null;
  const redemption = g.recordKind === 'redemption';
  return (
    <Stack gap={6} style={{ minWidth: 0 }} aria-label={g.serialNo}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} ff="monospace">
          {g.serialNo}
        </Title>
        <GiftStateBadge state={g.state} reason={g.voidReason} />
      </Group>
      <Text size="sm">
        {t(labelKey('gifts', 'recordKind', g.recordKind))} · {g.campaignName} · {g.itemName}
      </Text>
      <Text size="sm">
        {g.personName} {maskPhone(g.phone)}
      </Text>
      {redemption ? (
        <Text size="sm">
          {t('gifts.detail.receipts', { receipts: g.receiptNos.join('、'), amount: formatMoney(g.amountFen) })}
        </Text>
      ) : (
        <Text size="sm">{t('gifts.detail.draw', { draw: g.drawName, lead: g.approvedByName })}</Text>
      )}
      <Text size="sm">
        {t('gifts.detail.given', { at: formatDateTime(g.createdAt, timeZone), clerk: g.clerkName })}
      </Text>
      {g.voidReason && <Text size="sm">{t('gifts.detail.voidReason', { reason: g.voidReason })}</Text>}
      <Group gap="xs" mt={4}>
        {g.state === 'done' && hasRole(role, 'lead') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => setVoiding(true)}>
            {t('gifts.detail.void')}
          </Button>
        )}
        <Button size="xs" variant="subtle" ml="auto" onClick={onClose}>
          {t('gifts.detail.close')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <AuditHistory entity={redemption ? 'giftRedemptions' : 'giftDraws'} entityId={g.id} timeZone={timeZone} />
      </Box>
      <VoidDialog
        opened={voiding}
        title={t('gifts.detail.voidTitle', { serial: g.serialNo })}
        busy={voidRecord.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidRecord.mutateAsync({ id: g.id, reason }).then(() => {
            setVoiding(false);
            notifications.show({ color: 'green', message: t('gifts.detail.voided') });
          })
        }
      />
    </Stack>
  );
}
