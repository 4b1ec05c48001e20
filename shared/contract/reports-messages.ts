import { labelText } from './label-text';

/**
 * Strings of the reports (日报 / 月报), Simplified Chinese. Shared because main writes the same words into the
 * Excel workbook that the screen shows (main has no i18n); the renderer joins this object into zh-CN.ts under
 * `reports`, and en.ts mirrors its keys.
 */
export const reportsZhCN = {
  title: '报表',
  tabs: { daily: '日报', monthly: '月报' },
  titleDaily: '日报 {{day}}',
  titleMonthly: '月报 {{year}}年{{month}}月',
  day: '日期',
  month: '月份',
  // dayjs formats of the date pickers' headers: 2026年12月, not 十二月 2026.
  calendarMonth: 'YYYY年M月',
  calendarYear: 'YYYY年',
  print: '打印 (Ctrl+P)',
  exportXlsx: '导出 Excel',
  exportPdf: '导出 PDF',
  pdfHint: '浏览器模式：请在打印对话框中选择“另存为 PDF”',
  exported: '已导出 {{file}}',
  loading: '正在统计…',
  site: '场所',
  period: '统计期间',
  generatedAt: '生成时间',
  generatedBy: '制表人',
  asOf: '未结及逾期事项统计截至 {{time}}',
  voidedExcluded: '已作废的记录不计入本报表。',
  summary: '汇总',
  perDay: '每日记录数',
  perDayChart: '每日记录数（按模块）',
  dayColumn: '日期',
  total: '合计',
  item: '项目',
  value: '数值',
  count: '件数',
  handlingTimes: '平均处理时长',
  handlingOver: '（{{count}} 件）',
  overdue: '期末逾期及未结事项',
  satisfactionTitle: '满意度（回访）',
  complaintTypes: '投诉类型',
  noData: '本期无记录',
  page: '第 {{page}} 页',
  reception: { visits: '来访登记', visitors: '来访人数', byPurpose: '按来访事由' },
  calls: {
    calls: '通话',
    incoming: '呼入',
    outgoing: '呼出',
    promised: '承诺回电',
    done: '已回电',
    callbackTime: '回电（承诺→回电）',
    overdueCallbacks: '逾期未回电',
    byCategory: '按通话类别',
  },
  storage: {
    slipsIn: '寄存',
    slipsOut: '取件结单',
    transferred: '无人认领转出',
    fees: '寄存费（实收）',
    waived: '减免',
    storedTime: '寄存（寄存→取件）',
    overdueSlips: '逾期未取',
  },
  invoices: {
    requests: '发票申请',
    issued: '已开票',
    notIssued: '本期申请未开票',
    amount: '申请金额',
    issueTime: '开票（申请→开具）',
    openRequests: '未开票申请',
  },
  returns: {
    returns: '退货',
    exchanges: '换货',
    returnAmount: '退货金额',
    exchangeAmount: '换货金额',
    priceDifference: '换货差价',
    exceptions: '政策外例外',
  },
  complaints: {
    received: '受理投诉',
    notAccepted: '不予受理',
    perDay: '日均投诉',
    resolved: '已解决',
    resolutionRate: '解决率',
    withinDeadline: '期限内解决',
    handlingTime: '投诉处理（受理→解决）',
    compensation: '补偿金额',
    overdueComplaints: '逾期未解决投诉',
    byType: '按投诉类型',
    byDepartment: '按责任部门',
    byCause: '按原因',
    byOutcome: '按处理结果',
  },
  lostfound: {
    found: '拾获登记',
    valuables: '其中贵重物品',
    cash: '拾获现金',
    reports: '寻物登记',
    claimed: '已认领',
    police: '移交派出所',
    disposed: '已处置',
    claimTime: '失物认领（拾获→认领）',
    held: '期末保管中失物',
  },
  repairs: {
    received: '受理报修',
    urgent: '其中紧急',
    completed: '已完工',
    closed: '已关闭',
    reopened: '回访不满意重新派工',
    arrivedInTime: '按时到场率',
    fees: '维修收费',
    arrivalTime: '报修→到场',
    completionTime: '报修→完工',
    openOrders: '未关闭的派工单',
    overdueOrders: '超时未到场的派工单',
    byCategory: '按报修类别',
    byTeam: '按维修班组',
    bySatisfaction: '回访满意度',
  },
  releases: {
    issued: '开具放行条',
    exited: '已放行',
    stopped: '门岗拦下',
    withVehicle: '其中车辆运出',
    flagged: '其中有单元备注',
    voided: '作废放行条',
    waiting: '期末待出门的放行条',
    byReason: '按放行原因',
    byHolder: '按申请人类型',
  },
  passes: {
    issued: '办理出入证',
    deposits: '收取押金',
    fees: '工本费',
    returned: '交回',
    refunded: '退还押金',
    revoked: '注销',
    out: '期末有效未交回',
    expired: '期末过期未交回',
    byKind: '按证件类型',
  },
  loans: {
    lent: '借出',
    deposits: '收取押金',
    returned: '归还',
    late: '其中逾期归还',
    kept: '丢失或损坏（押金扣留）',
    fees: '逾期费',
    keptFen: '扣留押金',
    loanTime: '借用（借出→归还）',
    overdue: '逾期未还',
  },
  announcements: {
    logged: '广播',
    reads: '播报次数',
    lostChildren: '儿童走失',
    closed: '走失儿童结案',
    toGuardian: '其中交还监护人',
    timeToFound: '走失儿童（登记→找到）',
    timeToClose: '走失儿童（登记→结案）',
    open: '未结案走失儿童',
    byKind: '广播类别',
  },
  gifts: {
    redeemed: '赠品兑换',
    amount: '兑换小票金额',
    prizes: '抽奖奖品发放',
    received: '赠品入库（件）',
    voided: '作废',
    byCampaign: '兑换（按活动）',
  },
  customers: {
    files: '新建客户档案',
    visited: '完成回访',
    failed: '未能联系（放弃）',
    calls: '回访拨打次数',
    overdue: '逾期未回访',
    satisfaction: '回访满意度',
  },
  duration: { hours: '{{h}} 小时 {{m}} 分', minutes: '{{m}} 分钟', none: '—' },
};

export type ReportsMessages = typeof reportsZhCN;

/**
 * The Chinese text of a `reports.*` key, or of a `labels.*` key (a module's title, a code's label), for main's
 * workbook; the key itself when unknown, so a gap shows.
 */
export function reportLabel(key: string): string {
  if (key.startsWith('labels.')) return labelText('zh-CN', key);
  const path = key.replace(/^reports\./, '').split('.');
  let node: unknown = reportsZhCN;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !(part in node)) return key;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : key;
}
