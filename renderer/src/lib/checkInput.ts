import type { z } from 'zod';

export type Checked<S extends z.ZodType> =
  | { ok: true; input: z.input<S> }
  | { ok: false; errors: Record<string, string> };

/**
 * Checks an input with the contract's own schema: the same refusals, with the same keys, as main would give. The
 * input goes to main as typed (main parses it again); `extra` are refusals the form found converting text.
 */
export function checkWith<S extends z.ZodType>(
  schema: S,
  input: z.input<S>,
  extra: Record<string, string> = {},
): Checked<S> {
  const parsed = schema.safeParse(input);
  const errors: Record<string, string> = { ...extra };
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!(path in errors)) errors[path] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
    }
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, input };
  return { ok: false, errors };
}
