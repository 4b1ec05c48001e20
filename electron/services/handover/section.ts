import type { ClosingWarningKey, HandoverSectionData } from '../../../shared/contract/handover';
import type { ServiceContext } from '../context';

export interface HandoverShiftWindow {
  id: string;
  openedAt: number;
  closedAt: number;
}

/**
 * What a module contributes to the handover sheet: `electron/services/<module>/handover-section.ts`, registered in
 * its main module definition; the handover code itself never changes. Sections only read (typed queries, no writes).
 */
/** One site day, from its midnight to the next, in the site's zone. */
export interface SiteDayWindow {
  from: number;
  to: number;
}

export interface HandoverSection {
  key: string;
  compile(ctx: ServiceContext, shift: HandoverShiftWindow, now: number): HandoverSectionData;
  /** What of its open items the desk warns of at closing time and on the sheet, counted for the site day `today`. */
  closing?: { key: ClosingWarningKey; count(ctx: ServiceContext, today: SiteDayWindow, now: number): number };
}

/** Phones on the sheet are always masked: 138****1234, landlines keep the area code and last four digits. */
export function maskPhoneForSheet(phone: string): string {
  if (!phone) return '';
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length > 6) return `${phone.slice(0, 4)}****${phone.slice(-4)}`;
  return '****';
}
