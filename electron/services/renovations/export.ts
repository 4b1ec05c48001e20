import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { RenovationView } from '../../../shared/contract/renovations';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getRenovation } from './queries';

const yuan = (fen: number) => fen / 100;

/** The owner's copy, in the words the screens use. */
export const renovationColumns: ExportColumn<RenovationView>[] = [
  { header: '申请编号', width: 22, value: (r) => r.serialNo },
  { header: '申请时间', width: 17, value: (r, at) => at(r.appliedAt) },
  { header: '房号 / 铺位', width: 14, value: (r) => r.unit },
  { header: '业主', width: 10, value: (r) => r.ownerName },
  { header: '业主电话', width: 14, value: (r) => r.ownerPhone },
  { header: '施工单位', width: 18, value: (r) => r.contractor },
  { header: '施工负责人', width: 10, value: (r) => r.foreman },
  { header: '负责人电话', width: 14, value: (r) => r.foremanPhone },
  { header: '装修内容', width: 30, value: (r) => r.work },
  { header: '施工开始', width: 11, value: (r) => r.startDate },
  { header: '施工结束', width: 11, value: (r) => r.endDate },
  { header: '装修押金(元)', width: 10, value: (r) => yuan(r.depositFen) },
  { header: '管理费(元)', width: 9, value: (r) => yuan(r.feeFen) },
  { header: '已查验资料', width: 30, value: (r) => r.documents.join('、') },
  { header: '状态', width: 10, value: (r) => valueLabelOrEmpty('zh-CN', 'renovations', 'status', r.status) },
  { header: '审批时间', width: 17, value: (r, at) => at(r.approvedAt) },
  { header: '审批人', width: 10, value: (r) => r.approvedByName ?? '' },
  { header: '验收时间', width: 17, value: (r, at) => at(r.inspectedAt) },
  { header: '验收次数', width: 8, value: (r) => r.inspections },
  {
    header: '验收结果',
    width: 8,
    value: (r) => (r.lastResult ? valueLabelOrEmpty('zh-CN', 'renovations', 'result', r.lastResult) : ''),
  },
  { header: '整改问题', width: 24, value: (r) => r.defects },
  { header: '退押金时间', width: 17, value: (r, at) => at(r.refundedAt) },
  { header: '退还押金(元)', width: 10, value: (r) => yuan(r.refundFen) },
  { header: '扣款原因', width: 20, value: (r) => r.deductionReason },
  { header: '出入证数', width: 8, value: (r) => r.passes },
  { header: '受理人', width: 10, value: (r) => r.clerkName },
  { header: '作废原因', width: 16, value: (r) => r.voidReason ?? '' },
];

export const renovationsExport: ModulePlan = {
  module: 'renovations',
  file: '装修申请.xlsx',
  sheets: [recordSheet('装修申请', renovationColumns, 'renovations', 'applied_at', 'id', getRenovation)],
};
