import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { moneyInputText, parseMoney } from '../../../../shared/contract/money';
import { type StorageSettingsView, storageSettingsInput } from '../../../../shared/contract/storage';
import { useApiMutation } from '../../api/hooks';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { feeRule, waiverRule } from './depositModel';

interface Values {
  fee: string;
  waiverLimit: string;
  claimFailures: string;
  slipLayout: '80mm' | 'A5';
}

const fieldOf: Record<string, keyof Values> = {
  feeFen: 'fee',
  waiverLimitFen: 'waiverLimit',
  claimFailuresBeforeLock: 'claimFailures',
  slipLayout: 'slipLayout',
};

/** The module's own numbers, supervisor only; the unclaimed days stay in the site policy. */
export function StorageSettingsForm({ settings }: { settings: StorageSettingsView }) {
  const { t } = useTranslation();
  const save = useApiMutation('storage:saveSettings', ['storage:', 'audit:']);
  const form = useForm<Values>({
    initialValues: {
      fee: moneyInputText(settings.feeFen),
      waiverLimit: moneyInputText(settings.waiverLimitFen),
      claimFailures: String(settings.claimFailuresBeforeLock),
      slipLayout: settings.slipLayout,
    },
  });
  const submit = () => {
    const v = form.getValues();
    const fee = parseMoney(v.fee, feeRule);
    const limit = parseMoney(v.waiverLimit, waiverRule);
    if (!fee.ok) return form.setFieldError('fee', translateMessage(fee.messageKey));
    if (!limit.ok) return form.setFieldError('waiverLimit', translateMessage(limit.messageKey));
    const parsed = storageSettingsInput.safeParse({
      feeFen: fee.fen,
      waiverLimitFen: limit.fen,
      claimFailuresBeforeLock: /^\d+$/.test(v.claimFailures) ? Number(v.claimFailures) : 0,
      slipLayout: v.slipLayout,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        form.setFieldError(fieldOf[String(issue.path[0])] ?? 'fee', translateMessage(issue.message));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: () => notifications.show({ color: 'green', message: t('storage.settings.saved') }),
      onError: (e) => showApiError(e, { setFieldError: (f, m) => form.setFieldError(fieldOf[f] ?? f, m) }),
    });
  };
  return (
    <form
      aria-label={t('storage.settings.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Title order={5}>{t('storage.settings.title')}</Title>
        <TextInput label={t('storage.settings.fee')} inputMode="decimal" {...field(form, 'fee')} />
        <TextInput label={t('storage.settings.waiverLimit')} inputMode="decimal" {...field(form, 'waiverLimit')} />
        <TextInput label={t('storage.settings.claimFailures')} inputMode="numeric" {...field(form, 'claimFailures')} />
        <NativeSelect
          label={t('storage.settings.layout')}
          data={[
            { value: '80mm', label: '80 mm' },
            { value: 'A5', label: 'A5' },
          ]}
          {...field(form, 'slipLayout')}
        />
        <Text size="xs" c="dimmed">
          {t('storage.settings.overdueDays', { days: settings.overdueDays })}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('storage.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
