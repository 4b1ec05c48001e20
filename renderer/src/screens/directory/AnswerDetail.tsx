import { Blockquote, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryAnswerView } from '../../../../shared/contract/directory';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation } from '../../api/hooks';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { copyText } from './copy';

/** A common answer: the text the clerk reads out, or copies into a chat with the customer. */
export function AnswerDetail({
  answer,
  role,
  timeZone,
  onEdit,
  onClose,
}: {
  answer: DirectoryAnswerView;
  role: Role;
  timeZone: string;
  onEdit(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [voiding, setVoiding] = useState(false);
  const voidAnswer = useApiMutation('directory:voidAnswer', ['directory:', 'audit:', 'search:']);
  const voided = answer.voidedAt !== null;
  const copy = async () => {
    const ok = await copyText(answer.body);
    notifications.show(
      ok
        ? { color: 'green', message: t('directory.detail.copied') }
        : { color: 'red', message: t('directory.detail.copyFailed') },
    );
  };
  return (
    <Stack gap="xs" aria-label={answer.title} role="region">
      <Title order={4}>{answer.title}</Title>
      {voided && <Text c="red">{t('directory.detail.voided', { reason: answer.voidReason })}</Text>}
      <Blockquote p="sm" style={{ whiteSpace: 'pre-wrap' }} aria-label={t('directory.fields.body')}>
        {answer.body}
      </Blockquote>
      {answer.keywords && (
        <Text size="xs" c="dimmed">
          {`${t('directory.fields.keywords')}：${answer.keywords}`}
        </Text>
      )}
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
        <Button size="xs" onClick={copy} data-autofocus>
          {t('directory.detail.copy')}
        </Button>
      </Group>
      <AuditHistory entity="directoryAnswers" entityId={answer.id} timeZone={timeZone} />
      <VoidDialog
        opened={voiding}
        title={t('directory.detail.voidAnswer', { title: answer.title })}
        busy={voidAnswer.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidAnswer.mutateAsync({ id: answer.id, version: answer.version, reason }).then(() => {
            notifications.show({ color: 'green', message: t('directory.form.voidedDone') });
          })
        }
      />
    </Stack>
  );
}
