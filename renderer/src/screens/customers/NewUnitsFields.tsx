import { ActionIcon, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_UNITS, type UnitRole, unitRoleValues } from '../../../../shared/contract/customers';
import { labelKey } from '../../app/labels';
import type { field } from '../../lib/formFields';

export interface NewUnit {
  unit: string;
  role: UnitRole;
}

/**
 * 房号 of a new file: an owner's flats (or where a resident or tenant lives) given with the file, each a row of
 * unit and role; a file already saved links and ends its units on its own panel instead.
 */
export function NewUnitsFields({
  units,
  fieldProps,
  onAdd,
  onRemove,
}: {
  units: NewUnit[];
  /** The form's input props at a path (`units.0.unit`), its error translated. */
  fieldProps(path: string): ReturnType<typeof field>;
  onAdd(unit: NewUnit): void;
  onRemove(index: number): void;
}) {
  const { t } = useTranslation();
  const roles = unitRoleValues.map((r) => ({ value: r, label: t(labelKey('customers', 'unitRole', r)) }));
  return (
    <>
      {units.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the form's own list, edited in place
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 2 }}
            label={`${t('customers.units.unit')} ${index + 1}`}
            placeholder={t('customers.units.unitHint')}
            {...fieldProps(`units.${index}.unit`)}
          />
          <NativeSelect
            style={{ flex: 1 }}
            label={`${t('customers.units.role')} ${index + 1}`}
            data={roles}
            {...fieldProps(`units.${index}.role`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('customers.form.removeUnit', { n: index + 1 })}
            onClick={() => onRemove(index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {units.length < MAX_UNITS && (
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={() => onAdd({ unit: '', role: 'owner' })}>
            {t('customers.form.addUnit')}
          </Button>
        </Group>
      )}
    </>
  );
}
