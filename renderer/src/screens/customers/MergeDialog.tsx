import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CustomerFileView, mergeCustomersInput } from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { translateMessage } from '../../i18n';
import { errorData, refusalText } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { ApprovalFields } from '../storage/ApprovalFields';

/** 合并档案: pick the other file of the same person, a lead approves with their PIN. */
export function MergeDialog(props: { file: CustomerFileView; opened: boolean; onClose(): void }) {
  const { file, opened, onClose } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [approverId, setApproverId] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [debounced] = useDebouncedValue(text, 250);
  const candidates = useApiQuery(
    'customers:list',
    { text: debounced, gradeId: null, includeClosed: false, limit: 20 },
    { enabled: opened && debounced.length > 0 },
  );
  const others = (candidates.data ?? []).filter((c) => c.id !== file.id);
  const merge = useApiMutation('customers:merge', ['customers:', 'search:', 'audit:']);
  const errorOf = (key: string) => (errors[key] ? translateMessage(errors[key]) : undefined);
  const submit = () => {
    const checked = checkWith(mergeCustomersInput, {
      keepId: file.id,
      mergeId,
      approval: { clerkId: approverId, pin },
    });
    if (!checked.ok) return setErrors(checked.errors);
    merge.mutate(checked.input, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('customers.merge.done', { fileNo: file.fileNo }) });
        setErrors({});
        setPin('');
        onClose();
      },
      onError: (e) => {
        const data = errorData(e);
        const at = data.field === 'pin' ? 'approval.pin' : data.field === 'approverId' ? 'approval.clerkId' : 'mergeId';
        setErrors({ [at]: refusalText(e) });
      },
    });
  };
  return (
    <FormModal
      opened={opened}
      title={t('customers.merge.title', { fileNo: file.fileNo })}
      dirty={false}
      onClose={onClose}
    >
      <form
        aria-label={t('customers.merge.title', { fileNo: file.fileNo })}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <Alert py={4} color="yellow">
            {t('customers.merge.hint')}
          </Alert>
          <TextInput
            data-autofocus
            label={t('customers.fields.mergeWith')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('customers.list.fileNo')}
            value={mergeId}
            error={errorOf('mergeId')}
            onChange={(e) => setMergeId(e.currentTarget.value)}
            data={[
              { value: '', label: others.length === 0 && debounced ? t('customers.merge.none') : '—' },
              ...others.map((c) => ({ value: c.id, label: `${c.fileNo} ${c.name} ${c.phonesMasked.join('、')}` })),
            ]}
          />
          <ApprovalFields
            approverId={approverId}
            pin={pin}
            approverError={errorOf('approval.clerkId')}
            pinError={errorOf('approval.pin')}
            onApprover={setApproverId}
            onPin={setPin}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={merge.isPending}>
              {t('customers.merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
