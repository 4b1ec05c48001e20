import ExcelJS from 'exceljs';
import type { InvoiceDailyTotals, InvoiceExport, InvoiceView } from '../../../shared/contract/invoices';
import { type CodeOf, type ListOf, valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { ServiceContext } from '../context';
import { getSite } from '../settings';
import { dayjs } from '../time';
import { invoicesInRange } from './invoice-queries';

/** Totals per site day, shop, kind and medium of the requests created in [from, to) that are not voided. */
export function invoiceDailyTotals(ctx: ServiceContext, from: number, to: number): InvoiceDailyTotals {
  const timeZone = getSite(ctx).timeZone;
  const groups = new Map<string, InvoiceDailyTotals['rows'][number]>();
  for (const r of invoicesInRange(ctx, from, to)) {
    if (r.status === 'voided') continue;
    const day = dayjs(r.createdAt).tz(timeZone).format('YYYY-MM-DD');
    const key = `${day}|${r.shopId}|${r.kind}|${r.medium}`;
    const group = groups.get(key) ?? {
      day,
      shopId: r.shopId,
      shopName: r.shopName,
      kind: r.kind,
      medium: r.medium,
      count: 0,
      amountFen: 0,
    };
    group.count += 1;
    group.amountFen += r.amountFen;
    groups.set(key, group);
  }
  const rows = [...groups.values()].sort(
    (a, b) => a.day.localeCompare(b.day) || a.shopName.localeCompare(b.shopName, 'zh') || a.kind.localeCompare(b.kind),
  );
  return {
    rows,
    count: rows.reduce((n, r) => n + r.count, 0),
    amountFen: rows.reduce((n, r) => n + r.amountFen, 0),
  };
}

// The finance office reads Chinese; main has no i18n, so the codes' words come from the module's zh-CN labels.
const zh = <L extends ListOf<'invoices'>>(list: L, code: CodeOf<'invoices', L> | null) =>
  valueLabelOrEmpty('zh-CN', 'invoices', list, code);

export const COLUMNS: {
  header: string;
  width: number;
  value: (r: InvoiceView, at: (ms: number | null) => string) => string | number;
}[] = [
  { header: '申请单号', width: 22, value: (r) => r.serialNo },
  { header: '申请时间', width: 17, value: (r, at) => at(r.createdAt) },
  { header: '小票号', width: 20, value: (r) => r.receiptNos.join(', ') },
  { header: '商户', width: 16, value: (r) => r.shopName },
  { header: '购买日期', width: 11, value: (r) => r.purchaseDate },
  { header: '价税合计(元)', width: 13, value: (r) => r.amountFen / 100 },
  { header: '发票种类', width: 15, value: (r) => zh('kind', r.kind) },
  { header: '介质', width: 6, value: (r) => zh('medium', r.medium) },
  { header: '购买方类型', width: 9, value: (r) => zh('buyerType', r.buyerType) },
  { header: '购买方名称(抬头)', width: 28, value: (r) => r.title },
  { header: '纳税人识别号', width: 21, value: (r) => r.taxpayerId },
  { header: '地址', width: 24, value: (r) => r.address },
  { header: '电话', width: 14, value: (r) => r.phone },
  { header: '开户行', width: 20, value: (r) => r.bank },
  { header: '账号', width: 22, value: (r) => r.account },
  { header: '电子邮箱', width: 22, value: (r) => r.email },
  { header: '状态', width: 8, value: (r) => zh('status', r.status) },
  { header: '发票代码', width: 14, value: (r) => r.invoiceCode ?? '' },
  { header: '发票号码', width: 12, value: (r) => r.invoiceNo ?? '' },
  { header: '开票时间', width: 17, value: (r, at) => at(r.issuedAt) },
  { header: '交付时间', width: 17, value: (r, at) => at(r.deliveredAt) },
  { header: '交付方式', width: 9, value: (r) => zh('deliveryMethod', r.deliveryMethod) },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '红冲原因', width: 20, value: (r) => r.voidReason ?? '' },
];

/** The range as an .xlsx workbook: one row per request, amounts as numbers formatted to two decimals, a total row. */
export async function exportInvoices(ctx: ServiceContext, from: number, to: number): Promise<InvoiceExport> {
  const timeZone = getSite(ctx).timeZone;
  const at = (ms: number | null) => (ms === null ? '' : dayjs(ms).tz(timeZone).format('YYYY-MM-DD HH:mm'));
  const rows = invoicesInRange(ctx, from, to);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('开票申请');
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r, at)));
  const liveFen = rows.filter((r) => r.status !== 'voided').reduce((n, r) => n + r.amountFen, 0);
  const total = sheet.addRow(['合计(不含红冲)', '', '', '', '', liveFen / 100]);
  total.font = { bold: true };
  sheet.getColumn(6).numFmt = '#,##0.00';
  const buffer = await book.xlsx.writeBuffer();
  const day = (ms: number) => dayjs(ms).tz(timeZone).format('YYYYMMDD');
  return {
    fileName: `开票申请_${day(from)}-${day(to - 1)}.xlsx`,
    base64: Buffer.from(buffer).toString('base64'),
    rowCount: rows.length,
  };
}
