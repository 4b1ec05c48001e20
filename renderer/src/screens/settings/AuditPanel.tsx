import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../components/apiErrors';

export function AuditPanel({ canVerify }: { canVerify: boolean }) {
  const { t } = useTranslation();
  const verify = useApiMutation('audit:verify');
  const result = verify.data;
  return (
    <Stack maw={640} gap="xs">
      <Text size="sm">{t('settings.audit.hint')}</Text>
      <Button
        w={160}
        disabled={!canVerify}
        loading={verify.isPending}
        onClick={() => verify.mutate({}, { onError: (e) => showApiError(e) })}
      >
        {t('settings.audit.verify')}
      </Button>
      {result?.ok && (
        <Alert color="green">{t('settings.audit.ok', { count: result.count, head: result.head.slice(0, 12) })}</Alert>
      )}
      {result && !result.ok && (
        <Alert color="red" title={t('settings.audit.broken', { reason: t(result.reasonKey) })}>
          {result.seq !== undefined && <Text size="sm">{t('settings.audit.at', { seq: result.seq })}</Text>}
          {result.entity && (
            <Text size="sm">{t('settings.audit.record', { entity: result.entity, id: result.entityId })}</Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
