import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type CustomerFileView,
  linkUnitInput,
  type UnitRole,
  unitRoleValues,
} from '../../../../shared/contract/customers';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

interface UnitValues {
  unit: string;
  role: UnitRole;
}

/**
 * 房号: the units the file is tied to (业主, 住户, 租户), one row each with 解除; below, a unit and a role and Enter
 * link another. A live file only: a merged or anonymised file shows none.
 */
export function UnitsPanel(props: { file: CustomerFileView }) {
  const { file } = props;
  const { t } = useTranslation();
  // The file view comes back with the write: put in place, not read again (each reading is logged as a view).
  const client = useQueryClient();
  const show = (saved: CustomerFileView) => client.setQueryData(['customers:get', { id: saved.id }], saved);
  const link = useApiMutation('customers:linkUnit', ['customers:list', 'customers:revisits', 'audit:']);
  const end = useApiMutation('customers:endUnit', ['customers:list', 'customers:revisits', 'audit:']);
  const form = useForm<UnitValues>({ initialValues: { unit: '', role: 'owner' } });
  const live = file.status === 'active';
  const submit = () => {
    const checked = checkWith(linkUnitInput, { customerId: file.id, ...form.getValues() });
    if (!checked.ok) return form.setErrors(checked.errors);
    link.mutate(checked.input, {
      onSuccess: (saved) => {
        show(saved);
        notifications.show({ color: 'green', message: t('customers.units.linked', { unit: checked.input.unit }) });
        form.setFieldValue('unit', '');
      },
      onError: (e) => showApiError(e, form),
    });
  };
  if (!live && file.units.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={5} mt={4}>
        {t('customers.units.title')}
      </Title>
      {file.units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.units.none')}
        </Text>
      ) : (
        <Table verticalSpacing={2} fz="sm" aria-label={t('customers.units.title')}>
          <Table.Tbody>
            {file.units.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.unit}</Table.Td>
                <Table.Td>{t(labelKey('customers', 'unitRole', u.role))}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {live && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="gray"
                      aria-label={t('customers.units.endOne', { unit: u.unit })}
                      loading={end.isPending && end.variables?.id === u.id}
                      onClick={() =>
                        end.mutate(
                          { id: u.id, version: u.version },
                          {
                            onSuccess: (saved) => {
                              show(saved);
                              notifications.show({ message: t('customers.units.ended', { unit: u.unit }) });
                            },
                            onError: (e) => showApiError(e),
                          },
                        )
                      }
                    >
                      {t('customers.units.end')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {live && (
        <form
          aria-label={t('customers.units.add')}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Group gap={6} align="flex-start" wrap="nowrap">
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              label={t('customers.units.unit')}
              placeholder={t('customers.units.unitHint')}
              {...field(form, 'unit')}
            />
            <NativeSelect
              size="xs"
              label={t('customers.units.role')}
              data={unitRoleValues.map((r) => ({ value: r, label: t(labelKey('customers', 'unitRole', r)) }))}
              {...field(form, 'role')}
            />
            <Button size="xs" type="submit" mt={22} loading={link.isPending}>
              {t('customers.units.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
