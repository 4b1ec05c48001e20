import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';

/** Holidays and 调休 days of a year; a supervisor adds or corrects days (a year the package does not know). */
export function CalendarPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const days = useApiQuery('complaints:calendar', { year });
  const save = useApiMutation('complaints:setCalendarDay', ['complaints:']);
  const [day, setDay] = useState('');
  const [work, setWork] = useState('rest');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const lastYear = days.data?.lastPackagedYear ?? year;
  const supervisor = hasRole(session.clerk.role, 'supervisor');
  // Based on the day as this list shows it (0 when the desk has not recorded it): if another supervisor has changed
  // it since, the change is refused naming who, and the list reloads.
  const shownVersion = days.data?.days.find((d) => d.day === day && d.source === 'desk')?.version ?? 0;
  const submit = () =>
    save.mutate(
      { day, version: shownVersion, work: work === 'work', note },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `${day} ${t('complaints.actions.done')}` });
          setDay('');
          setNote('');
        },
        onError: (e) => showApiError(e, { setFieldError: (_f, m) => setError(m) }),
      },
    );
  return (
    <Stack gap="xs">
      <NumberInput
        label={t('complaints.calendar.year')}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
        w={120}
        min={2000}
        max={2100}
      />
      {year > lastYear && (
        <Alert color="yellow" py={4}>
          {t('complaints.calendar.unknownYear', { year: lastYear })}
        </Alert>
      )}
      {supervisor && (
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('complaints.calendar.day')}
            placeholder="YYYY-MM-DD"
            value={day}
            onChange={(e) => {
              setDay(e.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            w={140}
          />
          <SegmentedControl
            value={work}
            onChange={setWork}
            data={[
              { value: 'rest', label: t('complaints.calendar.rest') },
              { value: 'work', label: t('complaints.calendar.work') },
            ]}
          />
          <TextInput
            label={t('complaints.calendar.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Button onClick={submit}>{t('complaints.calendar.save')}</Button>
        </Group>
      )}
      <Table fz="sm" verticalSpacing={2} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('complaints.calendar.day')}</Table.Th>
            <Table.Th />
            <Table.Th>{t('complaints.calendar.note')}</Table.Th>
            <Table.Th>{t('complaints.calendar.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(days.data?.days ?? []).map((d) => (
            <Table.Tr key={d.day}>
              <Table.Td>{d.day}</Table.Td>
              <Table.Td>{d.work ? t('complaints.calendar.work') : t('complaints.calendar.rest')}</Table.Td>
              <Table.Td>{d.note}</Table.Td>
              <Table.Td>{t(`complaints.calendar.${d.source}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
