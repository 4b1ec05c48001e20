import { Button, Checkbox, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRepairSettings, type RepairTeamView } from '../../../../shared/contract/repairs';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { field } from '../../lib/formFields';
import { useContractForm } from '../../lib/useContractForm';

/** The maintenance teams a supervisor keeps, and the arrival targets per urgency; everyone else reads them. */
export function TeamsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const teams = useApiQuery('repairs:teams', { includeInactive: true });
  return (
    <Stack gap="sm">
      {!canEdit && (
        <Text size="sm" c="dimmed">
          {t('repairs.teams.readOnly')}
        </Text>
      )}
      <Title order={5}>{t('repairs.teams.title')}</Title>
      <Table fz="sm" verticalSpacing={3} aria-label={t('repairs.teams.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('repairs.teams.name')}</Table.Th>
            <Table.Th>{t('repairs.teams.phone')}</Table.Th>
            <Table.Th>{t('repairs.teams.active')}</Table.Th>
            <Table.Th>{t('repairs.teams.openOrders')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(teams.data ?? []).map((team) => (
            <TeamRow key={team.id} team={team} canEdit={canEdit} />
          ))}
          {canEdit && <TeamRow team={null} canEdit />}
        </Table.Tbody>
      </Table>
      <TargetsForm canEdit={canEdit} />
    </Stack>
  );
}

function TeamRow({ team, canEdit }: { team: RepairTeamView | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useApiMutation('repairs:saveTeam', ['repairs:', 'audit:']);
  const blank = { id: null, name: '', phone: '', active: true };
  const { form, input } = useContractForm('repairs:saveTeam', {
    initialValues: team ? { id: team.id, name: team.name, phone: team.phone, active: team.active } : blank,
  });
  const submit = () => {
    const ok = input();
    if (!ok) return;
    save.mutate(ok, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('repairs.teams.saved') });
        if (!team) form.reset();
      },
      onError: (e) => showApiError(e, form),
    });
  };
  const label = team?.name ?? t('repairs.teams.add');
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${label} ${t('repairs.teams.name')}`}
          disabled={!canEdit}
          {...field(form, 'name')}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`${label} ${t('repairs.teams.phone')}`}
          disabled={!canEdit}
          {...field(form, 'phone')}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${label} ${t('repairs.teams.active')}`}
          disabled={!canEdit}
          {...field(form, 'active', 'checkbox')}
        />
      </Table.Td>
      <Table.Td>{team ? team.openOrders : ''}</Table.Td>
      <Table.Td>
        {canEdit && (
          <Button size="xs" variant="light" onClick={submit} loading={save.isPending}>
            {team ? t('repairs.teams.save') : t('repairs.teams.add')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function TargetsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const current = useApiQuery('repairs:settings', {});
  const save = useApiMutation('repairs:saveSettings', ['repairs:', 'audit:']);
  const { form, input } = useContractForm('repairs:saveSettings', {
    initialValues: defaultRepairSettings,
  });
  // The fields wait for the stored limits: typing before they arrived was overwritten by them.
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (current.data && !loaded) {
      form.setValues(current.data);
      form.resetDirty(current.data);
      setLoaded(true);
    }
  }, [current.data, loaded, form]);
  const submit = () => {
    const ok = input();
    if (!ok) return;
    save.mutate(ok, {
      onSuccess: () => notifications.show({ color: 'green', message: t('repairs.teams.saved') }),
      onError: (e) => showApiError(e, form),
    });
  };
  return (
    <Stack gap={6}>
      <Title order={5}>{t('repairs.teams.targets')}</Title>
      <Group align="flex-start" gap="xs">
        {(['targetMinutes', 'completeMinutes'] as const).map((limit) =>
          (['urgent', 'normal'] as const).map((urgency) => (
            <NumberInput
              key={`${limit}.${urgency}`}
              size="xs"
              w={110}
              label={`${t(limit === 'targetMinutes' ? 'repairs.teams.arrival' : 'repairs.teams.completion')} · ${t(`repairs.teams.${urgency}`)}`}
              disabled={!canEdit || !loaded}
              {...field(form, `${limit}.${urgency}`)}
            />
          )),
        )}
        <NumberInput
          size="xs"
          w={140}
          label={t('repairs.teams.followUp')}
          disabled={!canEdit || !loaded}
          {...field(form, 'followUpMinutes')}
        />
      </Group>
      <Group gap="xs">
        {canEdit && (
          <Button size="xs" onClick={submit} loading={save.isPending} disabled={!loaded}>
            {t('repairs.teams.save')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
