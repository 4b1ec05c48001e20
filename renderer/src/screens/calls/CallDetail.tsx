import { Button, Group, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type CallView, formatDuration } from '../../../../shared/contract/calls';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { formatDateTime } from '../../lib/time';
import { CustomerFileButton } from '../customers/CustomerFileButton';
import { CallStatus } from './CallList';

interface CallDetailProps {
  id: string;
  timeZone: string;
  canVoid: boolean;
  onEdit(call: CallView): void;
  onAnswer(call: CallView): void;
  onOpen(id: string): void;
}

/** One call in full (the number unmasked), what it promised, and its audit history. */
export function CallDetail({ id, timeZone, canVoid, onEdit, onAnswer, onOpen }: CallDetailProps) {
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const call = useApiQuery('calls:get', { id });
  const voidCall = useApiMutation('calls:void', ['calls:', 'audit:']);
  const [voiding, setVoiding] = useState(false);
  const c = call.data;
  if (!c) return null;
  const live = c.voidedAt === null;
  const item = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
  return (
    <ScrollArea h="calc(100vh - 90px)" type="auto">
      <Stack gap="xs" pr="xs" aria-label={c.serialNo}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4}>{c.serialNo}</Title>
            <CallStatus call={c} />
          </Group>
          <Group gap={6}>
            {live && c.callbackStatus && c.callbackStatus !== 'done' && (
              <Button size="xs" onClick={() => onAnswer(c)}>
                {t('calls.queue.answer')}
              </Button>
            )}
            {live && c.category === 'repair' && !c.repairOrderId && (
              <Button size="xs" variant="light" onClick={() => navigate(`~/repairs/from-call/${c.id}`)}>
                {t('repairs.form.convert')}
              </Button>
            )}
            {live && c.category === 'complaint' && !c.complaintId && (
              <Button size="xs" variant="light" onClick={() => navigate(`~/complaints/from-call/${c.id}`)}>
                {t('complaints.calls.convert')}
              </Button>
            )}
            {live && <CustomerFileButton phone={c.phone} name={c.callerName} />}
            {live && (
              <Button size="xs" variant="default" onClick={() => onEdit(c)}>
                {t('calls.detail.edit')}
              </Button>
            )}
            {live && canVoid && (
              <Button size="xs" variant="subtle" color="red" onClick={() => setVoiding(true)}>
                {t('calls.detail.void')}
              </Button>
            )}
          </Group>
        </Group>
        {!live && (
          <Text size="sm" c="red">
            {t('calls.detail.voided', { reason: c.voidReason })}
          </Text>
        )}
        <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
          {item(t('calls.fields.startedAt'), formatDateTime(c.startedAt, timeZone))}
          {item(t('calls.fields.direction'), t(labelKey('calls', 'direction', c.direction)))}
          {item(t('calls.fields.duration'), formatDuration(c.durationSec))}
          {item(t('calls.fields.callerName'), c.callerName)}
          {item(t('calls.fields.phone'), c.phone)}
          {item(t('calls.fields.category'), t(labelKey('calls', 'category', c.category)))}
          {item(t('calls.fields.transferredTo'), c.transferDepartmentName ?? c.transferredTo)}
          {item(t('calls.fields.clerk'), c.clerkName)}
          {c.replyNeeded &&
            c.replyDueAt !== null &&
            item(t('calls.fields.replyDueAt'), formatDateTime(c.replyDueAt, timeZone))}
        </SimpleGrid>
        {item(t('calls.fields.summary'), <span style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</span>)}
        {c.result && item(t('calls.fields.result'), c.result)}
        <Group gap="xs">
          {c.complaintId && (
            <Button size="compact-xs" variant="subtle" onClick={() => navigate(`~/complaints/${c.complaintId}`)}>
              {t('calls.detail.complaint', { serial: c.complaintSerial ?? '' })}
            </Button>
          )}
          {c.repairOrderId && (
            <Button size="compact-xs" variant="subtle" onClick={() => navigate(`~/repairs/${c.repairOrderId}`)}>
              {t('calls.detail.repairOrder', { serial: c.repairOrderSerial })}
            </Button>
          )}
          {c.answeredByCallId && (
            <Button size="compact-xs" variant="subtle" onClick={() => c.answeredByCallId && onOpen(c.answeredByCallId)}>
              {t('calls.detail.answeredBy')}
            </Button>
          )}
          {c.answersCallId && (
            <Button size="compact-xs" variant="subtle" onClick={() => c.answersCallId && onOpen(c.answersCallId)}>
              {t('calls.detail.answers')}
            </Button>
          )}
        </Group>
        <AuditHistory entity="calls" entityId={c.id} timeZone={timeZone} />
      </Stack>
      <VoidDialog
        opened={voiding}
        title={t('calls.detail.voidTitle', { serial: c.serialNo })}
        busy={voidCall.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidCall
            .mutateAsync({ id: c.id, version: c.version, reason })
            .then(() => notifications.show({ message: t('common.saved') }))
        }
      />
    </ScrollArea>
  );
}
