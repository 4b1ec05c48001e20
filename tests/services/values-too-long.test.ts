import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/contract';

/**
 * "Too long" at the field, everywhere: every text a channel takes that has a length limit says so in the clerk's
 * words (errors.tooLong / errors.queryTooLong with the limit), never zod's own English, which a form would show as
 * "invalid" and a list as "no records".
 */
function holes(): string[] {
  const found: string[] = [];
  const long = 'x'.repeat(5000);
  for (const [name, spec] of Object.entries(contract)) {
    const input = spec.input as z.ZodType;
    if (!(input instanceof z.ZodObject)) continue;
    for (const key of Object.keys(input.shape)) {
      const parsed = input.safeParse({ [key]: long });
      if (parsed.success) continue;
      // A field that takes no text at all (a list, a number) is refused as the wrong type, not as too long.
      const notText = parsed.error.issues.some(
        (i) => i.path.length === 1 && i.path[0] === key && i.code === 'invalid_type',
      );
      if (notText) continue;
      for (const issue of parsed.error.issues)
        if (
          issue.path[0] === key &&
          issue.code === 'too_big' &&
          issue.origin === 'string' &&
          !issue.message.startsWith('errors.')
        )
          found.push(`${name}.${issue.path.join('.')}`);
    }
  }
  return found;
}

describe('length limits in the contract', () => {
  it('every text with a limit refuses an over-long value with a message that names the limit', () => {
    expect(holes()).toEqual([]);
  });
});
