import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  gradeInput,
  type RevisitRuleKind,
  type RevisitRuleView,
  revisitRuleInput,
  revisitRuleKindValues,
} from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, labelOptions } from '../../app/labels';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { field } from '../../lib/formFields';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** A supervisor keeps the grades (客户等级分类) and the return-visit rules (回访规则). */
export function CustomersAdmin() {
  const { t } = useTranslation();
  const grades = useApiQuery('customers:grades', { includeInactive: true });
  const rules = useApiQuery('customers:rules', {});
  const saveGrade = useApiMutation('customers:saveGrade', ['customers:']);
  const saveRule = useApiMutation('customers:saveRule', ['customers:']);
  const gradeForm = useForm({ initialValues: { name: '', sortOrder: '' } });
  const ruleForm = useForm<{
    kind: RevisitRuleKind;
    gradeId: string;
    days: string;
    months: string;
    maxAttempts: string;
    retryDays: string;
  }>({
    initialValues: { kind: 'after_complaint', gradeId: '', days: '3', months: '3', maxAttempts: '3', retryDays: '1' },
  });
  const kind = ruleForm.getValues().kind;
  const addGrade = () => {
    const v = gradeForm.getValues();
    const checked = checkWith(gradeInput, {
      name: v.name,
      sortOrder: v.sortOrder.trim() === '' ? 0 : whole(v.sortOrder),
    });
    if (!checked.ok) return gradeForm.setErrors(checked.errors);
    saveGrade.mutate(checked.input, {
      onSuccess: (grade) => {
        notifications.show({ color: 'green', message: t('customers.admin.savedGrade', { name: grade.name }) });
        gradeForm.reset();
      },
      onError: (e) => showApiError(e, gradeForm),
    });
  };
  const addRule = () => {
    const v = ruleForm.getValues();
    const grade = v.kind === 'grade_every';
    const regular = grade || v.kind === 'owner_every';
    const checked = checkWith(revisitRuleInput, {
      kind: v.kind,
      gradeId: grade ? v.gradeId || null : null,
      days: regular ? 0 : whole(v.days),
      months: regular ? whole(v.months) : 0,
      maxAttempts: whole(v.maxAttempts),
      retryDays: whole(v.retryDays),
    });
    if (!checked.ok) return ruleForm.setErrors(checked.errors);
    saveRule.mutate(checked.input, {
      onSuccess: () => notifications.show({ color: 'green', message: t('customers.admin.savedRule') }),
      onError: (e) => showApiError(e, ruleForm),
    });
  };
  const toggle = (rule: RevisitRuleView) =>
    saveRule.mutate(
      {
        id: rule.id,
        version: rule.version,
        kind: rule.kind,
        gradeId: rule.gradeId,
        days: rule.days,
        months: rule.months,
        maxAttempts: rule.maxAttempts,
        retryDays: rule.retryDays,
        active: !rule.active,
      },
      { onError: (e) => showApiError(e) },
    );
  const ruleText = (rule: RevisitRuleView) =>
    rule.kind === 'grade_every'
      ? t('customers.admin.ruleEvery', { months: rule.months, grade: rule.gradeName })
      : rule.kind === 'owner_every'
        ? t('customers.admin.ruleOwners', { months: rule.months })
        : t('customers.admin.ruleLine', { days: rule.days });
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Paper withBorder p="sm" style={{ flex: 2 }}>
        <Title order={5}>{t('customers.admin.rules')}</Title>
        {rules.isSuccess && rules.data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('customers.admin.noRules')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} aria-label={t('customers.admin.rules')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.admin.kind')}</Table.Th>
                <Table.Th>{t('customers.admin.days')}</Table.Th>
                <Table.Th>{t('customers.admin.maxAttempts')}</Table.Th>
                <Table.Th>{t('customers.admin.retryDays')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rules.data ?? []).map((rule) => (
                <Table.Tr key={rule.id} c={rule.active ? undefined : 'dimmed'}>
                  <Table.Td>{t(labelKey('customers', 'ruleKind', rule.kind))}</Table.Td>
                  <Table.Td>{ruleText(rule)}</Table.Td>
                  <Table.Td>{rule.maxAttempts}</Table.Td>
                  <Table.Td>{rule.retryDays}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => toggle(rule)}>
                      {rule.active ? t('customers.admin.deactivate') : t('customers.admin.activate')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form
          aria-label={t('customers.admin.addRule')}
          onSubmit={(e) => {
            e.preventDefault();
            addRule();
          }}
        >
          <Stack gap={6} mt="xs">
            <Group grow gap="xs" align="flex-start">
              <NativeSelect
                label={t('customers.admin.kind')}
                data={labelOptions(t, 'customers', 'ruleKind', revisitRuleKindValues)}
                {...field(ruleForm, 'kind')}
              />
              {kind === 'grade_every' ? (
                <>
                  <NativeSelect
                    label={t('customers.fields.grade')}
                    data={[
                      { value: '', label: '—' },
                      ...(grades.data ?? []).filter((g) => g.active).map((g) => ({ value: g.id, label: g.name })),
                    ]}
                    {...field(ruleForm, 'gradeId')}
                  />
                  <TextInput label={t('customers.admin.months')} inputMode="numeric" {...field(ruleForm, 'months')} />
                </>
              ) : kind === 'owner_every' ? (
                <TextInput label={t('customers.admin.months')} inputMode="numeric" {...field(ruleForm, 'months')} />
              ) : (
                <TextInput label={t('customers.admin.days')} inputMode="numeric" {...field(ruleForm, 'days')} />
              )}
            </Group>
            <Group grow gap="xs" align="flex-start">
              <TextInput
                label={t('customers.admin.maxAttempts')}
                inputMode="numeric"
                {...field(ruleForm, 'maxAttempts')}
              />
              <TextInput label={t('customers.admin.retryDays')} inputMode="numeric" {...field(ruleForm, 'retryDays')} />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={saveRule.isPending}>
                {t('customers.admin.addRule')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="sm" style={{ flex: 1 }}>
        <Title order={5}>{t('customers.admin.grades')}</Title>
        <Table fz="sm" verticalSpacing={3} aria-label={t('customers.admin.grades')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.admin.gradeName')}</Table.Th>
              <Table.Th>{t('customers.admin.files')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(grades.data ?? []).map((g) => (
              <Table.Tr key={g.id} c={g.active ? undefined : 'dimmed'}>
                <Table.Td>{g.name}</Table.Td>
                <Table.Td>{g.customers}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <form
          aria-label={t('customers.admin.addGrade')}
          onSubmit={(e) => {
            e.preventDefault();
            addGrade();
          }}
        >
          <Group gap="xs" align="flex-end" mt="xs">
            <TextInput style={{ flex: 1 }} label={t('customers.admin.gradeName')} {...field(gradeForm, 'name')} />
            <TextInput w={60} label={t('customers.admin.order')} {...field(gradeForm, 'sortOrder')} />
            <Button type="submit" loading={saveGrade.isPending}>
              {t('customers.admin.addGrade')}
            </Button>
          </Group>
        </form>
      </Paper>
    </Group>
  );
}
