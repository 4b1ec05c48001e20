import {
  assignComplaint,
  closeComplaint,
  createComplaint,
  progressComplaint,
  recordReturnVisit,
  resolveComplaint,
} from '../../electron/services/complaints';
import { getComplaint } from '../../electron/services/complaints/queries';
import { registerReturn, toRegisterInput } from '../../electron/services/returns';
import { siteDay } from '../../electron/services/time';
import {
  assignInput,
  closeInput,
  createComplaintInput,
  progressInput,
  resolveInput,
  returnVisitInput,
} from '../../shared/contract/complaints';
import { registerReturnInput } from '../../shared/contract/returns';
import { act, type GenDesk } from './desk';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const products = [
  ['保温杯', '500ml 白色', '129.00'],
  ['运动鞋', '42码 黑色', '599.00'],
  ['连衣裙', 'M 蓝色', '399.00'],
  ['电饭煲', '4L', '459.00'],
  ['蓝牙耳机', '白色', '299.00'],
  ['儿童玩具', '积木套装', '188.00'],
  ['护肤套装', '礼盒装', '680.00'],
  ['羽绒服', 'L 黑色', '1299.00'],
] as const;

function isoDay(ms: number): string {
  const d = siteDay(ms, 'Asia/Shanghai');
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
}

/** Requests inside the policy (the exceptions need a supervisor's PIN, which a bulk run does not type). */
export function planReturn(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const [product, specification, amount] = desk.rng.pick(products);
  const exchange = desk.rng.chance(0.35);
  const quality = desk.rng.chance(0.3);
  const daysAgo = desk.rng.int(0, exchange ? 55 : 28);
  act(desk, at, 'return', () => {
    const parsed = registerReturnInput.parse({
      kind: exchange ? 'exchange' : 'return',
      purchaseDate: isoDay(at - daysAgo * DAY),
      qualityProblem: quality,
      hasReceipt: true,
      receiptNo: 'XP2026110001',
      refundMethod: exchange ? null : 'original',
      receiptMatches: true,
      packagingUnopened: !quality,
      pastShelfLife: false,
      customerName: person.name,
      phone: person.phone,
      product,
      specification,
      quantity: 1,
      shopId: desk.rng.pick(desk.shops),
      amountYuan: amount,
      reason: quality ? '质量问题：使用几天后损坏' : desk.rng.pick(['尺码不合适', '不喜欢颜色', '重复购买']),
      newProduct: exchange ? product : '',
      newSpecification: exchange ? '换其他规格' : '',
      newAmountYuan: exchange ? amount : '',
    });
    registerReturn(desk.ctx, desk.onDuty, toRegisterInput(parsed));
  });
}

const complaintReasons = [
  ['product', '新买的电饭煲一周后不能加热', '退货'],
  ['service', '店员态度恶劣', '道歉'],
  ['property', '停车场收费与公示不符', '退还多收费用'],
  ['management', '商场内吸烟无人制止', '加强管理'],
  ['product', '食品过期仍在销售', '赔偿'],
  ['other', '儿童乐园设施损坏', '尽快维修'],
] as const;

/** A complaint through its whole lifecycle: accepted, assigned, handled, resolved, return visit, closed. */
export function planComplaint(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const [type, reason, demand] = desk.rng.pick(complaintReasons);
  const { clerk, lead } = desk.staff;
  act(desk, at, 'complaint', () => {
    const complaint = createComplaint(
      desk.ctx,
      desk.onDuty,
      createComplaintInput.parse({
        channel: desk.rng.pick(['in_person', 'phone', 'phone', 'online'] as const),
        customerName: person.name,
        phone: person.phone,
        type,
        reason,
        demand,
        urgency: desk.rng.weighted([
          ['normal', 80],
          ['urgent', 15],
          ['very_urgent', 5],
        ] as const),
        shopId: desk.rng.chance(0.5) ? desk.rng.pick(desk.shops) : null,
      }),
    );
    const id = complaint.id;
    // Each step is based on the complaint as the clerk sees it when the step runs, as the screens send it.
    const version = () => getComplaint(desk.ctx, id).version;
    const steps: [number, string, () => void][] = [];
    let t = at + desk.rng.int(10, 90) * MINUTE;
    steps.push([
      t,
      'complaint assign',
      () =>
        assignComplaint(
          desk.ctx,
          lead,
          assignInput.parse({
            id,
            version: version(),
            departmentId: desk.rng.pick(desk.departments),
            clerkId: clerk.clerkId,
          }),
        ),
    ]);
    t += desk.rng.int(10, 240) * MINUTE;
    steps.push([
      t,
      'complaint progress',
      () => progressComplaint(desk.ctx, clerk, progressInput.parse({ id, version: version(), to: 'in_progress' })),
    ]);
    t += desk.rng.int(1, 72) * HOUR;
    const resolvedAt = t;
    steps.push([
      t,
      'complaint resolve',
      () =>
        resolveComplaint(
          desk.ctx,
          clerk,
          resolveInput.parse({
            id,
            version: version(),
            cause: desk.rng.pick(['occasional', 'carelessness', 'serious'] as const),
            outcome: desk.rng.pick(['return', 'exchange', 'discount', 'other'] as const),
            resolution: '已与商户协调处理并向顾客致歉',
            compensationFen: 0,
            informedAt: resolvedAt,
            informedHow: '电话',
            customerReaction: '接受',
          }),
        ),
    ]);
    t += desk.rng.int(24, 72) * HOUR;
    const visited = desk.rng.chance(0.85);
    if (visited)
      steps.push([
        t,
        'complaint return visit',
        () =>
          recordReturnVisit(
            desk.ctx,
            clerk,
            returnVisitInput.parse({
              id,
              version: version(),
              result: '顾客对处理结果表示认可',
              satisfaction: desk.rng.pick(['satisfied', 'fairly_satisfied', 'neutral'] as const),
            }),
          ),
      ]);
    t += desk.rng.int(1, 24) * HOUR;
    steps.push([
      t,
      'complaint close',
      () =>
        closeComplaint(
          desk.ctx,
          lead,
          closeInput.parse({ id, version: version(), noReturnVisitReason: visited ? '' : '多次联系未接通' }),
        ),
    ]);
    for (const [when, label, run] of steps) desk.scheduler.add(when, () => act(desk, when, label, run));
  });
}
