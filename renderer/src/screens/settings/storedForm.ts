import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import i18n from '../../i18n';
import { showApiError } from '../../lib/apiErrors';

/** Puts stored values into a settings form once they arrive, and marks the form clean. */
export function useStoredValues<V extends object>(form: UseFormReturnType<V>, stored: V | undefined): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when new stored values arrive
  useEffect(() => {
    if (stored) {
      form.setValues(stored);
      form.resetDirty(stored);
    }
  }, [stored]);
}

interface SaveMutation<V> {
  mutate(values: V, options: { onSuccess(): void; onError(error: unknown): void }): void;
}

/** Saves, says so, and puts a refusal at the field it concerns. */
export function saveWithNotice<V extends object>(save: SaveMutation<V>, form: UseFormReturnType<V>) {
  return form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => notifications.show({ color: 'green', message: i18n.t('common.saved') }),
      onError: (e) => showApiError(e, form),
    }),
  );
}
