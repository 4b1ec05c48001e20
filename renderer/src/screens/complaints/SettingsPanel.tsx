import { Button, Group, NativeSelect, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ComplaintSettings, complaintUrgencyValues } from '../../../../shared/contract/complaints';
import { type MoneyRule, moneyInputText, parseMoney } from '../../../../shared/contract/money';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';

const limitRule: MoneyRule = { field: 'compensationLimit', allowZero: true };

/** Settings key 'complaints': deadline per urgency (hours or working days), compensation limits, return visit delay. */
export function SettingsPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const current = useApiQuery('complaints:settings', {});
  const save = useApiMutation('complaints:saveSettings', ['complaints:']);
  const [draft, setDraft] = useState<ComplaintSettings | null>(null);
  const [desk, setDesk] = useState('');
  const [sup, setSup] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!current.data) return;
    setDraft(current.data);
    setDesk(moneyInputText(current.data.deskLimitFen));
    setSup(moneyInputText(current.data.supervisorLimitFen));
  }, [current.data]);
  if (!draft) return null;
  const editable = hasRole(session.clerk.role, 'supervisor');
  const submit = () => {
    const deskFen = parseMoney(desk, limitRule);
    const supFen = parseMoney(sup, limitRule);
    if (!deskFen.ok) return setErrors({ deskLimitFen: translateMessage(deskFen.messageKey) });
    if (!supFen.ok) return setErrors({ supervisorLimitFen: translateMessage(supFen.messageKey) });
    setErrors({});
    save.mutate(
      { ...draft, deskLimitFen: deskFen.fen, supervisorLimitFen: supFen.fen },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('complaints.actions.done') }),
        onError: (e) => showApiError(e, { setFieldError: (f, m) => setErrors((x) => ({ ...x, [f]: m })) }),
      },
    );
  };
  return (
    <Stack gap="xs" maw={640}>
      <Title order={5}>{t('complaints.settings.deadlines')}</Title>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('complaints.settings.amount')}</Table.Th>
            <Table.Th>{t('complaints.settings.unit')}</Table.Th>
            <Table.Th>{t('complaints.settings.dueSoon')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {complaintUrgencyValues.map((u) => (
            <Table.Tr key={u}>
              <Table.Td w={90}>{t(labelKey('complaints', 'urgency', u))}</Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${t(labelKey('complaints', 'urgency', u))} ${t('complaints.settings.amount')}`}
                  value={draft.deadlines[u].amount}
                  min={1}
                  max={999}
                  disabled={!editable}
                  onChange={(v) =>
                    setDraft({
                      ...draft,
                      deadlines: { ...draft.deadlines, [u]: { ...draft.deadlines[u], amount: Number(v) || 1 } },
                    })
                  }
                />
              </Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={`${t(labelKey('complaints', 'urgency', u))} ${t('complaints.settings.unit')}`}
                  value={draft.deadlines[u].unit}
                  disabled={!editable}
                  data={[
                    { value: 'hours', label: t('complaints.settings.hours') },
                    { value: 'working_days', label: t('complaints.settings.workingDays') },
                  ]}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      deadlines: {
                        ...draft.deadlines,
                        [u]: { ...draft.deadlines[u], unit: e.currentTarget.value as 'hours' },
                      },
                    })
                  }
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${t(labelKey('complaints', 'urgency', u))} ${t('complaints.settings.dueSoon')}`}
                  title={t('complaints.settings.dueSoon')}
                  value={draft.dueSoonMinutes[u]}
                  min={1}
                  max={43_200}
                  allowDecimal={false}
                  disabled={!editable}
                  error={errors[`dueSoonMinutes.${u}`]}
                  onChange={(v) =>
                    setDraft({ ...draft, dueSoonMinutes: { ...draft.dueSoonMinutes, [u]: Number(v) || 1 } })
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group grow>
        <TextInput
          label={t('complaints.settings.deskLimit')}
          value={desk}
          onChange={(e) => setDesk(e.currentTarget.value)}
          error={errors.deskLimitFen}
          disabled={!editable}
        />
        <TextInput
          label={t('complaints.settings.supervisorLimit')}
          value={sup}
          onChange={(e) => setSup(e.currentTarget.value)}
          error={errors.supervisorLimitFen}
          disabled={!editable}
        />
        <NumberInput
          label={t('complaints.settings.returnVisitAfterDays')}
          value={draft.returnVisitAfterDays}
          min={0}
          max={90}
          disabled={!editable}
          onChange={(v) => setDraft({ ...draft, returnVisitAfterDays: Number(v) || 0 })}
        />
      </Group>
      {editable && (
        <Group>
          <Button onClick={submit} loading={save.isPending}>
            {t('complaints.calendar.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
