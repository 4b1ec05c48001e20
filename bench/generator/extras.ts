import { demoClerks } from '../../electron/services/demo-data';
import { precheckPins } from '../../electron/services/pin';
import { siteDay } from '../../electron/services/time';
import { residentIdCheckCharacter } from '../../shared/contract/id-documents';
import type { GenDesk } from './desk';
import type { Random } from './random';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The demo site is in Asia/Shanghai (UTC+8, no daylight saving). */
const SITE_OFFSET = 8 * HOUR;

/** The site's calendar day of `ms` as the contracts take it: 2026-12-04. */
export function isoDay(ms: number): string {
  const d = siteDay(ms, 'Asia/Shanghai');
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
}

/** Midnight of the site's calendar day that contains `ms`, in UTC epoch ms. */
export function dayStart(ms: number): number {
  return Math.floor((ms + SITE_OFFSET) / DAY) * DAY - SITE_OFFSET;
}

/** The same moment moved into the desk's opening hours (10:00–22:00): a follow-up at 3 am waits for the morning. */
export function whileOpen(rng: Random, at: number): number {
  const midnight = dayStart(at);
  const hour = (at - midnight) / HOUR;
  if (hour >= 10 && hour < 21.5) return at;
  const next = hour < 10 ? midnight : midnight + DAY;
  return next + 10 * HOUR + rng.int(0, 90) * MINUTE;
}

/** A resident ID that passes the desk's check: a region, a birth date, a sequence and the check character. */
export function residentId(rng: Random): string {
  const region = rng.pick(['110105', '310115', '330106', '350102', '320102', '440305']);
  const birth = `${rng.int(1955, 2004)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

const plateLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** An ordinary plate of the region: 沪A 12345 style, digits only after the letter. */
export function plate(rng: Random): string {
  return `${rng.pick(['沪', '浙', '苏', '闽'])}${rng.pick([...plateLetters])}${String(rng.int(10_000, 99_999))}`;
}

export type Approval = { clerkId: string; pin: string };

/**
 * The lead's and the supervisor's PINs as a person types them at the counter. Their comparison is made once in
 * the thread pool (the app's own pre-check before a service runs) and kept for the whole run, so each approval is
 * checked by the service's rule without 40 ms of scrypt each; returns the clean-up for the end of the run.
 */
export async function approvalsFor(
  desk: GenDesk,
): Promise<{ approvals: Record<'lead' | 'supervisor', Approval>; done: () => void }> {
  const pin = (role: 'lead' | 'supervisor') => demoClerks.find((c) => c.role === role)?.pin as string;
  const stored = (clerkId: string) =>
    desk.ctx.sqlite.prepare('select pin_hash from clerks where id = ?').pluck().get(clerkId) as string;
  const approvals = {
    lead: { clerkId: desk.staff.lead.clerkId, pin: pin('lead') },
    supervisor: { clerkId: desk.staff.supervisor.clerkId, pin: pin('supervisor') },
  };
  const done = await precheckPins(Object.values(approvals).map((a) => ({ pin: a.pin, stored: stored(a.clerkId) })));
  return { approvals, done };
}
