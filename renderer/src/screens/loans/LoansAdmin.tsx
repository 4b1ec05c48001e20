import { Button, Group, NativeSelect, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { loanItemInput, loanKindInput } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

/** A supervisor keeps the kinds (deposit, loan days, fee per day) and the numbered items. */
export function LoansAdmin() {
  const { t } = useTranslation();
  const kinds = useApiQuery('loans:kinds', { includeInactive: true });
  const items = useApiQuery('loans:items', { includeInactive: true });
  const saveKind = useApiMutation('loans:saveKind', ['loans:']);
  const saveItem = useApiMutation('loans:saveItem', ['loans:']);
  const kindForm = useForm({ initialValues: { name: '', deposit: '', loanDays: '1', overdueFee: '' } });
  const itemForm = useForm({ initialValues: { kindId: '', code: '', note: '' } });
  const addKind = () => {
    const v = kindForm.getValues();
    const days = /^\d+$/.test(v.loanDays.trim()) ? Number(v.loanDays.trim()) : Number.NaN;
    const checked = checkWith(loanKindInput, {
      name: v.name,
      deposit: v.deposit,
      loanDays: days,
      overdueFee: v.overdueFee,
    });
    if (!checked.ok) return kindForm.setErrors(checked.errors);
    saveKind.mutate(checked.input, {
      onSuccess: (kind) => {
        notifications.show({ color: 'green', message: t('loans.admin.savedKind', { name: kind.name }) });
        kindForm.reset();
      },
      onError: (e) => showApiError(e, kindForm),
    });
  };
  const addItem = () => {
    const checked = checkWith(loanItemInput, itemForm.getValues());
    if (!checked.ok) return itemForm.setErrors(checked.errors);
    saveItem.mutate(checked.input, {
      onSuccess: (item) => {
        notifications.show({ color: 'green', message: t('loans.admin.savedItem', { code: item.code }) });
        itemForm.setFieldValue('code', '');
      },
      onError: (e) => showApiError(e, itemForm),
    });
  };
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Paper withBorder p="sm" style={{ flex: 1 }}>
        <Title order={5}>{t('loans.admin.kinds')}</Title>
        <Table fz="sm" verticalSpacing={3}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loans.fields.name')}</Table.Th>
              <Table.Th>{t('loans.fields.deposit')}</Table.Th>
              <Table.Th>{t('loans.fields.loanDays')}</Table.Th>
              <Table.Th>{t('loans.fields.overdueFee')}</Table.Th>
              <Table.Th>{t('loans.admin.itemsCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(kinds.data ?? []).map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>{formatMoney(k.depositFen)}</Table.Td>
                <Table.Td>
                  {k.loanDays === 0 ? t('loans.admin.sameDay') : t('loans.admin.days', { days: k.loanDays })}
                </Table.Td>
                <Table.Td>{t('loans.admin.perDay', { fee: formatMoney(k.overdueFeePerDayFen) })}</Table.Td>
                <Table.Td>{k.items}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form
          aria-label={t('loans.admin.addKind')}
          onSubmit={(e) => {
            e.preventDefault();
            addKind();
          }}
        >
          <Stack gap={6} mt="xs">
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('loans.fields.name')} {...field(kindForm, 'name')} />
              <TextInput label={t('loans.fields.deposit')} inputMode="decimal" {...field(kindForm, 'deposit')} />
            </Group>
            <Group grow gap="xs" align="flex-start">
              <TextInput label={t('loans.fields.loanDays')} inputMode="numeric" {...field(kindForm, 'loanDays')} />
              <TextInput label={t('loans.fields.overdueFee')} inputMode="decimal" {...field(kindForm, 'overdueFee')} />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={saveKind.isPending}>
                {t('loans.admin.addKind')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="sm" style={{ flex: 1 }}>
        <Title order={5}>{t('loans.admin.items')}</Title>
        <Table fz="sm" verticalSpacing={3}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loans.fields.code')}</Table.Th>
              <Table.Th>{t('loans.fields.kind')}</Table.Th>
              <Table.Th>{t('loans.admin.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(items.data ?? []).map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.code}</Table.Td>
                <Table.Td>{i.kindName}</Table.Td>
                <Table.Td>
                  {i.outSerial ? t('loans.admin.out', { serial: i.outSerial }) : t('loans.admin.atDesk')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form
          aria-label={t('loans.admin.addItem')}
          onSubmit={(e) => {
            e.preventDefault();
            addItem();
          }}
        >
          <Group grow gap="xs" align="flex-start" mt="xs">
            <NativeSelect
              label={t('loans.fields.kind')}
              data={[{ value: '', label: '—' }, ...(kinds.data ?? []).map((k) => ({ value: k.id, label: k.name }))]}
              {...field(itemForm, 'kindId')}
            />
            <TextInput label={t('loans.fields.code')} {...field(itemForm, 'code')} />
          </Group>
          <Group justify="flex-end" mt={6}>
            <Button type="submit" loading={saveItem.isPending}>
              {t('loans.admin.addItem')}
            </Button>
          </Group>
        </form>
      </Paper>
    </Group>
  );
}
