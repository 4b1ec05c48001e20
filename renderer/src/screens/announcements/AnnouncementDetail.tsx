import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnouncementView } from '../../../../shared/contract/announcements';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { AnnouncementStateBadge } from './AnnouncementStateBadge';
import { CloseCaseForm } from './CloseCaseForm';
import { EditAnnouncementForm } from './EditAnnouncementForm';
import { LostChildChecklist } from './LostChildChecklist';

interface AnnouncementDetailProps {
  id: string;
  timeZone: string;
  role: Role;
  onPrint(item: AnnouncementView): void;
  onClose(): void;
}

/** One announcement: its text and readings; a lost child's checklist and hand-over while open; edit, void, history. */
export function AnnouncementDetail({ id, timeZone, role, onPrint, onClose }: AnnouncementDetailProps) {
  const { t } = useTranslation();
  const query = useApiQuery('announcements:get', { id });
  const read = useApiMutation('announcements:read', ['announcements:', 'audit:']);
  const voidIt = useApiMutation('announcements:void', ['announcements:', 'audit:']);
  const [voiding, setVoiding] = useState(false);
  const [editing, setEditing] = useState(false);
  const a = query.data;
  if (!a) return null;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const lostChild = a.kind === 'lost_child';
  const live = a.state === 'logged' || a.state === 'open';
  return (
    <Stack gap={6} style={{ minWidth: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} ff="monospace">
          {a.serialNo}
        </Title>
        <Group gap={4}>
          <Text size="sm">{t(labelKey('announcements', 'kind', a.kind))}</Text>
          <AnnouncementStateBadge state={a.state} reason={a.voidReason} />
        </Group>
      </Group>
      {editing ? (
        <EditAnnouncementForm key={a.version} item={a} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.text}
          </Text>
          <Text size="sm">
            {t('announcements.detail.requester', { name: a.requesterName, phone: maskPhone(a.requesterPhone) })}
          </Text>
          {lostChild && (
            <>
              <Text size="sm" fw={600}>
                {t('announcements.detail.child', {
                  name: a.childName || '—',
                  gender: a.childGender ? t(labelKey('announcements', 'gender', a.childGender)) : '',
                  age: a.childAge === null ? '' : t('announcements.detail.age', { age: a.childAge }),
                  description: a.childDescription,
                })}
              </Text>
              <Text size="sm">{t('announcements.detail.lastSeen', { place: a.lastSeenPlace })}</Text>
            </>
          )}
        </>
      )}
      <Text size="sm" c="dimmed">
        {t('announcements.detail.logged', { at: at(a.createdAt), clerk: a.clerkName })} ·{' '}
        {t('announcements.detail.reads', { count: a.timesRead, at: at(a.lastReadAt) })}
      </Text>
      {lostChild && <LostChildChecklist item={a} timeZone={timeZone} />}
      {a.state === 'closed' && a.closedAt !== null && a.outcome && (
        <Text size="sm">
          {t('announcements.detail.closedLine', {
            at: at(a.closedAt),
            outcome: t(labelKey('announcements', 'outcome', a.outcome)),
          })}
          {a.handedToName
            ? ` · ${t('announcements.detail.handedTo', {
                name: a.handedToName,
                relation: a.handedToRelation ?? '',
                idType: a.handedToIdType ? t(labelKey('announcements', 'idType', a.handedToIdType)) : '',
                id: a.handedToIdMasked ?? '',
              })}`
            : ` · ${a.closeNote ?? ''}`}
        </Text>
      )}
      {a.state === 'open' && <CloseCaseForm key={a.version} item={a} onClosed={onPrint} />}
      <Group gap="xs" mt={4}>
        {live && (
          <Button
            size="xs"
            variant="light"
            loading={read.isPending}
            onClick={() =>
              read.mutate(
                { id: a.id },
                {
                  onSuccess: (after) =>
                    notifications.show({
                      color: 'green',
                      message: t('announcements.detail.readDone', { count: after.timesRead }),
                    }),
                  onError: (e) => showApiError(e),
                },
              )
            }
          >
            {t('announcements.detail.readAgain')}
          </Button>
        )}
        {a.state !== 'voided' && (
          <Button size="xs" variant="default" onClick={() => setEditing((v) => !v)}>
            {t('announcements.detail.edit')}
          </Button>
        )}
        {lostChild && (
          <Button size="xs" variant="default" onClick={() => onPrint(a)}>
            {t('announcements.detail.print')}
          </Button>
        )}
        {a.state !== 'voided' && hasRole(role, 'lead') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => setVoiding(true)}>
            {t('announcements.detail.void')}
          </Button>
        )}
        <Button size="xs" variant="subtle" ml="auto" onClick={onClose}>
          {t('announcements.detail.close')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <AuditHistory entity="announcements" entityId={a.id} timeZone={timeZone} />
      </Box>
      <VoidDialog
        opened={voiding}
        title={t('announcements.detail.voidTitle', { serial: a.serialNo })}
        busy={voidIt.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidIt.mutateAsync({ id: a.id, reason }).then(() => {
            setVoiding(false);
            notifications.show({ color: 'green', message: t('announcements.detail.voided') });
          })
        }
      />
    </Stack>
  );
}
