import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { handovers } from '../../../db/schema';
import type { HandoverPdfResult } from '../../../shared/contract/handover';
import { getClerk } from '../clerks';
import type { Actor, ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { write } from '../write';
import { getHandoverSettings } from './compile';
import { printingActor } from './queries';

/** Characters Windows and network shares refuse in file names (names and serials hold no control characters). */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|]/g;

/** `交接单-<serial>-<outgoing clerk>.pdf`; a second save of the same sheet gets `-2`, never overwriting the first. */
export function handoverPdfFileName(folder: string, serialNo: string, clerkName: string): string {
  const base = `交接单-${serialNo}-${clerkName}`.replace(UNSAFE_IN_NAMES, '_');
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.pdf` : `${base}-${n}.pdf`;
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
}

/**
 * Saves the sheet on show as PDF into the folder set in the handover settings, and audits it. `renderPdf` is the
 * desktop app's rendering of its window (Electron's printToPDF); browser mode has none and answers `browser`.
 * The handover itself is already stored: a failure here only means no PDF, and says so.
 */
export async function saveHandoverPdf(
  ctx: ServiceContext,
  actor: Actor | null,
  input: { id: string; reprint: boolean },
  renderPdf: (() => Promise<Uint8Array>) | undefined,
): Promise<HandoverPdfResult> {
  const row = ctx.db.select().from(handovers).where(eq(handovers.id, input.id)).get();
  if (!row) throw notFound();
  const acting = printingActor(ctx, actor, row);
  if (!renderPdf) return { saved: false, reason: 'browser' };
  const folder = getHandoverSettings(ctx).pdfFolder;
  if (!folder) return { saved: false, reason: 'noFolder' };
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new AppError('storage', 'errors.handoverPdfFolder', 'pdfFolder');
  }
  const file = path.join(folder, handoverPdfFileName(folder, row.serialNo, getClerk(ctx, row.outgoingClerkId).name));
  const partial = `${file}.partial`;
  try {
    fs.writeFileSync(partial, await renderPdf());
    fs.renameSync(partial, file);
  } catch {
    fs.rmSync(partial, { force: true });
    throw new AppError('storage', 'errors.handoverPdfWrite');
  }
  try {
    write(ctx, acting, (tx) =>
      tx.event('handovers', row.id, input.reprint ? 'handover PDF saved again' : 'handover PDF saved', {
        serialNo: row.serialNo,
        file,
      }),
    );
  } catch (error) {
    // A PDF whose saving is not in the log must not be left behind as if it were.
    fs.rmSync(file, { force: true });
    throw error;
  }
  return { saved: true, file };
}
