import ExcelJS from 'exceljs';
import type { ComplaintStats, CountRow } from '../../../shared/contract/complaints';
import { labelText } from '../../../shared/contract/label-text';
import type { Actor, ServiceContext } from '../context';
import { getSite } from '../settings';
import { write } from '../write';
import { localDay } from './calendar';
import { complaintStats } from './statistics';

const HOUR_MS = 3600 * 1000;

/** A breakdown under its title; rows keyed by a code are shown by the code's label, names (departments) as they are. */
function section(
  sheet: ExcelJS.Worksheet,
  title: string,
  rows: CountRow[],
  list?: 'type' | 'cause' | 'outcome' | 'satisfaction',
): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true };
  for (const r of rows) sheet.addRow([list ? codeLabel(list, r.key) : r.key, r.count]);
}

function codeLabel(list: 'type' | 'cause' | 'outcome' | 'satisfaction', key: string): string {
  return labelText('zh-CN', `labels.complaints.values.${list}.${key}`);
}

/** The statistics as an .xlsx workbook (labels in Chinese, as printed); the export is audited. */
export async function exportComplaintStats(
  ctx: ServiceContext,
  actor: Actor,
  from: number,
  to: number,
): Promise<{ fileName: string; base64: string }> {
  const stats: ComplaintStats = complaintStats(ctx, from, to);
  const tz = getSite(ctx).timeZone;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户投诉统计表');
  sheet.columns = [{ width: 28 }, { width: 18 }];
  sheet.addRow(['客户投诉统计表', `${localDay(from, tz)} – ${localDay(to - 1, tz)}`]).font = { bold: true };
  sheet.addRow(['受理数', stats.received]);
  sheet.addRow(['不予受理', stats.notAccepted]);
  sheet.addRow(['日均', Number((stats.received / stats.days).toFixed(2))]);
  sheet.addRow(['已解决', stats.resolved]);
  sheet.addRow(['解决率', Number(stats.resolutionRate.toFixed(4))]).getCell(2).numFmt = '0.00%';
  sheet.addRow(['期限内解决', stats.withinDeadline]);
  sheet.addRow(['平均处理时长（小时）', Number((stats.averageHandlingMs / HOUR_MS).toFixed(2))]);
  sheet.addRow(['补偿合计（元）', stats.compensationFen / 100]).getCell(2).numFmt = '#,##0.00';
  section(sheet, '每日受理', stats.perDay);
  section(sheet, '按类型', stats.byType, 'type');
  section(sheet, '按部门', stats.byDepartment);
  section(sheet, '按原因', stats.byCause, 'cause');
  section(sheet, '按处理结果', stats.byOutcome, 'outcome');
  section(sheet, '满意度', stats.bySatisfaction, 'satisfaction');
  const buffer = await workbook.xlsx.writeBuffer();
  const fileName = `客户投诉统计表-${localDay(from, tz)}-${localDay(to - 1, tz)}.xlsx`;
  write(ctx, actor, (tx) => tx.event('complaints', 'stats', 'exported', { from, to, fileName }));
  return { fileName, base64: Buffer.from(buffer).toString('base64') };
}
