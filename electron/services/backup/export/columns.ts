import type { CallView } from '../../../../shared/contract/calls-views';
import { timelineWords } from '../../../../shared/contract/complaint-fields';
import type { ComplaintEventView, ComplaintView } from '../../../../shared/contract/complaints-views';
import {
  type CodeOf,
  type LabelledModule,
  type ListOf,
  valueLabelOrEmpty,
} from '../../../../shared/contract/label-text';
import type { VisitView } from '../../../../shared/contract/reception-views';
import type { StorageSlipView } from '../../../../shared/contract/storage-views';

/** Formats an instant in the site's time zone; empty for a time not (yet) set. */
export type FormatTime = (ms: number | null) => string;

/** One column of an exported sheet; the same shape the invoice and returns exports use. */
export interface ExportColumn<R> {
  header: string;
  width: number;
  value: (row: R, at: FormatTime) => string | number;
}

// The owner reads Chinese and main has no i18n: the workbooks take every code's words from the modules' zh-CN
// label tables, the same words the screens show.
const zh = <M extends LabelledModule, L extends ListOf<M>>(module: M, list: L, code: CodeOf<M, L> | null) =>
  valueLabelOrEmpty('zh-CN', module, list, code);
const yuan = (fen: number) => fen / 100;
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

export const visitColumns: ExportColumn<VisitView>[] = [
  { header: '登记编号', width: 22, value: (r) => r.serialNo },
  { header: '来访时间', width: 17, value: (r, at) => at(r.timeIn) },
  { header: '离开时间', width: 17, value: (r, at) => at(r.timeOut) },
  { header: '访客姓名', width: 10, value: (r) => r.visitorName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '单位', width: 16, value: (r) => r.organisation },
  { header: '人数', width: 6, value: (r) => r.partySize },
  { header: '证件类型', width: 10, value: (r) => zh('reception', 'idType', r.idType) },
  { header: '证件号码(脱敏)', width: 20, value: (r) => r.idMasked },
  { header: '来访事由', width: 10, value: (r) => zh('reception', 'purpose', r.purpose) },
  { header: '拜访对象/单位', width: 16, value: (r) => r.visiting },
  { header: '商户', width: 14, value: (r) => r.shopName ?? '' },
  { header: '访客证号', width: 9, value: (r) => r.badgeNo },
  { header: '访客证已归还', width: 8, value: (r) => yesNo(r.badgeReturned) },
  { header: '车牌号', width: 10, value: (r) => r.plate },
  { header: '报修位置', width: 16, value: (r) => r.repairLocation },
  { header: '派工部门', width: 12, value: (r) => r.repairDepartmentName ?? '' },
  { header: '跟进时限', width: 17, value: (r, at) => at(r.repairFollowUpDue) },
  { header: '备注', width: 24, value: (r) => r.notes },
  { header: '已匿名化', width: 17, value: (r, at) => at(r.anonymisedAt) },
  { header: '登记人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const callColumns: ExportColumn<CallView>[] = [
  { header: '记录编号', width: 22, value: (r) => r.serialNo },
  { header: '方向', width: 6, value: (r) => zh('calls', 'direction', r.direction) },
  { header: '通话时间', width: 17, value: (r, at) => at(r.startedAt) },
  { header: '时长(秒)', width: 8, value: (r) => r.durationSec },
  { header: '来电人', width: 10, value: (r) => r.callerName },
  { header: '电话号码', width: 14, value: (r) => r.phone },
  { header: '类别', width: 12, value: (r) => zh('calls', 'category', r.category) },
  { header: '内容摘要', width: 36, value: (r) => r.summary },
  { header: '转交', width: 14, value: (r) => r.transferDepartmentName ?? r.transferredTo },
  { header: '需要回复', width: 8, value: (r) => yesNo(r.replyNeeded) },
  { header: '回复期限', width: 17, value: (r, at) => at(r.replyDueAt) },
  { header: '回复办结', width: 17, value: (r, at) => at(r.replyClosedAt) },
  { header: '结果', width: 24, value: (r) => r.result },
  { header: '登记人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const slipColumns: ExportColumn<StorageSlipView>[] = [
  { header: '寄存单号', width: 22, value: (r) => r.serialNo },
  { header: '寄存时间', width: 17, value: (r, at) => at(r.depositedAt) },
  { header: '寄存人', width: 10, value: (r) => r.depositorName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '物品', width: 24, value: (r) => r.description },
  { header: '件数', width: 6, value: (r) => r.pieces },
  { header: '已取件数', width: 8, value: (r) => r.piecesOut },
  { header: '大小', width: 6, value: (r) => zh('storage', 'size', r.size) },
  { header: '位置', width: 8, value: (r) => r.locationCode },
  { header: '费用(元)', width: 9, value: (r) => yuan(r.feeFen) },
  { header: '减免(元)', width: 9, value: (r) => yuan(r.waivedFen) },
  { header: '预计取件', width: 17, value: (r, at) => at(r.expectedPickupAt) },
  { header: '状态', width: 8, value: (r) => zh('storage', 'slipStatus', r.status) },
  { header: '结束时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '转交去向', width: 9, value: (r) => zh('storage', 'transferTarget', r.transferTo) },
  { header: '转交原因', width: 16, value: (r) => r.transferReason ?? '' },
  {
    header: '取件记录',
    width: 40,
    value: (r, at) =>
      r.pickups
        .map(
          (p) =>
            `${at(p.collectedAt)} ${p.collectorName} ${p.pieces}件 ${zh('storage', 'proof', p.proof)} ${p.clerkName}`,
        )
        .join('\n'),
  },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const complaintColumns: ExportColumn<ComplaintView>[] = [
  { header: '受理编号', width: 22, value: (r) => r.serialNo },
  { header: '受理时间', width: 17, value: (r, at) => at(r.receivedAt) },
  { header: '投诉渠道', width: 8, value: (r) => zh('complaints', 'channel', r.channel) },
  { header: '顾客姓名', width: 10, value: (r) => r.customerName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '地址', width: 20, value: (r) => r.address },
  { header: '投诉类型', width: 8, value: (r) => zh('complaints', 'type', r.type) },
  { header: '投诉缘由', width: 36, value: (r) => r.reason },
  { header: '客户要求', width: 24, value: (r) => r.demand },
  { header: '紧急程度', width: 8, value: (r) => zh('complaints', 'urgency', r.urgency) },
  { header: '承诺办理期限', width: 17, value: (r, at) => at(r.deadlineAt) },
  { header: '涉及商户', width: 14, value: (r) => r.shopName ?? '' },
  { header: '涉及部门', width: 12, value: (r) => r.departmentName ?? '' },
  { header: '状态', width: 8, value: (r) => zh('complaints', 'status', r.status) },
  { header: '不予受理理由', width: 20, value: (r) => r.notAcceptedReason ?? '' },
  { header: '负责人', width: 8, value: (r) => r.ownerClerkName },
  { header: '指派部门', width: 12, value: (r) => r.assignedDepartmentName ?? '' },
  { header: '指派人员', width: 8, value: (r) => r.assignedClerkName ?? '' },
  { header: '原因', width: 12, value: (r) => zh('complaints', 'cause', r.cause) },
  { header: '处理结果', width: 8, value: (r) => zh('complaints', 'outcome', r.outcome) },
  { header: '处理方案', width: 30, value: (r) => r.resolution },
  { header: '补偿(元)', width: 9, value: (r) => yuan(r.compensationFen) },
  { header: '补偿批准人', width: 10, value: (r) => r.compensationApprovedByName ?? '' },
  { header: '解决时间', width: 17, value: (r, at) => at(r.resolvedAt) },
  { header: '回访时间', width: 17, value: (r, at) => at(r.returnVisitedAt) },
  { header: '回访结果', width: 24, value: (r) => r.returnVisitResult },
  { header: '满意度', width: 10, value: (r) => zh('complaints', 'satisfaction', r.satisfaction) },
  { header: '未回访原因', width: 20, value: (r) => r.noReturnVisitReason ?? '' },
  { header: '结案时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '重开次数', width: 8, value: (r) => r.reopenCount },
  { header: '备注', width: 24, value: (r) => r.notes },
  { header: '登记人', width: 8, value: (r) => r.clerkName },
];

/** The timeline sheet: one row per event, under the complaint's number. */
export const complaintEventColumns: ExportColumn<ComplaintEventView & { serialNo: string }>[] = [
  { header: '受理编号', width: 22, value: (r) => r.serialNo },
  { header: '时间', width: 17, value: (r, at) => at(r.at) },
  { header: '类别', width: 10, value: (r) => zh('complaints', 'eventKind', r.kind) },
  { header: '原状态', width: 8, value: (r) => zh('complaints', 'status', r.fromStatus) },
  { header: '新状态', width: 8, value: (r) => zh('complaints', 'status', r.toStatus) },
  {
    header: '内容',
    width: 48,
    value: (r) => {
      const words = timelineWords(r);
      const satisfaction = words.satisfaction ? zh('complaints', 'satisfaction', words.satisfaction) : '';
      return [satisfaction, words.text].filter(Boolean).join('：');
    },
  },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
];
