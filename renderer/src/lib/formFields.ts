import type { UseFormReturnType } from '@mantine/form';
import { translateMessage } from '../i18n';

/** Mantine's input props with the error (an i18n key from the contract's schema or from main) translated. */
export function field<V extends object>(form: UseFormReturnType<V>, path: string, type?: 'checkbox') {
  const props = form.getInputProps(path, type ? { type } : undefined);
  return { ...props, error: typeof props.error === 'string' ? translateMessage(props.error) : props.error };
}
