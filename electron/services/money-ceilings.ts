import { settings } from '../../db/schema';
import { type MoneyCeilings, moneyCeilingFen, moneyCeilingsSchema } from '../../shared/contract/money';
import type { MoneyCeilingsView } from '../../shared/contract/settings';
import type { Actor, ServiceContext } from './context';
import { selectRow } from './row-sql';
import { writeSetting } from './settings';

const KEY = 'moneyCeilings';

/**
 * The largest amount each money field takes, as a supervisor set it (the defaults where not set), with the version
 * an edit names. Every call's input is parsed under these (the dispatcher), and the forms read them too.
 */
export function getMoneyCeilings(ctx: ServiceContext): MoneyCeilingsView {
  const row = selectRow(ctx.sqlite, settings, settings.key, KEY) as { value: unknown; version: number } | undefined;
  if (!row) return { version: 0, ceilings: { ...moneyCeilingFen } };
  const parsed = moneyCeilingsSchema.safeParse({ ...moneyCeilingFen, ...(row.value as object) });
  return { version: Number(row.version), ceilings: parsed.success ? parsed.data : { ...moneyCeilingFen } };
}

/** Just the ceilings, for parsing a call's input. */
export function moneyCeilingsOf(ctx: ServiceContext): MoneyCeilings {
  return getMoneyCeilings(ctx).ceilings;
}

/** Saves the ceilings (audited, the version moves); a save based on an older version is refused by the writer. */
export function saveMoneyCeilings(
  ctx: ServiceContext,
  actor: Actor | null,
  ceilings: MoneyCeilings,
): MoneyCeilingsView {
  writeSetting(ctx, actor, KEY, ceilings);
  return getMoneyCeilings(ctx);
}
