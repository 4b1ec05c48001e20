import { openingOf } from '../../../shared/contract/desk-hours';
import type { ClosingWarning, ClosingWarnings } from '../../../shared/contract/handover';
import type { ServiceContext } from '../context';
import { getDeskHours } from '../settings';
import { siteDayWindow } from '../time';

/** What the day leaves open now, from each module's own rule, only those with something open. */
export function closingWarningCounts(ctx: ServiceContext, now: number): ClosingWarning[] {
  const today = siteDayWindow(now, getDeskHours(ctx).timeZone);
  return ctx.modules.handover.flatMap((section) => {
    if (!section.closing) return [];
    const count = section.closing.count(ctx, today, now);
    return count > 0 ? [{ key: section.closing.key, count }] : [];
  });
}

/**
 * At closing time the desk warns of what the day leaves open: visitors still on site, goods due for pickup today,
 * callbacks promised for today. `reached` from the app's clock against today's closing in the business hours; a
 * closed day has no closing time and is never reached.
 */
export function closingWarnings(ctx: ServiceContext, now: number): ClosingWarnings {
  const day = openingOf(getDeskHours(ctx), now);
  const closingAt = day.closed ? null : day.close;
  return {
    closingAt,
    reached: closingAt !== null && now >= closingAt,
    warnings: closingWarningCounts(ctx, now),
  };
}
