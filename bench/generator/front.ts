import { logCall } from '../../electron/services/calls';
import { registerVisit, signOutVisit } from '../../electron/services/reception/visits';
import type { CallCategory } from '../../shared/contract/calls';
import { logCallInput } from '../../shared/contract/calls';
import { registerVisitInput, signOutInput, type VisitPurpose } from '../../shared/contract/reception';
import { act, type GenDesk } from './desk';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SITE_OFFSET = 8 * HOUR;

/** The next midnight in the site's time zone (Asia/Shanghai, UTC+8). */
function midnightAfter(ms: number): number {
  return Math.floor((ms + SITE_OFFSET) / DAY) * DAY - SITE_OFFSET + DAY;
}

const purposes: [VisitPurpose, number][] = [
  ['enquiry', 30],
  ['visit', 25],
  ['help', 12],
  ['repair', 8],
  ['pass', 8],
  ['large_item_release', 5],
  ['renovation', 4],
  ['complaint', 4],
  ['suggestion', 2],
  ['other', 2],
];
const visiting = ['物业办', '招商部', '工程部', '财务部', '失物招领', '停车场管理处', '会员中心', '保安部'];
const organisations = ['', '', '', '顺丰速运', '美团外卖', '中国移动', '装修公司', '广告公司', '物流公司'];
const repairPlaces = ['2F 东侧卫生间', 'B1 停车场 C 区', '1F 中庭扶梯', '3F 母婴室', '4F 餐饮区空调', '5F 影院走廊灯'];
const visitNotes = ['', '', '', '', '带小孩', '取回遗失的钱包', '咨询会员积分', '送货到商户', '面试'];
const plateLetters = 'ABCDEFGHJKLMN';

function plate(desk: GenDesk): string {
  if (!desk.rng.chance(0.12)) return '';
  return `沪${desk.rng.pick([...plateLetters])}${String(desk.rng.int(10_000, 99_999))}`;
}

export function planVisit(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const purpose = desk.rng.weighted(purposes);
  act(desk, at, 'visit', () => {
    const visit = registerVisit(
      desk.ctx,
      desk.onDuty,
      registerVisitInput.parse({
        visitorName: person.name,
        phone: desk.rng.chance(0.9) ? person.phone : '',
        organisation: desk.rng.pick(organisations),
        partySize: desk.rng.weighted([
          [1, 80],
          [2, 15],
          [3, 5],
        ]),
        purpose,
        visiting: desk.rng.pick(visiting),
        shopId: desk.rng.chance(0.2) ? desk.rng.pick(desk.shops) : null,
        badgeNo: desk.rng.chance(0.5) ? `F${desk.rng.int(1, 80)}` : '',
        plate: plate(desk),
        notes: desk.rng.pick(visitNotes),
        repairLocation: purpose === 'repair' ? desk.rng.pick(repairPlaces) : '',
        repairDepartmentId: purpose === 'repair' ? desk.rng.pick(desk.departments) : null,
      }),
    );
    // Almost everyone signs out; the few who forget are signed out by the desk at closing, badge not returned.
    const forgot = !desk.rng.chance(0.995);
    const out = forgot ? midnightAfter(at) - 2 * HOUR + 5 * MINUTE : at + desk.rng.int(5, 150) * MINUTE;
    desk.scheduler.add(out, () =>
      act(desk, out, 'visit sign-out', () =>
        signOutVisit(
          desk.ctx,
          desk.onDuty,
          signOutInput.parse({ id: visit.id, version: visit.version, badgeReturned: !forgot }),
        ),
      ),
    );
  });
}

const categories: [CallCategory, number][] = [
  ['enquiry', 45],
  ['repair', 10],
  ['complaint', 8],
  ['booking', 8],
  ['group_purchase', 5],
  ['suggestion', 4],
  ['callback', 5],
  ['other', 15],
];
const summaries: Record<CallCategory, string[]> = {
  enquiry: [
    '询问营业时间',
    '询问停车收费标准',
    '询问某品牌是否入驻',
    '咨询会员积分兑换',
    '询问失物招领',
    '询问电影票优惠',
  ],
  repair: ['商铺空调不制冷', '卫生间水龙头漏水', '扶梯异响', '停车场照明故障'],
  complaint: ['投诉商户服务态度', '投诉停车场收费', '投诉餐厅卫生', '投诉噪音'],
  booking: ['预约场地活动', '预约儿童乐园', '预约会议室'],
  group_purchase: ['咨询团购卡', '企业团购礼品卡'],
  suggestion: ['建议增加充电桩', '建议延长营业时间'],
  callback: ['回复客户询问', '回访处理结果'],
  other: ['打错电话', '推销电话', '快递找人'],
};

export function planCall(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const category = desk.rng.weighted(categories);
  const replyNeeded = category !== 'other' && desk.rng.chance(0.1);
  const dueAt = at + desk.rng.int(1, 24) * HOUR;
  act(desk, at, 'call', () => {
    const call = logCall(
      desk.ctx,
      desk.onDuty,
      logCallInput.parse({
        direction: desk.rng.chance(0.85) ? 'incoming' : 'outgoing',
        durationSec: desk.rng.int(20, 600),
        callerName: desk.rng.chance(0.8) ? person.name : '',
        phone: person.phone,
        category,
        summary: desk.rng.pick(summaries[category]),
        transferredTo: desk.rng.chance(0.1) ? desk.rng.pick(['工程部', '保安部', '招商部']) : '',
        replyNeeded,
        replyDueAt: replyNeeded ? dueAt : null,
      }),
    );
    // Most promised callbacks are made around their due time, a few days late: a desk does not leave them for
    // years (the ten-year file generated before this left 3 % open forever, all of them on every handover sheet).
    if (replyNeeded) {
      const back = desk.rng.chance(0.97) ? dueAt + desk.rng.int(-60, 90) * MINUTE : dueAt + desk.rng.int(1, 14) * DAY;
      desk.scheduler.add(Math.max(back, at + 5 * MINUTE), () =>
        act(desk, Math.max(back, at + 5 * MINUTE), 'callback', () =>
          logCall(
            desk.ctx,
            desk.onDuty,
            logCallInput.parse({
              direction: 'outgoing',
              durationSec: desk.rng.int(30, 300),
              callerName: person.name,
              phone: person.phone,
              category: 'callback',
              summary: '按约回电',
              answersCallId: call.id,
              result: desk.rng.pick(['已告知处理结果', '客户表示满意', '已转工程部跟进', '客户未接，短信告知']),
            }),
          ),
        ),
      );
    }
  });
}
