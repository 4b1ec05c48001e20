import type { UseFormReturnType } from '@mantine/form';
import { translateMessage } from '../i18n';

/** Mantine's input props with the error (an i18n key from the contract's schema or from main) translated. */
// biome-ignore lint/suspicious/noExplicitAny: works for any form's values
export function field<V extends Record<string, any>>(form: UseFormReturnType<V>, path: string, type?: 'checkbox') {
  const props = form.getInputProps(path, type ? { type } : undefined);
  return { ...props, error: typeof props.error === 'string' ? translateMessage(props.error) : props.error };
}
