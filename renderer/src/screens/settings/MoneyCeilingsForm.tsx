import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MoneyCeilings,
  moneyCeilingMaxFen,
  moneyFields,
  moneyInputText,
  parseMoney,
} from '../../../../shared/contract/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormRefusal } from '../../components/FormRefusal';
import { translateMessage } from '../../i18n';
import { isStale, refusalText, showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';

type Values = Record<string, string>;

const textsOf = (ceilings: MoneyCeilings): Values =>
  Object.fromEntries(moneyFields.map((f) => [f, moneyInputText(ceilings[f])]));

/**
 * The largest amount each money field takes (supervisor): typed in yuan like any amount, saved with the version it
 * was based on, so a second supervisor's older form is refused and reloaded instead of undoing the first one's save.
 */
export function MoneyCeilingsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const stored = useApiQuery('settings:moneyCeilings', {});
  const save = useApiMutation('settings:saveMoneyCeilings', ['settings:']);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues: {} });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when new stored values arrive
  useEffect(() => {
    if (!stored.data) return;
    form.setValues(textsOf(stored.data.ceilings));
    form.resetDirty();
  }, [stored.data]);
  const submit = () => {
    if (!stored.data) return;
    const values = form.getValues();
    const ceilings: Partial<MoneyCeilings> = {};
    let refused = false;
    for (const f of moneyFields) {
      const parsed = parseMoney(values[f] ?? '', { field: f, ceilingFen: moneyCeilingMaxFen });
      if (parsed.ok) ceilings[f] = parsed.fen;
      else {
        form.setFieldError(f, translateMessage(parsed.messageKey));
        refused = true;
      }
    }
    if (refused) return;
    setRefusal(null);
    save.mutate(
      { version: stored.data.version, ceilings: ceilings as MoneyCeilings },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('common.saved') }),
        onError: (e) => {
          if (isStale(e)) {
            setRefusal(refusalText(e));
            void stored.refetch();
          } else showApiError(e, form);
        },
      },
    );
  };
  return (
    <form
      aria-label={t('money.ceilings.title')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs" maw={900} mt="xl">
        <Title order={6}>{t('money.ceilings.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('money.ceilings.hint')}
        </Text>
        <FormRefusal message={refusal} />
        <SimpleGrid cols={3} spacing="xs">
          {moneyFields.map((f) => (
            <TextInput
              key={f}
              label={t(`money.ceilings.${f}`)}
              inputMode="decimal"
              leftSection="¥"
              // Typing before the stored ceilings arrived was overwritten by them.
              disabled={!canEdit || !stored.data}
              {...field(form, f)}
            />
          ))}
        </SimpleGrid>
        {canEdit && (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!stored.data}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
