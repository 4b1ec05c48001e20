import type { CodeOf, ListOf } from '../../../shared/contract/label-text';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { LostfoundItemView, LostfoundReportView } from '../../../shared/contract/lostfound';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getItem, getReport } from './queries';

const zh = <L extends ListOf<'lostfound'>>(list: L, code: CodeOf<'lostfound', L> | null) =>
  valueLabelOrEmpty('zh-CN', 'lostfound', list, code);

/** The owner's copy: unmasked, in the words the screens use. */
export const itemColumns: ExportColumn<LostfoundItemView>[] = [
  { header: '失物编号', width: 22, value: (r) => r.serialNo },
  { header: '拾获时间', width: 17, value: (r, at) => at(r.foundAt) },
  { header: '拾获地点', width: 14, value: (r) => r.foundPlace },
  { header: '类别', width: 8, value: (r) => zh('category', r.category) },
  { header: '物品描述', width: 24, value: (r) => r.description },
  { header: '颜色', width: 6, value: (r) => r.colour },
  { header: '品牌', width: 8, value: (r) => r.brand },
  { header: '价值', width: 6, value: (r) => zh('valueClass', r.valueClass) },
  { header: '贵重物品', width: 6, value: (r) => (r.valuable ? '是' : '否') },
  { header: '现金(元)', width: 9, value: (r) => r.cashFen / 100 },
  { header: '拾获人', width: 10, value: (r) => `${zh('finderKind', r.finderKind)} ${r.finderName}`.trim() },
  { header: '存放位置', width: 10, value: (r) => r.storagePlace },
  { header: '状态', width: 10, value: (r) => zh('itemStatus', r.status) },
  { header: '认领人', width: 10, value: (r) => r.claimantName ?? '' },
  { header: '认领人电话', width: 14, value: (r) => r.claimantPhone ?? '' },
  { header: '认领人证件', width: 20, value: (r) => r.claimantIdMasked ?? '' },
  { header: '认领审批', width: 8, value: (r) => r.claimApprovedByName ?? '' },
  { header: '结束时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '移交或处置原因', width: 20, value: (r) => r.closeReason ?? '' },
  { header: '经手主管', width: 8, value: (r) => r.closedByName ?? '' },
  { header: '登记人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const reportColumns: ExportColumn<LostfoundReportView>[] = [
  { header: '寻物编号', width: 22, value: (r) => r.serialNo },
  { header: '登记时间', width: 17, value: (r, at) => at(r.createdAt) },
  { header: '失主', width: 10, value: (r) => r.reporterName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '类别', width: 8, value: (r) => zh('category', r.category) },
  { header: '物品描述', width: 24, value: (r) => r.description },
  { header: '遗失地点', width: 14, value: (r) => r.lostPlace },
  { header: '遗失时间起', width: 17, value: (r, at) => at(r.lostFrom) },
  { header: '遗失时间止', width: 17, value: (r, at) => at(r.lostTo) },
  { header: '状态', width: 8, value: (r) => zh('reportStatus', r.status) },
  { header: '对应失物', width: 22, value: (r) => r.itemSerial ?? '' },
  { header: '登记人', width: 8, value: (r) => r.clerkName },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const lostfoundExport: ModulePlan = {
  module: 'lostfound',
  file: '失物招领.xlsx',
  sheets: [
    recordSheet('失物登记', itemColumns, 'lostfound_items', 'found_at', 'rowid', getItem),
    recordSheet('寻物登记', reportColumns, 'lostfound_reports', 'created_at', 'rowid', getReport),
  ],
};
