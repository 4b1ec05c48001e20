import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../../shared/contract/reception';
import { useApiMutation } from '../../api/hooks';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { parseSiteDateTime } from './visitFormValues';

/** Time out now; asks only whether the badge came back. Enter confirms, Esc cancels. */
export function SignOutDialog({
  visit,
  timeZone,
  onClose,
}: {
  visit: VisitView | null;
  timeZone: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const signOut = useApiMutation('reception:signOut', ['reception:']);
  const [badgeReturned, setBadgeReturned] = useState(true);
  // Empty means now; a clerk signing out someone who left earlier types the time they left.
  const [timeOutText, setTimeOutText] = useState('');
  const [timeOutError, setTimeOutError] = useState<string | null>(null);
  useEffect(() => {
    if (visit) {
      setBadgeReturned(true);
      setTimeOutText('');
      setTimeOutError(null);
    }
  }, [visit]);
  const confirm = () => {
    if (!visit) return;
    const timeOut = parseSiteDateTime(timeOutText, timeZone);
    if (timeOut === null) return setTimeOutError(translateMessage('errors.dateTimeFormat'));
    signOut.mutate(
      { id: visit.id, version: visit.version, badgeReturned, timeOut },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('reception.signOut.done', { name: visit.visitorName }) });
          onClose();
        },
        onError: (e) =>
          showApiError(e, { setFieldError: (_field, message) => setTimeOutError(message) }, setTimeOutError),
      },
    );
  };
  return (
    <Modal
      opened={visit !== null}
      onClose={onClose}
      title={visit ? t('reception.signOut.title', { name: visit.visitorName }) : ''}
      size="sm"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('reception.list.timeOut')}
            placeholder={t('reception.form.timeInHint')}
            value={timeOutText}
            error={timeOutError}
            onChange={(e) => {
              setTimeOutText(e.currentTarget.value);
              setTimeOutError(null);
            }}
          />
          {visit?.badgeNo && (
            <Checkbox
              label={t('reception.signOut.badgeReturned', { badge: visit.badgeNo })}
              checked={badgeReturned}
              onChange={(e) => setBadgeReturned(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-autofocus loading={signOut.isPending}>
              {t('reception.signOut.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
