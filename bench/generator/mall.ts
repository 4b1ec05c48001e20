/**
 * A mall desk's other duties through their services: lost and found (items, loss reports, claims, the weekly
 * hand-over of what was kept past its period), loans with deposit, announcements (with the lost-child checklist),
 * gift campaigns with redemptions and draws, and the directory's occasional edit.
 */
import { closeLostChild, logAnnouncement, readAgain, recordStep } from '../../electron/services/announcements';
import { getShop, saveShop } from '../../electron/services/directory';
import { recordDraw, recordStock, redeemGift, saveCampaign, saveGiftItem } from '../../electron/services/gifts';
import { getLoanItem, lend, returnLoan, saveKind, saveLoanItem } from '../../electron/services/loans';
import {
  claimItem,
  disposeItem,
  listItems,
  registerItem,
  reportLoss,
  voidReport,
} from '../../electron/services/lostfound';
import { closeLostChildInput, logAnnouncementInput, stepInput } from '../../shared/contract/announcements';
import { shopInput } from '../../shared/contract/directory';
import { campaignInput, drawInput, giftItemInput, redeemInput, stockMoveInput } from '../../shared/contract/gifts';
import { lendInput, loanItemInput, loanKindInput, returnInput } from '../../shared/contract/loans';
import {
  claimInput,
  disposeInput,
  type LostfoundCategory,
  lossReportInput,
  registerItemInput,
} from '../../shared/contract/lostfound';
import { act, type GenDesk } from './desk';
import { type Approval, DAY, HOUR, isoDay, MINUTE, residentId, whileOpen } from './extras';
import { type Customer, chineseName } from './people';

/** New records per weekday (a quarter more at weekends, like the front desk's). */
export const mallPerWeekday = {
  found: 12,
  lossReport: 5,
  loan: 24,
  announcement: 9,
  lostChild: 0.4,
  redemption: 36,
  draw: 2,
};

interface LoanSlot {
  id: string;
  kindId: string;
  code: string;
  busy: boolean;
}

interface MallState {
  approvals: Record<'lead' | 'supervisor', Approval>;
  loanKinds: { id: string; prefix: string; weight: number; sameDay: boolean }[];
  loanItems: LoanSlot[];
  nextCode: Map<string, number>;
  campaign: { id: string; endsAt: number; items: { id: string; prize: boolean }[]; giftedToday: Set<string> } | null;
  receipt: number;
}

const states = new WeakMap<GenDesk, MallState>();

function state(desk: GenDesk): MallState {
  const s = states.get(desk);
  if (!s) throw new Error('setUpMall has not run for this desk');
  return s;
}

const loanKinds = [
  { name: '雨伞', prefix: 'YS', deposit: '30', loanDays: 7, overdueFee: '1', items: 40, weight: 10 },
  { name: '充电宝', prefix: 'CD', deposit: '100', loanDays: 0, overdueFee: '5', items: 20, weight: 7 },
  { name: '婴儿车', prefix: 'YE', deposit: '200', loanDays: 0, overdueFee: '10', items: 10, weight: 5 },
  { name: '轮椅', prefix: 'LY', deposit: '300', loanDays: 0, overdueFee: '10', items: 4, weight: 2 },
];

function addLoanItem(desk: GenDesk, s: MallState, kindId: string, prefix: string): void {
  const n = (s.nextCode.get(prefix) ?? 0) + 1;
  s.nextCode.set(prefix, n);
  const code = `${prefix}-${String(n).padStart(3, '0')}`;
  const item = saveLoanItem(desk.ctx, desk.staff.supervisor, loanItemInput.parse({ kindId, code }));
  s.loanItems.push({ id: item.id, kindId, code, busy: false });
}

/** What a supervisor keeps before the desk can lend (kinds and numbered items); runs once, before the first day. */
export function setUpMall(desk: GenDesk, approvals: Record<'lead' | 'supervisor', Approval>): void {
  const s: MallState = { approvals, loanKinds: [], loanItems: [], nextCode: new Map(), campaign: null, receipt: 0 };
  states.set(desk, s);
  for (const k of loanKinds) {
    const kind = saveKind(
      desk.ctx,
      desk.staff.supervisor,
      loanKindInput.parse({ name: k.name, deposit: k.deposit, loanDays: k.loanDays, overdueFee: k.overdueFee }),
    );
    s.loanKinds.push({ id: kind.id, prefix: k.prefix, weight: k.weight, sameDay: k.loanDays === 0 });
    for (let i = 0; i < k.items; i++) addLoanItem(desk, s, kind.id, k.prefix);
  }
}

const foundThings: [LostfoundCategory, string, number][] = [
  ['phone', '手机 黑色 带保护壳', 10],
  ['wallet', '棕色皮夹 内有银行卡', 8],
  ['cash', '现金（散落在收银台旁）', 2],
  ['id_card', '身份证一张', 4],
  ['keys', '钥匙一串 带小熊挂件', 8],
  ['bag', '购物袋 内有衣物', 10],
  ['clothing', '儿童外套 红色', 8],
  ['electronics', '蓝牙耳机 白色', 8],
  ['jewellery', '银手镯', 2],
  ['umbrella', '折叠伞 蓝色', 12],
  ['toy', '毛绒玩具 兔子', 6],
  ['other', '保温杯 不锈钢', 10],
];
const places = ['一楼中庭', '二楼洗手间', '三楼美食广场', '地下停车场B2', '四楼影院门口', '一楼电梯厅', '五楼儿童乐园'];

function registerFound(desk: GenDesk, at: number, thing: [LostfoundCategory, string, number]) {
  const [category, description] = thing;
  return registerItem(
    desk.ctx,
    desk.onDuty,
    registerItemInput.parse({
      category,
      description,
      colour: '',
      brand: '',
      cash: category === 'cash' ? String(desk.rng.int(20, 800)) : '',
      foundPlace: desk.rng.pick(places),
      foundAt: at - desk.rng.int(5, 60) * MINUTE,
      finderKind: desk.rng.pick(['customer', 'cleaner', 'shop', 'security', 'staff'] as const),
      finderName: desk.rng.chance(0.5) ? chineseName(desk.rng) : '',
      finderPhone: '',
      storagePlace: category === 'cash' || category === 'phone' ? '保险柜' : '失物柜A',
    }),
  );
}

function scheduleClaim(
  desk: GenDesk,
  when: number,
  item: { id: string; valuable: boolean },
  person: Customer,
  reportId: string | null,
): void {
  desk.scheduler.add(when, () =>
    act(desk, when, 'lostfound claim', () => {
      claimItem(
        desk.ctx,
        desk.onDuty,
        claimInput.parse({
          id: item.id,
          version: 1,
          claimantName: person.name,
          phone: person.phone,
          idType: 'resident_id',
          idNumber: residentId(desk.rng),
          claimDescription: '说明了物品特征与遗失地点，相符',
          reportId,
          approval: item.valuable ? state(desk).approvals.lead : null,
        }),
      );
    }),
  );
}

/** A found item; most are claimed within two weeks, the rest wait for the weekly hand-over after the keeping period. */
export function planFound(desk: GenDesk, at: number): void {
  const thing = desk.rng.weighted(foundThings.map((t) => [t, t[2]] as const));
  act(desk, at, 'lostfound item', () => {
    const item = registerFound(desk, at, thing);
    if (!desk.rng.chance(0.55)) return;
    const when = whileOpen(desk.rng, at + desk.rng.int(1, 14 * 24) * HOUR);
    scheduleClaim(desk, when, item, desk.customers.next(), null);
  });
}

/** A loss report: four in ten are found (registered later, claimed by the reporter against the report), the rest voided after a month. */
export function planLossReport(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const thing = desk.rng.weighted(foundThings.map((t) => [t, t[2]] as const));
  act(desk, at, 'lostfound report', () => {
    const report = reportLoss(
      desk.ctx,
      desk.onDuty,
      lossReportInput.parse({
        reporterName: person.name,
        phone: person.phone,
        category: thing[0],
        description: thing[1],
        lostPlace: desk.rng.pick(places),
        lostFrom: at - desk.rng.int(2, 8) * HOUR,
        lostTo: at - desk.rng.int(0, 1) * HOUR,
      }),
    );
    if (desk.rng.chance(0.4)) {
      const foundAt = whileOpen(desk.rng, at + desk.rng.int(1, 48) * HOUR);
      desk.scheduler.add(foundAt, () =>
        act(desk, foundAt, 'lostfound item', () => {
          const item = registerFound(desk, foundAt, thing);
          scheduleClaim(desk, whileOpen(desk.rng, foundAt + desk.rng.int(1, 24) * HOUR), item, person, report.id);
        }),
      );
      return;
    }
    const voidAt = whileOpen(desk.rng, at + 31 * DAY);
    desk.scheduler.add(voidAt, () =>
      act(desk, voidAt, 'lostfound report void', () =>
        voidReport(desk.ctx, desk.staff.lead, { id: report.id, reason: '逾期未找到，已电话告知顾客' }),
      ),
    );
  });
}

/** Every Monday the supervisor hands what was kept past its period to the police (valuables) or disposes of it. */
export function planLostfoundSweep(desk: GenDesk, at: number): void {
  desk.scheduler.add(at, () => {
    desk.clock.current = at;
    const due = listItems(desk.ctx, { filter: 'due', text: '', limit: 500 });
    for (const item of due)
      act(desk, at, 'lostfound hand-over', () =>
        disposeItem(
          desk.ctx,
          desk.staff.supervisor,
          disposeInput.parse({
            id: item.id,
            version: item.version,
            to: item.valuable ? 'police' : 'disposed',
            reason: item.valuable ? '保管期满无人认领，移交派出所' : '保管期满无人认领，按规定处理',
            approval: state(desk).approvals.supervisor,
          }),
        ),
      );
  });
}

/** A loan of a free item of a kind; umbrellas come back within days (some late), the rest the same day. */
export function planLoan(desk: GenDesk, at: number, closesAt: number): void {
  const s = state(desk);
  const kind = desk.rng.weighted(s.loanKinds.map((k) => [k, k.weight] as const));
  const slot = s.loanItems.find((i) => i.kindId === kind.id && !i.busy);
  if (!slot) return;
  const person = desk.customers.next();
  const byId = kind.prefix === 'LY' || desk.rng.chance(0.1);
  act(desk, at, 'loan', () => {
    const loan = lend(
      desk.ctx,
      desk.onDuty,
      lendInput.parse({
        itemId: slot.id,
        borrowerName: person.name,
        phone: person.phone,
        guarantee: byId ? 'id' : 'deposit',
        idType: byId ? 'resident_id' : null,
        idNumber: byId ? residentId(desk.rng) : '',
      }),
    );
    slot.busy = true;
    // A loan against an ID comes back before it is due: returning one late is refused today (the overdue fee
    // exceeds the nil deposit and the refund would be negative; reported as a defect of loans).
    const back = Math.min(
      kind.sameDay
        ? Math.min(at + desk.rng.int(20, 240) * MINUTE, closesAt - 5 * MINUTE)
        : whileOpen(desk.rng, at + desk.rng.int(2, 9 * 24) * HOUR),
      byId ? loan.dueAt - 5 * MINUTE : Number.POSITIVE_INFINITY,
    );
    const lost = desk.rng.chance(0.01);
    const when = byId ? Math.max(at + 1000, Math.min(back, loan.dueAt - 1000)) : Math.max(back, at + MINUTE);
    desk.scheduler.add(when, () =>
      act(desk, when, 'loan return', () => {
        returnLoan(
          desk.ctx,
          desk.onDuty,
          returnInput.parse(
            lost
              ? { id: loan.id, version: loan.version, outcome: 'kept', refund: '', reason: '借用物品遗失，押金不退' }
              : { id: loan.id, version: loan.version, outcome: 'returned' },
          ),
        );
        slot.busy = false;
        if (!lost) return;
        // The lost item is retired and the supervisor numbers a new one of the kind.
        const item = getLoanItem(desk.ctx, slot.id);
        saveLoanItem(
          desk.ctx,
          desk.staff.supervisor,
          loanItemInput.parse({
            id: slot.id,
            version: item.version,
            kindId: slot.kindId,
            code: slot.code,
            active: false,
            note: '遗失',
          }),
        );
        s.loanItems.splice(s.loanItems.indexOf(slot), 1);
        addLoanItem(desk, s, slot.kindId, kind.prefix);
      }),
    );
  });
}

const announcementTexts = {
  item: ['有顾客在二楼遗失黑色钱包，拾到请交总服务台。', '寻物启事：一串带小熊挂件的钥匙，请拾到者交至一楼服务台。'],
  person: ['请张先生听到广播后到一楼总服务台，您的家人在此等候。', '请车牌尾号为328的车主速到地下停车场B2挪车。'],
  notice: ['本商场将于22:00闭店，请顾客朋友合理安排购物时间。', '三楼美食广场满减活动今日开始，欢迎光临。'],
} as const;

/** An announcement read once, some read again a few minutes later. */
export function planAnnouncement(desk: GenDesk, at: number): void {
  const kind = desk.rng.weighted([
    ['item', 4],
    ['person', 2],
    ['notice', 3],
  ] as const);
  const person = desk.customers.next();
  act(desk, at, 'announcement', () => {
    const logged = logAnnouncement(
      desk.ctx,
      desk.onDuty,
      logAnnouncementInput.parse({
        kind,
        text: desk.rng.pick(announcementTexts[kind]),
        requesterName: kind === 'notice' ? '物业管理处' : person.name,
        requesterPhone: kind === 'notice' ? '' : person.phone,
      }),
    );
    if (!desk.rng.chance(0.3)) return;
    const again = at + desk.rng.int(5, 20) * MINUTE;
    desk.scheduler.add(again, () =>
      act(desk, again, 'announcement again', () => readAgain(desk.ctx, desk.onDuty, logged.id)),
    );
  });
}

/** 儿童走失: the checklist's steps within the hour and the child handed to a guardian whose ID is checked. */
export function planLostChild(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const child = chineseName(desk.rng).slice(1);
  act(desk, at, 'lost child', () => {
    const opened = logAnnouncement(
      desk.ctx,
      desk.onDuty,
      logAnnouncementInput.parse({
        kind: 'lost_child',
        text: `紧急寻人：${child}小朋友，${desk.rng.int(3, 9)}岁，在商场内与家人走散，请工作人员协助寻找。`,
        requesterName: person.name,
        requesterPhone: person.phone,
        childName: child,
        childAge: desk.rng.int(3, 9),
        childGender: desk.rng.pick(['boy', 'girl'] as const),
        childDescription: desk.rng.pick(['红色外套，蓝色牛仔裤', '黄色卫衣，背小书包', '白色连衣裙']),
        lastSeenPlace: desk.rng.pick(places),
      }),
    );
    const steps: [number, 'security' | 'exits' | 'found', string][] = [
      [at + 2 * MINUTE, 'security', '安保部值班员'],
      [at + 4 * MINUTE, 'exits', '安保部'],
      [at + desk.rng.int(10, 40) * MINUTE, 'found', '保洁员'],
    ];
    for (const [when, step, who] of steps)
      desk.scheduler.add(when, () =>
        act(desk, when, 'lost child step', () =>
          recordStep(desk.ctx, desk.onDuty, stepInput.parse({ id: opened.id, step, who })),
        ),
      );
    const closedAt = (steps[2] as [number, string, string])[0] + desk.rng.int(3, 10) * MINUTE;
    desk.scheduler.add(closedAt, () =>
      act(desk, closedAt, 'lost child close', () => {
        closeLostChild(
          desk.ctx,
          desk.onDuty,
          closeLostChildInput.parse({
            id: opened.id,
            version: 1,
            outcome: 'guardian',
            handedToName: person.name,
            handedToRelation: desk.rng.pick(['母亲', '父亲', '奶奶']),
            idType: 'resident_id',
            idNumber: residentId(desk.rng),
          }),
        );
      }),
    );
  });
}

/** On the 1st of each month a ten-day 满额赠 campaign: two gifts and a prize, stocked by 企划部. */
export function planCampaign(desk: GenDesk, at: number): void {
  const s = state(desk);
  act(desk, at, 'gift campaign', () => {
    const day = isoDay(at);
    const campaign = saveCampaign(
      desk.ctx,
      desk.staff.supervisor,
      campaignInput.parse({
        name: `${day.slice(0, 7)} 满额赠`,
        startDay: day,
        endDay: isoDay(at + 9 * DAY),
        threshold: '200',
        perPersonPerDay: 1,
      }),
    );
    let view = campaign;
    for (const name of ['折叠伞', '环保袋', '电水壶'])
      view = saveGiftItem(desk.ctx, desk.staff.supervisor, giftItemInput.parse({ campaignId: campaign.id, name }));
    const items = view.items.map((i) => ({ id: i.id, prize: i.name === '电水壶' }));
    for (const item of items)
      recordStock(
        desk.ctx,
        desk.onDuty,
        stockMoveInput.parse({ itemId: item.id, direction: 'in', quantity: item.prize ? 30 : 300, source: '企划部' }),
      );
    s.campaign = { id: campaign.id, endsAt: at + 10 * DAY, items, giftedToday: new Set() };
  });
}

/** The lead's or the supervisor's PIN for an approval (pre-checked for the run, see `approvalsFor`). */
export function approvalOf(desk: GenDesk, role: 'lead' | 'supervisor'): Approval {
  return state(desk).approvals[role];
}

export function campaignRunning(desk: GenDesk, at: number): boolean {
  const c = state(desk).campaign;
  return c !== null && at < c.endsAt;
}

export function newGiftDay(desk: GenDesk): void {
  state(desk).campaign?.giftedToday.clear();
}

/** A redemption against one or two receipts over the threshold; one a person a day (a second is not asked for). */
export function planRedemption(desk: GenDesk, at: number): void {
  const s = state(desk);
  const c = s.campaign;
  if (!c || at >= c.endsAt) return;
  const person = desk.customers.next();
  if (c.giftedToday.has(person.phone)) return;
  c.giftedToday.add(person.phone);
  const gift = desk.rng.pick(c.items.filter((i) => !i.prize));
  const receipts = Array.from(
    { length: desk.rng.int(1, 2) },
    () => `XP${isoDay(at).replaceAll('-', '')}${++s.receipt}`,
  );
  act(desk, at, 'gift redemption', () => {
    redeemGift(
      desk.ctx,
      desk.onDuty,
      redeemInput.parse({
        campaignId: c.id,
        itemId: gift.id,
        customerName: person.name,
        phone: person.phone,
        receipts: receipts.join(', '),
        amount: `${desk.rng.int(200, 1500)}.00`,
      }),
    );
  });
}

/** A lucky draw's winner handed the prize, with the lead's PIN. */
export function planDraw(desk: GenDesk, at: number): void {
  const s = state(desk);
  const c = s.campaign;
  if (!c || at >= c.endsAt) return;
  const prize = c.items.find((i) => i.prize);
  if (!prize) return;
  const person = desk.customers.next();
  act(desk, at, 'gift draw', () => {
    recordDraw(
      desk.ctx,
      desk.onDuty,
      drawInput.parse({
        campaignId: c.id,
        itemId: prize.id,
        drawName: '周末幸运抽奖',
        winnerName: person.name,
        phone: person.phone,
        approval: s.approvals.lead,
      }),
    );
  });
}

/** Once a month the supervisor corrects one shop's entry (its hours), as shops change them. */
export function planDirectoryEdit(desk: GenDesk, at: number): void {
  act(desk, at, 'directory edit', () => {
    const shop = getShop(desk.ctx, desk.rng.pick(desk.shops));
    const late = desk.rng.chance(0.5);
    saveShop(
      desk.ctx,
      desk.staff.supervisor,
      shopInput.parse({
        id: shop.id,
        version: shop.version,
        name: shop.name,
        category: shop.category,
        floor: shop.floor,
        unitNo: shop.unitNo,
        phone: shop.phone,
        opensAt: '10:00',
        closesAt: late ? '22:00' : '21:30',
        note: shop.note,
      }),
    );
  });
}
