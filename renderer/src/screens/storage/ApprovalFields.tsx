import { Group, NativeSelect, PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../../shared/contract/roles';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';

interface ApprovalFieldsProps {
  approverId: string;
  pin: string;
  approverError?: string;
  pinError?: string;
  onApprover(id: string): void;
  onPin(pin: string): void;
}

/** A lead or supervisor at the counter picks their name and types their PIN; wrong PINs count toward lockout. */
export function ApprovalFields({ approverId, pin, approverError, pinError, onApprover, onPin }: ApprovalFieldsProps) {
  const { t } = useTranslation();
  const clerks = useApiQuery('clerks:list', { includeInactive: false });
  const approvers = (clerks.data ?? []).filter((c) => c.active && hasRole(c.role, 'lead'));
  return (
    <Group grow gap="xs" align="flex-start">
      <NativeSelect
        label={t('storage.fields.approver')}
        value={approverId}
        error={approverError}
        onChange={(e) => onApprover(e.currentTarget.value)}
        data={[
          { value: '', label: '—' },
          ...approvers.map((c) => ({
            value: c.id,
            label: `${c.name} ${c.employeeNo} · ${t(labelKey('core', 'role', c.role))}`,
          })),
        ]}
      />
      <PasswordInput
        label={t('storage.fields.pin')}
        value={pin}
        error={pinError}
        inputMode="numeric"
        autoComplete="off"
        onChange={(e) => onPin(e.currentTarget.value)}
      />
    </Group>
  );
}
