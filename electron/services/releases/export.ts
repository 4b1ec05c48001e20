import type { CodeOf, ListOf } from '../../../shared/contract/label-text';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { ReleasePassView } from '../../../shared/contract/releases';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getPass } from './queries';

const zh = <L extends ListOf<'releases'>>(list: L, code: CodeOf<'releases', L> | null) =>
  valueLabelOrEmpty('zh-CN', 'releases', list, code);

/** The owner's copy: unmasked, in the words the screens use. */
export const releaseColumns: ExportColumn<ReleasePassView>[] = [
  { header: '放行条号', width: 22, value: (r) => r.serialNo },
  { header: '开具时间', width: 17, value: (r, at) => at(r.issuedAt) },
  { header: '申请人类型', width: 8, value: (r) => zh('holderKind', r.holderKind) },
  { header: '申请人', width: 10, value: (r) => r.holderName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '房号 / 铺位', width: 14, value: (r) => (r.shopName ? `${r.shopName} ${r.unit}` : r.unit) },
  { header: '放行原因', width: 8, value: (r) => zh('reason', r.reason) },
  { header: '原因说明', width: 16, value: (r) => r.reasonNote },
  { header: '放行物品', width: 36, value: (r) => r.itemsText },
  { header: '车牌号', width: 10, value: (r) => r.vehiclePlate },
  { header: '放行日期', width: 11, value: (r) => r.validDay },
  { header: '授权人', width: 10, value: (r) => r.approverName },
  { header: '授权方式', width: 8, value: (r) => zh('approvalMethod', r.approvalMethod) },
  { header: '审批领班', width: 10, value: (r) => r.approvedByName },
  { header: '单元备注', width: 16, value: (r) => r.unitFlag },
  { header: '状态', width: 8, value: (r) => zh('status', r.status) },
  { header: '出门查验时间', width: 17, value: (r, at) => at(r.exitCheckedAt) },
  { header: '门岗', width: 10, value: (r) => r.guardName },
  { header: '查验说明', width: 20, value: (r) => r.exitNote },
  { header: '开具人', width: 10, value: (r) => r.clerkName },
  { header: '作废原因', width: 16, value: (r) => r.voidReason ?? '' },
];

export const releasesExport: ModulePlan = {
  module: 'releases',
  file: '物品放行条.xlsx',
  sheets: [recordSheet('物品放行条', releaseColumns, 'release_passes', 'issued_at', 'id', getPass)],
};
