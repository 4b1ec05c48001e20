import type { CodeOf, ListOf } from '../../../shared/contract/label-text';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { RepairOrderView } from '../../../shared/contract/repairs';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getOrder } from './queries';

const zh = <L extends ListOf<'repairs'>>(list: L, code: CodeOf<'repairs', L> | null) =>
  valueLabelOrEmpty('zh-CN', 'repairs', list, code);
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

/** The owner's copy: unmasked, in the words the screens use. */
export const repairColumns: ExportColumn<RepairOrderView>[] = [
  { header: '派工单号', width: 22, value: (r) => r.serialNo },
  { header: '报修时间', width: 17, value: (r, at) => at(r.reportedAt) },
  { header: '来源', width: 10, value: (r) => zh('source', r.source) },
  { header: '位置类型', width: 8, value: (r) => zh('locationKind', r.locationKind) },
  { header: '报修位置', width: 16, value: (r) => r.location },
  { header: '报修类别', width: 8, value: (r) => zh('category', r.category) },
  { header: '紧急程度', width: 6, value: (r) => zh('urgency', r.urgency) },
  { header: '故障描述', width: 30, value: (r) => r.description },
  { header: '报修人', width: 10, value: (r) => r.reporterName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '状态', width: 8, value: (r) => zh('status', r.status) },
  { header: '要求到场时间', width: 17, value: (r, at) => at(r.targetArrivalAt) },
  { header: '维修班组', width: 12, value: (r) => r.teamName ?? '' },
  { header: '派工时间', width: 17, value: (r, at) => at(r.dispatchedAt) },
  { header: '到场时间', width: 17, value: (r, at) => at(r.arrivedAt) },
  { header: '完工时间', width: 17, value: (r, at) => at(r.completedAt) },
  { header: '维修内容', width: 24, value: (r) => r.workDone },
  { header: '使用材料', width: 16, value: (r) => r.materials },
  { header: '收费(元)', width: 9, value: (r) => r.feeFen / 100 },
  { header: '客户确认', width: 6, value: (r) => yesNo(r.customerConfirmed) },
  { header: '回访时间', width: 17, value: (r, at) => at(r.followedUpAt) },
  { header: '满意度', width: 8, value: (r) => zh('satisfaction', r.satisfaction) },
  { header: '回访意见', width: 20, value: (r) => r.followUpNote },
  { header: '关闭时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '受理人', width: 10, value: (r) => r.clerkName },
  { header: '作废原因', width: 16, value: (r) => r.voidReason ?? '' },
];

export const repairsExport: ModulePlan = {
  module: 'repairs',
  file: '报修派工单.xlsx',
  sheets: [recordSheet('报修派工单', repairColumns, 'repair_orders', 'reported_at', 'id', getOrder)],
};
