import { type UseFormReturnType, useForm } from '@mantine/form';
import type { z } from 'zod';
import { type Channel, contract, type Input } from '../../../shared/contract';

export interface ContractForm<C extends Channel, V> {
  form: UseFormReturnType<V>;
  /**
   * Checks what the clerk typed with the channel's own schema and puts every refusal at its field; the channel's input when it passes, else null. Main checks the same input with the same schema.
   */
  input(): Input<C> | null;
}

interface Options<C extends Channel, V> {
  initialValues: V;
  /**
   * The channel's input from what the clerk typed (strings to numbers, empty to null); null when a field could not
   * be read at all, with its error already set through `form`. Omitted when the form's values are the input.
   */
  toInput?: (values: V, form: UseFormReturnType<V>) => Input<C> | null;
  /** Where an issue's path shows when the field is named differently in the form (`durationSec` → `duration`). */
  fieldOf?: Record<string, string>;
}

/** The zod issues of a parse as field errors, each an i18n key. */
function fieldErrors(error: z.ZodError, fieldOf: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    const field = fieldOf[path] ?? path;
    // Kept as i18n keys, as the schema gives them: `field()` translates them where the field shows them.
    if (!(field in out)) out[field] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
  }
  return out;
}

/**
 * The one form hook: a Mantine form validated by the contract's schema of the channel it submits to, so a form
 * refuses exactly what main would refuse, with the same message, before anything is sent.
 */
export function useContractForm<C extends Channel, V extends object>(
  channel: C,
  { initialValues, toInput, fieldOf = {} }: Options<C, V>,
): ContractForm<C, V> {
  const schema: z.ZodType = contract[channel].input;
  const inputOf = (values: V, form: UseFormReturnType<V>): Input<C> | null =>
    toInput ? toInput(values, form) : formValuesAsInput<C, V>(values);
  const form = useForm<V>({
    initialValues,
    validate: (values) => {
      const input = inputOf(values, form);
      if (input === null) return {};
      const parsed = schema.safeParse(input);
      return parsed.success ? {} : fieldErrors(parsed.error, fieldOf);
    },
  });
  return {
    form,
    input() {
      const values = form.getValues();
      const input = inputOf(values, form);
      if (input === null) return null;
      const parsed = schema.safeParse(input);
      if (parsed.success) return input;
      form.setErrors(fieldErrors(parsed.error, fieldOf));
      return null;
    },
  };
}

// A form whose values are its channel's input as typed (settings, login): the schema checks them before sending.
function formValuesAsInput<C extends Channel, V>(values: V): Input<C> {
  return values as Input<C>;
}
