import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import i18n from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { useSubmission } from '../../lib/staleEdit';

/** Puts stored values into a settings form once they arrive, and marks the form clean; says whether they have. */
export function useStoredValues<V extends object>(form: UseFormReturnType<V>, stored: V | undefined): boolean {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when new stored values arrive
  useEffect(() => {
    if (stored) {
      form.setValues(stored);
      form.resetDirty(stored);
    }
  }, [stored]);
  return stored !== undefined;
}

interface SaveMutation<V> {
  mutate(values: V & { __submission?: string }, options: { onSuccess(): void; onError(error: unknown): void }): void;
}

/**
 * Saves a settings form with its submission key (a form re-sent after a lost answer is not stored twice), says so,
 * and puts a refusal at the field it concerns or, when no field shows it (another supervisor saved the setting
 * since: who and what), in the form as `refusal`; the stored values then reload into the form.
 */
export function useSaveWithNotice<V extends object>(save: SaveMutation<V>, form: UseFormReturnType<V>) {
  const submission = useSubmission();
  const submit = form.onSubmit((values) => {
    submission.setRefusal(null);
    save.mutate(
      { ...values, __submission: submission.key },
      {
        onSuccess: () => {
          submission.renew();
          notifications.show({ color: 'green', message: i18n.t('common.saved') });
        },
        onError: (e) => {
          if (!submission.handled(e)) showApiError(e, form, submission.setRefusal);
        },
      },
    );
  });
  return { submit, refusal: submission.refusal };
}
