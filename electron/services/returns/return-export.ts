import ExcelJS from 'exceljs';
import { valueLabel } from '../../../shared/contract/label-text';
import type { ReturnView } from '../../../shared/contract/returns';
import type { ServiceContext } from '../context';
import { getSite } from '../settings';
import { dayjs } from '../time';
import { listReturns, type ReturnFilter } from './return-queries';

// The summary form's Chinese headings (退换货汇总表); main has no i18n, so codes take the module's zh-CN labels.
const yuan = (fen: number | null) => (fen === null ? '' : fen / 100);

export const COLUMNS: {
  header: string;
  width: number;
  value: (r: ReturnView, at: (ms: number) => string) => string | number;
}[] = [
  { header: '单号', width: 22, value: (r) => r.serialNo },
  { header: '日期', width: 17, value: (r, at) => at(r.createdAt) },
  { header: '类型', width: 6, value: (r) => valueLabel('zh-CN', 'returns', 'kind', r.kind) },
  { header: '顾客姓名', width: 10, value: (r) => r.customerName },
  { header: '商品', width: 20, value: (r) => r.product },
  { header: '规格', width: 12, value: (r) => r.specification },
  { header: '数量', width: 6, value: (r) => r.quantity },
  { header: '金额(元)', width: 11, value: (r) => yuan(r.amountFen) },
  { header: '商户', width: 14, value: (r) => r.shopName },
  { header: '小票号', width: 16, value: (r) => r.receiptNo },
  { header: '购买日期', width: 11, value: (r) => r.purchaseDate },
  { header: '原因', width: 24, value: (r) => r.reason },
  { header: '质量问题', width: 8, value: (r) => (r.qualityProblem ? '是' : '否') },
  { header: '符合政策', width: 8, value: (r) => (r.meetsPolicy ? '是' : '否') },
  { header: '例外批准人', width: 10, value: (r) => r.exceptionApproverName ?? '' },
  { header: '例外理由', width: 20, value: (r) => r.exceptionReason ?? '' },
  { header: '换入商品', width: 18, value: (r) => r.newProduct },
  { header: '换入金额(元)', width: 12, value: (r) => yuan(r.newAmountFen) },
  { header: '差价(元,正为顾客补)', width: 16, value: (r) => yuan(r.priceDifferenceFen) },
  {
    header: '差价由谁付',
    width: 10,
    value: (r) => (r.differencePayer ? valueLabel('zh-CN', 'returns', 'differencePayer', r.differencePayer) : ''),
  },
  {
    header: '退款方式',
    width: 10,
    value: (r) => (r.refundMethod ? valueLabel('zh-CN', 'returns', 'refundMethod', r.refundMethod) : ''),
  },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '作废原因', width: 16, value: (r) => r.voidReason ?? '' },
  {
    header: '审批状态',
    width: 8,
    value: (r) =>
      r.approvalStatus === 'none' ? '' : valueLabel('zh-CN', 'returns', 'approvalStatus', r.approvalStatus),
  },
  { header: '审批人', width: 8, value: (r) => r.decidedByName ?? '' },
  { header: '审批意见', width: 20, value: (r) => r.decisionNote ?? '' },
];

export async function exportReturns(
  ctx: ServiceContext,
  filter: ReturnFilter,
): Promise<{ fileName: string; base64: string; rowCount: number }> {
  const timeZone = getSite(ctx).timeZone;
  const at = (ms: number) => dayjs(ms).tz(timeZone).format('YYYY-MM-DD HH:mm');
  const list = listReturns(ctx, { ...filter, limit: 1000 });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('退换货汇总表');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of [...list.rows].reverse()) sheet.addRow(COLUMNS.map((c) => c.value(r, at)));
  for (const col of [8, 18, 19]) sheet.getColumn(col).numFmt = '#,##0.00';
  const stamp = dayjs(ctx.clock.now()).tz(timeZone).format('YYYYMMDD-HHmm');
  const buffer = await book.xlsx.writeBuffer();
  return {
    fileName: `退换货汇总表_${stamp}.xlsx`,
    base64: Buffer.from(buffer).toString('base64'),
    rowCount: list.rows.length,
  };
}
