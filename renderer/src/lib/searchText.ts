import { searchTextSchema } from '../../../shared/contract/fields';
import { translateMessage } from '../i18n';

/**
 * The contract's own check of a list filter's or the search box's text: the message to show at the field when it
 * is too long (counted in characters), so the list says so instead of showing "no records"; undefined when fine.
 */
export function searchTextError(text: string, max = 40): string | undefined {
  const parsed = searchTextSchema(max).safeParse(text);
  return parsed.success ? undefined : translateMessage(parsed.error.issues[0]?.message ?? 'errors.invalid');
}
