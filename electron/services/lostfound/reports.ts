import type { z } from 'zod';
import type { lostfoundReports } from '../../../db/schema';
import {
  LOSTFOUND_REPORT_PREFIX,
  type LostfoundCandidate,
  type LostfoundItemView,
  type LostfoundReportView,
  type lossReportInput,
} from '../../../shared/contract/lostfound';
import { hasRole } from '../../../shared/contract/roles';
import type { Actor, ServiceContext } from '../context';
import { AppError, refuse } from '../errors';
import { newId } from '../ids';
import type { SearchIndexer } from '../sync/module-sync';
import { write } from '../write';
import { getReport, heldItemsFoundBetween } from './queries';

type ReportRow = typeof lostfoundReports.$inferSelect;
type ReportInput = z.output<typeof lossReportInput>;

/** How long after the loss an item may turn up at the desk and still be a candidate. */
const FOUND_AFTER_LOSS_MS = 7 * 24 * 3600 * 1000;
/** A clerk's "lost around 3 pm" is rough: an item found a little before the window still counts. */
const WINDOW_SLACK_MS = 2 * 3600 * 1000;

export function indexReport(tx: SearchIndexer, row: ReportRow): void {
  tx.index({
    module: 'lostfound',
    entityId: row.id,
    title: row.reporterName,
    subtitle: `${row.serialNo} · ${row.description.slice(0, 30)}`,
    tag: row.category,
    text: [row.serialNo, row.description, row.lostPlace].join(' '),
    names: [row.reporterName],
    phones: [row.phone],
    at: row.createdAt,
    voided: row.voidedAt !== null,
  });
}

/** 寻物登记: what the customer lost, where and when, and how to reach them. */
export function reportLoss(ctx: ServiceContext, actor: Actor, input: ReportInput): LostfoundReportView {
  if (input.lostFrom > input.lostTo) throw refuse('errors.lostfoundWindowOrder', 'lostTo');
  if (input.lostFrom > ctx.clock.now() + WINDOW_SLACK_MS) throw refuse('errors.lostfoundLostInFuture', 'lostFrom');
  const id = write(ctx, actor, (tx) => {
    const row = tx.insert('lostfoundReports', {
      id: newId(),
      serialNo: tx.serial(LOSTFOUND_REPORT_PREFIX),
      reporterName: input.reporterName,
      phone: input.phone,
      category: input.category,
      description: input.description,
      lostPlace: input.lostPlace,
      lostFrom: input.lostFrom,
      lostTo: input.lostTo,
      status: 'open',
      clerkId: actor.clerkId,
      shiftId: actor.shiftId,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    indexReport(tx, row);
    return row.id;
  });
  return getReport(ctx, id);
}

export function voidReport(ctx: ServiceContext, actor: Actor, input: { id: string; reason: string }) {
  if (!hasRole(actor.role, 'lead')) throw new AppError('forbidden', 'errors.forbidden', undefined, { role: 'lead' });
  const reason = input.reason.trim();
  if (!reason) throw refuse('errors.required', 'reason');
  write(ctx, actor, (tx) => {
    const report = getReport(ctx, input.id);
    if (report.voidedAt !== null || report.status !== 'open') throw refuse('errors.lostfoundReportClosed');
    const { after } = tx.update(
      'lostfoundReports',
      input.id,
      { voidedAt: tx.now, voidReason: reason, voidedBy: actor.clerkId },
      { action: 'void', note: reason },
    );
    indexReport(tx, after);
  });
  return getReport(ctx, input.id);
}

/**
 * The words of a text a match can rest on: runs of Latin letters or digits, and every pair of adjacent Chinese
 * characters (黑色钱包 → 黑色, 色钱, 钱包), since Chinese has no spaces to split on.
 */
export function matchWords(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/[a-z0-9]{2,}|[\u4e00-\u9fff]+/g) ?? []) {
    if (/^[a-z0-9]/.test(run)) out.add(run);
    else if (run.length === 1) continue;
    else for (let k = 0; k + 1 < run.length; k++) out.add(run.slice(k, k + 2));
  }
  return [...out];
}

function scoreItem(report: LostfoundReportView, item: LostfoundItemView): LostfoundCandidate | null {
  const sameCategory = report.category === item.category;
  const itemText = `${item.description} ${item.colour} ${item.brand}`.toLowerCase();
  const words = matchWords(report.description).filter((w) => itemText.includes(w));
  const placeWords = matchWords(report.lostPlace);
  const placeMatches = placeWords.length > 0 && placeWords.some((w) => item.foundPlace.toLowerCase().includes(w));
  if (!sameCategory && words.length === 0) return null;
  const score = (sameCategory ? 3 : 0) + (placeMatches ? 2 : 0) + words.length;
  return { item, score, sameCategory, placeMatches, words };
}

/**
 * Found items that may be what a report describes: held, found in the loss window (or up to a week after it), of
 * the same category or sharing words of the description; best first.
 */
export function matchCandidates(ctx: ServiceContext, reportId: string): LostfoundCandidate[] {
  const report = getReport(ctx, reportId);
  // A report found, closed or voided is matched against nothing: offering a claim against it would only be refused.
  if (report.status !== 'open' || report.voidedAt !== null) return [];
  const pool = heldItemsFoundBetween(ctx, report.lostFrom - WINDOW_SLACK_MS, report.lostTo + FOUND_AFTER_LOSS_MS);
  return pool
    .map((item) => scoreItem(report, item))
    .filter((c): c is LostfoundCandidate => c !== null)
    .sort((x, y) => y.score - x.score || y.item.foundAt - x.item.foundAt)
    .slice(0, 20);
}
