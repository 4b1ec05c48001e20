import { Badge, Box, Button, Group, Image, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LostfoundItemView } from '../../../../shared/contract/lostfound';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { formatFen, maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { ClaimDialog } from './ClaimDialog';
import { DisposeDialog } from './DisposeDialog';
import { ItemEditDialog } from './ItemEditDialog';
import { ItemStateBadge } from './ItemStateBadge';

interface ItemDetailProps {
  id: string;
  timeZone: string;
  role: Role;
  onPrint(item: LostfoundItemView): void;
  onClose(): void;
}

type Dialog = 'claim' | 'dispose' | 'void' | 'edit' | null;

/** One found item: what, where, when, its photo; who claimed it or where it went; the acts the role allows. */
export function ItemDetail({ id, timeZone, role, onPrint, onClose }: ItemDetailProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const item = useApiQuery('lostfound:get', { id });
  const photo = useApiQuery('lostfound:photo', { id }, { enabled: item.data?.hasPhoto === true });
  const voidItem = useApiMutation('lostfound:void', ['lostfound:', 'audit:']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const it = item.data;
  if (!it) return null;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const held = it.state === 'held' || it.state === 'due';
  return (
    <Stack gap={6} style={{ minWidth: 0 }} aria-label={it.serialNo}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} ff="monospace">
          {it.serialNo}
        </Title>
        <Group gap={4}>
          {it.valuable && <Badge color="orange">{t('lostfound.list.valuable')}</Badge>}
          <ItemStateBadge state={it.state} reason={it.voidReason} />
        </Group>
      </Group>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {photo.data?.photo ? (
          <Image src={photo.data.photo} alt={t('lostfound.fields.photo')} w={120} h={90} fit="cover" radius="sm" />
        ) : (
          <Text size="xs" c="dimmed" w={120}>
            {t('lostfound.detail.noPhoto')}
          </Text>
        )}
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm">
            {t(labelKey('lostfound', 'category', it.category))} · {it.description}
          </Text>
          <Text size="sm">
            {[it.colour, it.brand, t(labelKey('lostfound', 'valueClass', it.valueClass))].filter(Boolean).join(' · ')}
            {it.cashFen > 0 && ` · ${t('lostfound.detail.cash', { amount: formatFen(it.cashFen) })}`}
          </Text>
          <Text size="sm">
            {it.foundPlace} · {at(it.foundAt)} · {it.storagePlace}
          </Text>
          <Text size="sm">
            {t('lostfound.detail.finder', {
              kind: t(labelKey('lostfound', 'finderKind', it.finderKind)),
              name: it.finderName,
            })}
          </Text>
          {it.sourceSlipId && (
            <Button
              size="compact-xs"
              variant="subtle"
              px={0}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => navigate(`~/storage/${it.sourceSlipId}`)}
            >
              {t('lostfound.detail.fromStorage', { serial: it.fromStorageSerial ?? '' })}
            </Button>
          )}
        </Stack>
      </Group>
      <Text size="sm">
        {held && `${t('lostfound.detail.keepUntil', { at: at(it.keepUntil) })} · `}
        {t('lostfound.detail.clerk', { name: it.clerkName })}
      </Text>
      {it.status === 'claimed' && (
        <Text size="sm">
          {t('lostfound.detail.claimed', {
            name: it.claimantName,
            phone: maskPhone(it.claimantPhone ?? ''),
            idType: it.claimantIdType ? t(labelKey('lostfound', 'idType', it.claimantIdType)) : '',
            id: it.claimantIdMasked,
          })}
          {it.claimApprovedByName && ` · ${t('lostfound.detail.approvedBy', { name: it.claimApprovedByName })}`}
        </Text>
      )}
      {it.claimReportId && (
        <Button
          size="compact-xs"
          variant="subtle"
          px={0}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => navigate(`~/lostfound/reports/${it.claimReportId}`)}
        >
          {t('lostfound.detail.claimReport', { serial: it.claimReportSerial ?? '' })}
        </Button>
      )}
      {(it.status === 'police' || it.status === 'disposed') && (
        <Text size="sm">
          {t('lostfound.detail.closed', {
            to: t(labelKey('lostfound', 'itemStatus', it.status)),
            reason: it.closeReason,
            name: it.closedByName,
          })}
        </Text>
      )}
      <Group gap="xs" mt={4}>
        {held && (
          <Button size="xs" onClick={() => setDialog('claim')}>
            {t('lostfound.detail.claim')}
          </Button>
        )}
        {held && (
          <Button size="xs" variant="default" onClick={() => setDialog('edit')}>
            {t('lostfound.detail.edit')}
          </Button>
        )}
        {it.state === 'due' && (
          <Button size="xs" color="orange" variant="light" onClick={() => setDialog('dispose')}>
            {t('lostfound.detail.dispose')}
          </Button>
        )}
        {it.status === 'claimed' && (
          <Button size="xs" variant="default" onClick={() => onPrint(it)}>
            {t('lostfound.detail.reprint')}
          </Button>
        )}
        {held && hasRole(role, 'lead') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => setDialog('void')}>
            {t('lostfound.detail.void')}
          </Button>
        )}
        <Button size="xs" variant="subtle" ml="auto" onClick={onClose}>
          {t('lostfound.detail.close')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <AuditHistory entity="lostfoundItems" entityId={it.id} timeZone={timeZone} />
      </Box>
      {dialog === 'edit' && (
        <ItemEditDialog
          item={it}
          photo={photo.data?.photo ?? null}
          timeZone={timeZone}
          onClose={() => setDialog(null)}
        />
      )}
      <ClaimDialog
        item={it}
        opened={dialog === 'claim'}
        onClose={() => setDialog(null)}
        onClaimed={(after) => {
          setDialog(null);
          notifications.show({ color: 'green', message: t('lostfound.claim.done') });
          onPrint(after);
        }}
      />
      <DisposeDialog
        item={it}
        opened={dialog === 'dispose'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          notifications.show({ color: 'green', message: t('lostfound.dispose.done') });
        }}
      />
      <VoidDialog
        opened={dialog === 'void'}
        title={t('lostfound.detail.voidTitle', { serial: it.serialNo })}
        busy={voidItem.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) =>
          voidItem.mutateAsync({ id: it.id, version: it.version, reason }).then(() => {
            setDialog(null);
            notifications.show({ color: 'green', message: t('lostfound.detail.voided') });
          })
        }
      />
    </Stack>
  );
}
