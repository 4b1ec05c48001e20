import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CustomerFileView, forgetCustomerInput } from '../../../../shared/contract/customers';
import { useApiMutation } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { translateMessage } from '../../i18n';
import { errorData, refusalText } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { ApprovalFields } from '../storage/ApprovalFields';

/** 删除个人信息: at the customer's request a supervisor anonymises the file, with the reason and a lead's PIN. */
export function ForgetDialog(props: { file: CustomerFileView; opened: boolean; onClose(): void }) {
  const { file, opened, onClose } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [approverId, setApproverId] = useState('');
  const [pin, setPin] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const forget = useApiMutation('customers:forget', ['customers:', 'search:', 'audit:']);
  const errorOf = (key: string) => (errors[key] ? translateMessage(errors[key]) : undefined);
  const submit = () => {
    const checked = checkWith(forgetCustomerInput, {
      id: file.id,
      version: file.version,
      reason,
      approval: { clerkId: approverId, pin },
    });
    if (!checked.ok) return setErrors(checked.errors);
    forget.mutate(checked.input, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('customers.forget.done', { fileNo: file.fileNo }) });
        setErrors({});
        setPin('');
        onClose();
      },
      onError: (e) => {
        const data = errorData(e);
        const at = data.field === 'pin' ? 'approval.pin' : data.field === 'approverId' ? 'approval.clerkId' : 'reason';
        setErrors({ [at]: refusalText(e) });
      },
    });
  };
  const title = t('customers.forget.title', { fileNo: file.fileNo });
  return (
    <FormModal opened={opened} title={title} dirty={reason !== '' || pin !== ''} onClose={onClose}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap={6}>
          <Alert py={4} color="red">
            {t('customers.forget.hint')}
          </Alert>
          <Textarea
            data-autofocus
            label={t('customers.forget.reason')}
            value={reason}
            error={errorOf('reason')}
            autosize
            minRows={2}
            onChange={(e) => setReason(e.currentTarget.value)}
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
            <Button type="submit" color="red" loading={forget.isPending}>
              {t('customers.forget.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
