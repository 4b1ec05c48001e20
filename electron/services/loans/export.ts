import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { LoanView } from '../../../shared/contract/loans';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getLoan } from './queries';

const yuan = (fen: number) => fen / 100;

/** The owner's copy: unmasked phone, masked ID (only the mask is kept), in the words the screens use. */
export const loanColumns: ExportColumn<LoanView>[] = [
  { header: '借用单号', width: 22, value: (r) => r.serialNo },
  { header: '借出时间', width: 17, value: (r, at) => at(r.lentAt) },
  { header: '物品', width: 12, value: (r) => `${r.kindName} ${r.itemCode}` },
  { header: '借用人', width: 10, value: (r) => r.borrowerName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '担保方式', width: 8, value: (r) => valueLabelOrEmpty('zh-CN', 'loans', 'guarantee', r.guarantee) },
  { header: '押金(元)', width: 9, value: (r) => yuan(r.depositFen) },
  { header: '证件', width: 20, value: (r) => r.idMasked },
  { header: '应还时间', width: 17, value: (r, at) => at(r.dueAt) },
  { header: '状态', width: 8, value: (r) => valueLabelOrEmpty('zh-CN', 'loans', 'status', r.status) },
  { header: '归还时间', width: 17, value: (r, at) => at(r.returnedAt) },
  { header: '逾期费(元)', width: 9, value: (r) => yuan(r.feeFen) },
  { header: '退还押金(元)', width: 10, value: (r) => yuan(r.refundFen) },
  { header: '扣留原因', width: 20, value: (r) => r.keptReason ?? '' },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const loansExport: ModulePlan = {
  module: 'loans',
  file: '便民借用.xlsx',
  sheets: [recordSheet('借用登记', loanColumns, 'loans', 'lent_at', 'rowid', getLoan)],
};
