import { asc, eq } from 'drizzle-orm';
import { counters, departments, settings, shops, site } from '../../db/schema';
import type { DeskHours } from '../../shared/contract/desk-hours';
import {
  type BusinessHours,
  businessHoursSchema,
  type ClosedDays,
  closedDaysSchema,
  type ListKind,
  type NamedItem,
  type Policy,
  type Printing,
  policySchema,
  printingSchema,
  type SiteKindSetting,
  type SiteView,
  siteKindSchema,
} from '../../shared/contract/settings';
import type { Actor, ServiceContext } from './context';
import { shopWritten } from './directory/records';
import { AppError } from './errors';
import { newId } from './ids';
import { selectRow } from './row-sql';
import { staleVersionError } from './versions';
import { write } from './write';

export const defaultBusinessHours: BusinessHours = {
  weekdayOpen: '09:30',
  weekdayClose: '22:00',
  weekendOpen: '09:30',
  weekendClose: '22:30',
};

export const defaultPolicy: Policy = {
  returnDays: 30,
  exchangeDays: 60,
  storageOverdueDays: 30,
  visitorDataRetentionDays: 180,
};

export function getSite(ctx: ServiceContext): SiteView {
  const row = ctx.sqlite
    .prepare('select id, version, name, code, time_zone as timeZone, desk_phone as deskPhone from site limit 1')
    .get() as SiteView | undefined;
  if (!row) throw new AppError('not_found', 'errors.siteMissing');
  const { id, version, name, code, timeZone, deskPhone } = row;
  return { id, version, name, code, timeZone, deskPhone };
}

/** Saves the site; a save based on an older version (`version`, from the form) is refused naming who changed what. */
export function saveSite(
  ctx: ServiceContext,
  actor: Actor | null,
  input: Omit<SiteView, 'id' | 'version'> & { version?: number },
): SiteView {
  const { version, ...values } = input;
  const existing = ctx.db.select().from(site).get();
  write(ctx, actor, (tx) => {
    if (existing && version !== undefined && version !== existing.version)
      throw staleVersionError(ctx, 'site', existing.id, version);
    if (existing) tx.update('site', existing.id, values);
    else tx.insert('site', { id: newId(), ...values, createdAt: tx.now, updatedAt: tx.now });
  });
  return getSite(ctx);
}

const listTables = { counters, departments, shops } as const;

function toItem(kind: ListKind, row: Record<string, unknown>): NamedItem {
  const item: NamedItem = {
    id: String(row.id),
    version: Number(row.version),
    name: String(row.name),
    active: Boolean(row.active),
  };
  if (kind === 'shops') Object.assign(item, { unitNo: row.unitNo, floor: row.floor, phone: row.phone });
  if (kind === 'departments') Object.assign(item, { phone: row.phone });
  return item;
}

export function listItems(ctx: ServiceContext, kind: ListKind, includeInactive: boolean): NamedItem[] {
  const table = listTables[kind];
  const rows = ctx.db.select().from(table).orderBy(asc(table.name)).all() as Record<string, unknown>[];
  return rows.filter((r) => includeInactive || r.active).map((r) => toItem(kind, r));
}

function extraColumns(kind: ListKind, input: { unitNo: string; floor: string; phone: string }) {
  if (kind === 'shops') return { unitNo: input.unitNo, floor: input.floor, phone: input.phone };
  if (kind === 'departments') return { phone: input.phone };
  return {};
}

function assertNameFree(ctx: ServiceContext, kind: ListKind, name: string, exceptId?: string): void {
  const table = listTables[kind];
  const clash = ctx.db.select({ id: table.id }).from(table).where(eq(table.name, name)).get();
  if (clash && clash.id !== exceptId) throw new AppError('conflict', 'errors.nameTaken', 'name');
}

/**
 * A shop is the directory's record too: taken off the list here, it says when and by whom (no reason: settings asks
 * none, the directory's void does); put back, it is listed again with nothing left of that.
 */
function offTheList(ctx: ServiceContext, id: string, active: boolean, actor: Actor, now: number) {
  const was = ctx.sqlite.prepare('select active from shops where id = ?').pluck().get(id);
  if (active && was === 0) return { voidedAt: null, voidReason: null, voidedBy: null };
  if (!active && was === 1) return { voidedAt: now, voidedBy: actor.clerkId };
  return {};
}

export function addItem(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { kind: ListKind; name: string; unitNo: string; floor: string; phone: string },
): NamedItem {
  assertNameFree(ctx, input.kind, input.name);
  return write(ctx, actor, (tx) => {
    const row = tx.insert(input.kind, {
      id: newId(),
      name: input.name,
      active: true,
      ...extraColumns(input.kind, input),
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    if (input.kind === 'shops') shopWritten(ctx, tx, String(row.id));
    return toItem(input.kind, row);
  });
}

export function updateItem(
  ctx: ServiceContext,
  actor: Actor,
  input: { id: string; kind: ListKind; name: string; active: boolean; unitNo: string; floor: string; phone: string },
): NamedItem {
  assertNameFree(ctx, input.kind, input.name, input.id);
  return write(ctx, actor, (tx) => {
    const { after } = tx.update(input.kind, input.id, {
      name: input.name,
      active: input.active,
      ...extraColumns(input.kind, input),
      ...(input.kind === 'shops' ? offTheList(ctx, input.id, input.active, actor, tx.now) : {}),
    });
    if (input.kind === 'shops') shopWritten(ctx, tx, input.id);
    return toItem(input.kind, after);
  });
}

export function readSetting<T>(ctx: ServiceContext, key: string, fallback: T, parse: (v: unknown) => T): T {
  // Saves read settings (fees, hours, limits) every time: plain SQL, not the query builder (bench/results.md).
  const row = selectRow(ctx.sqlite, settings, settings.key, key) as { value: unknown } | undefined;
  if (!row) return fallback;
  try {
    return parse({ ...(fallback as object), ...(row.value as object) });
  } catch {
    return fallback;
  }
}

/**
 * Stores a setting. Called from a channel that declares `versionedSetting(key)`, the writer refuses a save based on
 * an older version; a `version` the form sent beside the values is not part of the value.
 */
export function writeSetting(ctx: ServiceContext, actor: Actor | null, key: string, value: unknown): void {
  const existing = ctx.db.select().from(settings).where(eq(settings.key, key)).get();
  const stored =
    value && typeof value === 'object' && 'version' in value ? (({ version: _v, ...rest }) => rest)(value) : value;
  write(ctx, actor, (tx) => {
    if (existing) tx.update('settings', key, { value: stored, updatedAt: tx.now });
    else tx.insert('settings', { key, value: stored, updatedAt: tx.now });
  });
}

/** The version of the setting under `key` (0 while it was never saved and its default shows). */
export function settingVersion(ctx: ServiceContext, key: string): number {
  const version = ctx.sqlite.prepare('select version from settings where key = ?').pluck().get(key);
  return typeof version === 'number' ? version : 0;
}

/** A setting as its form shows it: the values and the version a save sends back. */
export function withSettingVersion<T extends object>(
  ctx: ServiceContext,
  key: string,
  value: T,
): T & { version: number } {
  return { ...value, version: settingVersion(ctx, key) };
}

export function getBusinessHours(ctx: ServiceContext): BusinessHours {
  return readSetting(ctx, 'businessHours', defaultBusinessHours, (v) => businessHoursSchema.parse(v));
}

/** The days the desk does not open, earliest first. */
export function getClosedDays(ctx: ServiceContext): ClosedDays {
  const stored = readSetting(ctx, 'closedDays', { days: [] }, (v) => closedDaysSchema.parse(v));
  return { days: [...stored.days].sort((a, b) => a.date.localeCompare(b.date)) };
}

/**
 * The business hours, the closed days and the site's zone: what every deadline rule of
 * `shared/contract/desk-hours.ts` reads.
 */
export function getDeskHours(ctx: ServiceContext): DeskHours {
  return {
    hours: getBusinessHours(ctx),
    timeZone: getSite(ctx).timeZone,
    closedDays: getClosedDays(ctx).days.map((d) => d.date),
  };
}

export function getPrinting(ctx: ServiceContext): Printing {
  return readSetting(ctx, 'printing', { silentDefaultPrinter: false }, (v) => printingSchema.parse(v));
}

/** Mall desk, property client centre, or both (the default: every module shows). */
export function getSiteKind(ctx: ServiceContext): SiteKindSetting {
  return readSetting(ctx, 'siteKind', { kind: 'both' }, (v) => siteKindSchema.parse(v));
}

export function getPolicy(ctx: ServiceContext): Policy {
  return readSetting(ctx, 'policy', defaultPolicy, (v) => policySchema.parse(v));
}

/** This PC's counter; the desk's machine belongs to one counter. */
export function thisCounterId(ctx: ServiceContext): string | null {
  const row = ctx.db.select().from(settings).where(eq(settings.key, 'thisCounter')).get();
  if (row && typeof row.value === 'string') return row.value;
  const first = ctx.db.select({ id: counters.id }).from(counters).where(eq(counters.active, true)).get();
  return first?.id ?? null;
}
