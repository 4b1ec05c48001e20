import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryShopView } from '../../../../shared/contract/directory';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { DetailField } from '../../components/DetailField';
import { StatusBadge } from '../../components/StatusBadge';
import { VoidDialog } from '../../components/VoidDialog';
import { hoursText, openNow } from './hours';

/** Where the shop is, until when it is open, its number: what the clerk tells the customer. */
export function ShopDetail({
  shop,
  role,
  timeZone,
  onEdit,
  onClose,
}: {
  shop: DirectoryShopView;
  role: Role;
  timeZone: string;
  onEdit(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [voiding, setVoiding] = useState(false);
  const voidShop = useApiMutation('directory:voidShop', ['directory:', 'settings:', 'audit:', 'search:']);
  const voided = !shop.active;
  const open = openNow(shop, Date.now(), timeZone);
  return (
    <Stack gap="xs" aria-label={shop.name} role="region">
      <Group justify="space-between" wrap="nowrap">
        <Title order={4}>{shop.name}</Title>
        {voided ? (
          <StatusBadge status="voided" label={t('directory.hit.voided')} reason={shop.voidReason} />
        ) : (
          open !== null && (
            <StatusBadge
              status={open ? 'open' : 'done'}
              label={t(open ? 'directory.hit.open' : 'directory.hit.closed')}
            />
          )
        )}
      </Group>
      {voided && (
        <Text c="red">
          {shop.voidReason ? t('directory.detail.voided', { reason: shop.voidReason }) : t('directory.detail.inactive')}
        </Text>
      )}
      <Group grow align="flex-start">
        <DetailField label={t('directory.list.place')}>{`${shop.floor} ${shop.unitNo}`}</DetailField>
        <DetailField label={t('directory.fields.category')}>
          {t(labelKey('directory', 'category', shop.category))}
        </DetailField>
      </Group>
      <Group grow align="flex-start">
        <DetailField label={t('directory.fields.hours')}>{hoursText(t, shop)}</DetailField>
        <DetailField label={t('directory.fields.phone')}>{shop.phone || t('directory.detail.noPhone')}</DetailField>
      </Group>
      {shop.note && <DetailField label={t('directory.fields.note')}>{shop.note}</DetailField>}
      <Group justify="flex-end" gap="xs">
        {!voided && hasRole(role, 'lead') && (
          <Button size="xs" variant="default" color="red" onClick={() => setVoiding(true)}>
            {t('directory.detail.void')}
          </Button>
        )}
        {!voided && hasRole(role, 'supervisor') && (
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('directory.detail.edit')}
          </Button>
        )}
        <Button size="xs" variant="subtle" onClick={onClose}>
          {t('directory.detail.close')}
        </Button>
      </Group>
      <AuditHistory entity="shops" entityId={shop.id} timeZone={timeZone} />
      <VoidDialog
        opened={voiding}
        title={t('directory.detail.voidShop', { name: shop.name })}
        busy={voidShop.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidShop.mutateAsync({ id: shop.id, version: shop.version, reason }).then(() => {
            notifications.show({ color: 'green', message: t('directory.form.voidedDone') });
          })
        }
      />
    </Stack>
  );
}
