import { Alert, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';

/** Checks the audit chain, optionally against a head printed on a handover sheet. */
export function AuditPanel({ canVerify }: { canVerify: boolean }) {
  const { t } = useTranslation();
  const verify = useApiMutation('audit:verify');
  const [count, setCount] = useState<number | string>('');
  const [hashPrefix, setHashPrefix] = useState('');
  const result = verify.data;
  const run = () => {
    const printed = typeof count === 'number' && hashPrefix ? { count, hashPrefix } : undefined;
    verify.mutate({ printed }, { onError: (e) => showApiError(e) });
  };
  return (
    <Stack maw={640} gap="xs">
      <Text size="sm">{t('settings.audit.hint')}</Text>
      <Group align="flex-end">
        <NumberInput
          label={t('settings.audit.printedCount')}
          value={count}
          onChange={setCount}
          min={1}
          allowDecimal={false}
          w={160}
        />
        <TextInput
          label={t('settings.audit.printedHead')}
          value={hashPrefix}
          onChange={(e) => setHashPrefix(e.currentTarget.value)}
          w={200}
        />
        <Button disabled={!canVerify} loading={verify.isPending} onClick={run}>
          {t('settings.audit.verify')}
        </Button>
      </Group>
      {result?.ok && (
        <Alert color="green">{t('settings.audit.ok', { count: result.count, head: result.head.slice(0, 12) })}</Alert>
      )}
      {result && !result.ok && (
        <Alert color="red" title={t('settings.audit.broken', { reason: t(result.reasonKey) })}>
          {result.seq !== undefined && <Text size="sm">{t('settings.audit.at', { seq: result.seq })}</Text>}
          {result.source && (
            <Text size="sm">{t(`settings.audit.source.${result.source.kind}`, { name: result.source.name })}</Text>
          )}
          {result.record && (
            <Text size="sm">
              {t('settings.audit.record', { entity: t(result.record.entityKey), name: result.record.name })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
