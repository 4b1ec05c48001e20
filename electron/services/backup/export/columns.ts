import type { CallView } from '../../../../shared/contract/calls-views';
import type { ComplaintEventView, ComplaintView } from '../../../../shared/contract/complaints-views';
import type { VisitView } from '../../../../shared/contract/reception-views';
import { reportsZhCN } from '../../../../shared/contract/reports-labels';
import type { StorageSlipView } from '../../../../shared/contract/storage-views';

/** Formats an instant in the site's time zone; empty for a time not (yet) set. */
export type FormatTime = (ms: number | null) => string;

/** One column of an exported sheet; the same shape the invoice and returns exports use. */
export interface ExportColumn<R> {
  header: string;
  width: number;
  value: (row: R, at: FormatTime) => string | number;
}

// The owner reads Chinese and main has no i18n: the words of the workbooks live here, as in the module exports;
// those the reports print too come from the reports' shared labels.
const {
  purpose: PURPOSE,
  category: CATEGORY,
  complaintType: TYPE,
  cause: CAUSE,
  outcome: OUTCOME,
  satisfaction: SATISFACTION,
} = reportsZhCN;
const ID_TYPE = {
  resident_id: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳通行证',
  taiwan_permit: '台湾通行证',
  other: '其他证件',
} as const;
const DIRECTION = { incoming: '呼入', outgoing: '呼出' } as const;
const SIZE = { small: '小件', large: '大件' } as const;
const SLIP_STATUS = { stored: '寄存中', collected: '已取', transferred: '已转交' } as const;
const TRANSFER = { lost_found: '失物招领', disposal: '处置' } as const;
const PROOF = { claim_code: '取件码', lost_slip: '遗失凭条' } as const;
const CHANNEL = { in_person: '来访', phone: '电话', letter: '信函', fax: '传真', online: '网络' } as const;
const URGENCY = { very_urgent: '特急', urgent: '急', normal: '普通' } as const;
const STATUS = {
  received: '已登记',
  accepted: '已受理',
  not_accepted: '不予受理',
  assigned: '已指派',
  in_progress: '处理中',
  waiting_customer: '等待顾客',
  resolved: '已解决',
  return_visited: '已回访',
  closed: '已结案',
} as const;
const EVENT_KIND = {
  note: '调查记录',
  contact: '联系顾客',
  decision: '处理决定',
  status: '状态变更',
  correction: '更正',
} as const;

const label = <K extends string>(map: Record<K, string>, key: K | null) => (key === null ? '' : map[key]);
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
  { header: '证件类型', width: 10, value: (r) => label(ID_TYPE, r.idType) },
  { header: '证件号码(脱敏)', width: 20, value: (r) => r.idMasked },
  { header: '来访事由', width: 10, value: (r) => PURPOSE[r.purpose] },
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
  { header: '方向', width: 6, value: (r) => DIRECTION[r.direction] },
  { header: '通话时间', width: 17, value: (r, at) => at(r.startedAt) },
  { header: '时长(秒)', width: 8, value: (r) => r.durationSec },
  { header: '来电人', width: 10, value: (r) => r.callerName },
  { header: '电话号码', width: 14, value: (r) => r.phone },
  { header: '类别', width: 12, value: (r) => CATEGORY[r.category] },
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
  { header: '大小', width: 6, value: (r) => SIZE[r.size] },
  { header: '位置', width: 8, value: (r) => r.locationCode },
  { header: '费用(元)', width: 9, value: (r) => yuan(r.feeFen) },
  { header: '减免(元)', width: 9, value: (r) => yuan(r.waivedFen) },
  { header: '预计取件', width: 17, value: (r, at) => at(r.expectedPickupAt) },
  { header: '状态', width: 8, value: (r) => SLIP_STATUS[r.status] },
  { header: '结束时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '转交去向', width: 9, value: (r) => label(TRANSFER, r.transferTo) },
  { header: '转交原因', width: 16, value: (r) => r.transferReason ?? '' },
  {
    header: '取件记录',
    width: 40,
    value: (r, at) =>
      r.pickups
        .map((p) => `${at(p.collectedAt)} ${p.collectorName} ${p.pieces}件 ${PROOF[p.proof]} ${p.clerkName}`)
        .join('\n'),
  },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const complaintColumns: ExportColumn<ComplaintView>[] = [
  { header: '受理编号', width: 22, value: (r) => r.serialNo },
  { header: '受理时间', width: 17, value: (r, at) => at(r.receivedAt) },
  { header: '投诉渠道', width: 8, value: (r) => CHANNEL[r.channel] },
  { header: '顾客姓名', width: 10, value: (r) => r.customerName },
  { header: '联系电话', width: 14, value: (r) => r.phone },
  { header: '地址', width: 20, value: (r) => r.address },
  { header: '投诉类型', width: 8, value: (r) => TYPE[r.type] },
  { header: '投诉缘由', width: 36, value: (r) => r.reason },
  { header: '客户要求', width: 24, value: (r) => r.demand },
  { header: '紧急程度', width: 8, value: (r) => URGENCY[r.urgency] },
  { header: '承诺办理期限', width: 17, value: (r, at) => at(r.deadlineAt) },
  { header: '涉及商户', width: 14, value: (r) => r.shopName ?? '' },
  { header: '涉及部门', width: 12, value: (r) => r.departmentName ?? '' },
  { header: '状态', width: 8, value: (r) => STATUS[r.status] },
  { header: '不予受理理由', width: 20, value: (r) => r.notAcceptedReason ?? '' },
  { header: '负责人', width: 8, value: (r) => r.ownerClerkName },
  { header: '指派部门', width: 12, value: (r) => r.assignedDepartmentName ?? '' },
  { header: '指派人员', width: 8, value: (r) => r.assignedClerkName ?? '' },
  { header: '原因', width: 12, value: (r) => label(CAUSE, r.cause) },
  { header: '处理结果', width: 8, value: (r) => label(OUTCOME, r.outcome) },
  { header: '处理方案', width: 30, value: (r) => r.resolution },
  { header: '补偿(元)', width: 9, value: (r) => yuan(r.compensationFen) },
  { header: '补偿批准人', width: 10, value: (r) => r.compensationApprovedByName ?? '' },
  { header: '解决时间', width: 17, value: (r, at) => at(r.resolvedAt) },
  { header: '回访时间', width: 17, value: (r, at) => at(r.returnVisitedAt) },
  { header: '回访结果', width: 24, value: (r) => r.returnVisitResult },
  { header: '满意度', width: 10, value: (r) => label(SATISFACTION, r.satisfaction) },
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
  { header: '类别', width: 10, value: (r) => EVENT_KIND[r.kind] },
  { header: '原状态', width: 8, value: (r) => label(STATUS, r.fromStatus) },
  { header: '新状态', width: 8, value: (r) => label(STATUS, r.toStatus) },
  { header: '内容', width: 48, value: (r) => r.text },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
];
