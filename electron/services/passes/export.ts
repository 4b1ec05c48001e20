import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { PassView } from '../../../shared/contract/passes';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getPass } from './queries';

/** The owner's copy, in the words the screens use; the ID stays masked (the number is never stored). */
export const passColumns: ExportColumn<PassView>[] = [
  { header: '证号', width: 22, value: (r) => r.serialNo },
  { header: '办证时间', width: 17, value: (r, at) => at(r.issuedAt) },
  { header: '证件类型', width: 14, value: (r) => valueLabelOrEmpty('zh-CN', 'passes', 'kind', r.kind) },
  { header: '持证人', width: 10, value: (r) => r.holderName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '身份证件', width: 22, value: (r) => r.idMasked },
  { header: '施工单位', width: 18, value: (r) => r.company },
  { header: '服务房号 / 铺位', width: 14, value: (r) => r.unit },
  { header: '车牌号', width: 10, value: (r) => r.vehiclePlate },
  { header: '有效期自', width: 11, value: (r) => r.validFrom },
  { header: '有效期至', width: 11, value: (r) => r.validTo },
  { header: '押金(元)', width: 9, value: (r) => r.depositFen / 100 },
  { header: '工本费(元)', width: 9, value: (r) => r.feeFen / 100 },
  { header: '状态', width: 8, value: (r) => valueLabelOrEmpty('zh-CN', 'passes', 'status', r.status) },
  { header: '交回时间', width: 17, value: (r, at) => at(r.returnedAt) },
  { header: '退还押金(元)', width: 10, value: (r) => r.refundFen / 100 },
  { header: '交回说明', width: 16, value: (r) => r.returnNote },
  { header: '办证人', width: 10, value: (r) => r.clerkName },
  { header: '注销原因', width: 16, value: (r) => r.voidReason ?? '' },
];

export const passesExport: ModulePlan = {
  module: 'passes',
  file: '出入证.xlsx',
  sheets: [recordSheet('出入证', passColumns, 'passes', 'issued_at', 'id', getPass)],
};
