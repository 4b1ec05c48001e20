import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type {
  ExportedFile,
  ExportModule,
  ExportRangeResult,
  ExportSettings,
  ExportSettingsView,
} from '../../../../shared/contract/backup-export';
import { exportSettingsSchema } from '../../../../shared/contract/backup-export';
import type { Actor, ServiceContext } from '../../context';
import { AppError, refuse } from '../../errors';
import { getSite, readSetting, writeSetting } from '../../settings';
import { dayjs, siteTimeFormatter } from '../../time';
import { write } from '../../write';
import { effectiveBackupFolder } from '../backup';
import type { FormatTime } from './columns';
import type { ExportWindow } from './paging';
import type { ModulePlan } from './sources';

const SETTINGS_KEY = 'backupExport';

export function getExportSettings(ctx: ServiceContext): ExportSettings {
  return readSetting(ctx, SETTINGS_KEY, { folder: '' }, (v) => exportSettingsSchema.parse(v));
}

/** The chosen folder, or `exports` beside the backup folder (which itself defaults to `backups` by the data). */
export function exportSettingsView(ctx: ServiceContext, defaultBackupDir: string): ExportSettingsView {
  const settings = getExportSettings(ctx);
  const backupFolder = effectiveBackupFolder(ctx, defaultBackupDir);
  return { ...settings, effectiveFolder: settings.folder || path.join(path.dirname(backupFolder), 'exports') };
}

export function saveExportSettings(ctx: ServiceContext, actor: Actor, input: ExportSettings): void {
  writeSetting(ctx, actor, SETTINGS_KEY, input);
}

/** Site days [fromDay, toDay] as instants [from, to). */
function windowOf(timeZone: string, fromDay: string, toDay: string): ExportWindow {
  return {
    from: dayjs.tz(fromDay, timeZone).startOf('day').valueOf(),
    to: dayjs.tz(toDay, timeZone).add(1, 'day').startOf('day').valueOf(),
  };
}

/** Lets the desk's other work run between slices: no stretch of reading and writing holds the main thread long. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Work done between two yields; the clock is read after every batch of rows (BATCH_ROWS), so a slice ends soon after. */
const SLICE_MS = 15;

interface StyleRegistry {
  addStyleModel(model: object | undefined, cellType?: number): number;
}

/**
 * exceljs registers each cell's style as it commits a row: a fresh empty object per cell, so its cache by object
 * never hits and every cell of every row paid for building and looking up a style (most of the writer's time with
 * styles on). A cell without a style gets the same style id for the same kind of value every time, so those are
 * looked up once per kind; styled cells (the bold header) go the usual way.
 */
function reuseEmptyStyles(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles: unknown = Reflect.get(book, 'styles');
  if (!styles || typeof (styles as StyleRegistry).addStyleModel !== 'function') return;
  const registry = styles as StyleRegistry;
  const register = registry.addStyleModel.bind(registry);
  const plain = new Map<number | undefined, number>();
  registry.addStyleModel = (model, cellType) => {
    if (!model || Object.keys(model).length > 0) return register(model, cellType);
    let id = plain.get(cellType);
    if (id === undefined) {
      id = register(model, cellType);
      plain.set(cellType, id);
    }
    return id;
  };
}

async function writeModule(
  ctx: ServiceContext,
  plan: ModulePlan,
  file: string,
  window: ExportWindow,
  at: FormatTime,
): Promise<number> {
  // The streaming writer flushes each committed row to the file, so a million rows never sit in memory at once.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  reuseEmptyStyles(book);
  let recordRows = 0;
  for (const [index, sheetPlan] of plan.sheets.entries()) {
    const sheet = book.addWorksheet(sheetPlan.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = sheetPlan.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    let sliceStart = performance.now();
    for (const rows of sheetPlan.pages(ctx, window, at)) {
      for (const cells of rows) sheet.addRow(cells).commit();
      if (index === 0) recordRows += rows.length;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    sheet.commit();
  }
  await book.commit();
  return recordRows;
}

/** `前台导出-YYYYMMDD-YYYYMMDD`, then `-2`, `-3`… so an earlier export of the same range is never overwritten. */
function freeFolderName(parent: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!fs.existsSync(path.join(parent, name)) && !fs.existsSync(path.join(parent, `${name}.未完成`))) return name;
  }
}

/**
 * Writes every record of the chosen site days, unmasked, as one .xlsx per module into a new subfolder of `parent`.
 * The files are written into a folder marked 未完成 (unfinished) and renamed only when all are complete; on a
 * failure the unfinished folder is removed, so a folder without that mark is always a whole export.
 */
export async function exportRange(
  ctx: ServiceContext,
  actor: Actor,
  input: { from: string; to: string; modules: ExportModule[]; parent: string },
): Promise<ExportRangeResult> {
  if (input.from > input.to) throw refuse('errors.exportRangeOrder', 'to');
  if (input.modules.length === 0) throw refuse('errors.chooseModule', 'modules');
  const timeZone = getSite(ctx).timeZone;
  const window = windowOf(timeZone, input.from, input.to);
  const format = siteTimeFormatter(timeZone);
  const at: FormatTime = (ms) => (ms === null ? '' : format(ms));
  try {
    fs.mkdirSync(input.parent, { recursive: true });
    fs.accessSync(input.parent, fs.constants.W_OK);
  } catch {
    throw new AppError('storage', 'errors.exportFolder', 'folder');
  }
  const name = freeFolderName(
    input.parent,
    `前台导出-${input.from.replaceAll('-', '')}-${input.to.replaceAll('-', '')}`,
  );
  const folder = path.join(input.parent, name);
  const unfinished = `${folder}.未完成`;
  const files: ExportedFile[] = [];
  try {
    fs.mkdirSync(unfinished);
    for (const plan of ctx.modules.exports.filter((p) => input.modules.includes(p.module))) {
      const file = path.join(unfinished, plan.file);
      const rows = await writeModule(ctx, plan, file, window, at);
      files.push({ module: plan.module, name: plan.file, rows, bytes: fs.statSync(file).size });
    }
    fs.renameSync(unfinished, folder);
  } catch {
    // Whatever broke (the drive, a record that cannot be read), the owner gets no half export to mistake for a whole.
    fs.rmSync(unfinished, { recursive: true, force: true });
    throw new AppError('storage', 'errors.exportWrite', 'folder');
  }
  try {
    write(ctx, actor, (tx) =>
      tx.event('backup', name, 'export range', { folder, from: input.from, to: input.to, files }),
    );
  } catch (error) {
    // An export nobody can trace must not stay on the drive: the files go when their audit entry cannot be written.
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { folder, from: input.from, to: input.to, files };
}
