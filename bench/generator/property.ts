/**
 * A property client centre's duties through their services: repair work orders through dispatch, arrival,
 * completion, follow-up and close; goods release passes checked at the gate; workers' and vehicle passes returned;
 * renovation permits approved, worked under (with their workers' passes), inspected and refunded.
 */
import { issuePass, returnPass } from '../../electron/services/passes';
import { getPass } from '../../electron/services/passes/queries';
import { checkPass, issuePass as issueRelease } from '../../electron/services/releases';
import {
  applyRenovation,
  approveRenovation,
  getRenovation,
  getRenovationSettings,
  inspectRenovation,
  refundRenovation,
} from '../../electron/services/renovations';
import {
  arriveOrder,
  closeOrder,
  completeOrder,
  createOrder,
  dispatchOrder,
  followUpOrder,
  listTeams,
} from '../../electron/services/repairs';
import { issuePassInput, returnPassInput } from '../../shared/contract/passes';
import { checkReleaseInput, issueReleaseInput } from '../../shared/contract/releases';
import {
  applyRenovationInput,
  approveRenovationInput,
  inspectRenovationInput,
  refundRenovationInput,
} from '../../shared/contract/renovations';
import {
  completeRepairInput,
  createRepairInput,
  followUpRepairInput,
  type RepairCategory,
} from '../../shared/contract/repairs';
import { act, type GenDesk } from './desk';
import { type Approval, DAY, dayStart, HOUR, isoDay, MINUTE, plate, residentId, whileOpen } from './extras';
import { chineseName, mobilePhone } from './people';

export const propertyPerWeekday = { repair: 14, release: 5, pass: 4, renovation: 0.7 };

/** The estate's units: 12 buildings of 30 floors, four flats a floor. */
function unit(desk: GenDesk): string {
  return `${desk.rng.int(1, 12)} 栋 ${desk.rng.int(2, 30)}${String(desk.rng.int(1, 4)).padStart(2, '0')}`;
}

const repairs: [RepairCategory, string, string, number][] = [
  ['plumbing_electric', '厨房水管漏水', '更换三通阀门', 30],
  ['plumbing_electric', '卫生间灯不亮', '更换灯管', 20],
  ['air_conditioning', '空调不制冷', '清洗滤网并加氟', 15],
  ['doors_windows', '入户门锁卡住', '更换锁芯', 12],
  ['elevator', '电梯按键失灵', '更换按键面板', 6],
  ['public_facility', '楼道感应灯损坏', '更换感应灯', 12],
  ['other', '阳台地漏堵塞', '疏通地漏', 5],
];

/** A work order through its steps; follow-up within days, satisfied enough not to reopen, closed by the lead. */
export function planRepair(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const [category, description, workDone] = desk.rng.weighted(repairs.map((r) => [r, r[3]] as const));
  const publicArea = category === 'public_facility' || category === 'elevator';
  const urgent = desk.rng.chance(0.25);
  act(desk, at, 'repair', () => {
    const order = createOrder(
      desk.ctx,
      desk.onDuty,
      createRepairInput.parse({
        locationKind: publicArea ? 'public' : 'unit',
        location: publicArea ? `${desk.rng.int(1, 12)} 栋 电梯厅` : unit(desk),
        category,
        urgency: urgent ? 'urgent' : 'normal',
        description,
        reporterName: person.name,
        phone: person.phone,
      }),
    );
    const teams = listTeams(desk.ctx, false);
    const team = desk.rng.pick(teams);
    const id = order.id;
    let t = at + desk.rng.int(2, urgent ? 10 : 40) * MINUTE;
    const steps: [number, string, () => void][] = [
      [t, 'repair dispatch', () => dispatchOrder(desk.ctx, desk.onDuty, { id, teamId: team.id, note: '' })],
    ];
    t += desk.rng.int(5, urgent ? 15 : 180) * MINUTE;
    steps.push([t, 'repair arrival', () => arriveOrder(desk.ctx, desk.onDuty, { id })]);
    t += desk.rng.int(20, 240) * MINUTE;
    steps.push([
      t,
      'repair completion',
      () =>
        completeOrder(
          desk.ctx,
          desk.onDuty,
          completeRepairInput.parse({
            id,
            workDone,
            materials: desk.rng.chance(0.5) ? '配件一套' : '',
            fee: desk.rng.chance(0.3) ? `${desk.rng.int(20, 200)}.00` : '',
            customerConfirmed: true,
          }),
        ),
    ]);
    t = whileOpen(desk.rng, t + desk.rng.int(20, 72) * HOUR);
    steps.push([
      t,
      'repair follow-up',
      () =>
        followUpOrder(
          desk.ctx,
          desk.onDuty,
          followUpRepairInput.parse({
            id,
            satisfaction: desk.rng.weighted([
              ['satisfied', 70],
              ['fairly_satisfied', 22],
              ['neutral', 8],
            ] as const),
          }),
        ),
    ]);
    t = whileOpen(desk.rng, t + desk.rng.int(1, 24) * HOUR);
    steps.push([t, 'repair close', () => closeOrder(desk.ctx, desk.staff.lead, { id, note: '' })]);
    for (const [when, label, run] of steps) desk.scheduler.add(when, () => act(desk, when, label, run));
  });
}

const releaseGoods = [
  ['沙发', 1],
  ['冰箱', 1],
  ['纸箱（衣物）', 6],
  ['床垫', 1],
  ['空调外机（维修）', 1],
  ['办公桌椅', 4],
] as const;

/** 放行条 for today, approved by the owner and the lead's PIN; the gate checks it within hours. */
export function planRelease(desk: GenDesk, at: number, closesAt: number, approval: Approval): void {
  const person = desk.customers.next();
  const reason = desk.rng.weighted([
    ['move_out', 5],
    ['repair_out', 3],
    ['return_goods', 2],
  ] as const);
  const goods = Array.from({ length: desk.rng.int(1, 3) }, () => desk.rng.pick(releaseGoods));
  act(desk, at, 'release pass', () => {
    const pass = issueRelease(
      desk.ctx,
      desk.onDuty,
      issueReleaseInput.parse({
        holderKind: desk.rng.chance(0.7) ? 'owner' : 'tenant',
        holderName: person.name,
        phone: person.phone,
        unit: unit(desk),
        reason,
        vehiclePlate: desk.rng.chance(0.6) ? plate(desk.rng) : '',
        validDay: isoDay(at),
        items: goods.map(([name, quantity]) => ({ name, quantity })),
        approverName: person.name,
        approvalMethod: desk.rng.pick(['present', 'phone', 'written'] as const),
        approval,
      }),
    );
    const checkedAt = Math.max(at + MINUTE, Math.min(at + desk.rng.int(15, 150) * MINUTE, closesAt - 5 * MINUTE));
    const matched = desk.rng.chance(0.97);
    desk.scheduler.add(checkedAt, () =>
      act(desk, checkedAt, 'release gate check', () =>
        checkPass(
          desk.ctx,
          desk.onDuty,
          checkReleaseInput.parse({
            id: pass.id,
            version: pass.version,
            guardName: desk.rng.pick(['门岗 刘师傅', '门岗 陈师傅', '门岗 孙师傅']),
            matched,
            note: matched ? '' : '实际物品多于放行条所列，已拦下',
          }),
        ),
      ),
    );
  });
}

function scheduleReturn(desk: GenDesk, when: number, passId: string, lost: boolean): void {
  desk.scheduler.add(when, () =>
    act(desk, when, 'pass return', () => {
      const pass = getPass(desk.ctx, passId);
      returnPass(
        desk.ctx,
        desk.onDuty,
        returnPassInput.parse(
          lost
            ? { id: passId, version: pass.version, refund: '0', note: '出入证遗失，押金不退' }
            : { id: passId, version: pass.version },
        ),
      );
    }),
  );
}

/** A worker's (with ID) or vehicle's (with plate) pass for weeks; handed back on its last day. */
export function planPass(desk: GenDesk, at: number): void {
  const worker = desk.rng.chance(0.6);
  const days = desk.rng.int(7, 90);
  act(desk, at, 'pass', () => {
    const pass = issuePass(
      desk.ctx,
      desk.onDuty,
      issuePassInput.parse({
        kind: worker ? 'worker' : 'vehicle',
        holderName: chineseName(desk.rng),
        phone: mobilePhone(desk.rng),
        idType: worker ? 'resident_id' : null,
        idNumber: worker ? residentId(desk.rng) : '',
        company: desk.rng.pick(['顺达搬家公司', '美居装饰工程', '安心保洁服务', '快捷物流']),
        unit: unit(desk),
        vehiclePlate: worker ? '' : plate(desk.rng),
        validFrom: isoDay(at),
        validTo: isoDay(at + days * DAY),
        deposit: worker ? '50' : '100',
        fee: '10',
      }),
    );
    scheduleReturn(desk, whileOpen(desk.rng, at + days * DAY), pass.id, desk.rng.chance(0.03));
  });
}

/**
 * 装修申请 with every document, approved by the lead in a day or two; the workers' passes on the first day, handed
 * back on the last; 验收 after (one in ten fails and is inspected again); the deposit refunded.
 */
export function planRenovation(desk: GenDesk, at: number): void {
  const person = desk.customers.next();
  const foreman = chineseName(desk.rng);
  const foremanPhone = mobilePhone(desk.rng);
  const startAt = at + desk.rng.int(3, 10) * DAY;
  const endAt = startAt + desk.rng.int(20, 90) * DAY;
  const documents = getRenovationSettings(desk.ctx).documents;
  act(desk, at, 'renovation', () => {
    const permit = applyRenovation(
      desk.ctx,
      desk.onDuty,
      applyRenovationInput.parse({
        unit: unit(desk),
        ownerName: person.name,
        ownerPhone: person.phone,
        contractor: desk.rng.pick(['美居装饰工程', '东方家装', '匠心装饰']),
        foreman,
        foremanPhone,
        work: desk.rng.pick(['厨卫翻新，更换地砖', '全屋墙面翻新', '阳台封窗，更换门窗']),
        startDate: isoDay(startAt),
        endDate: isoDay(endAt),
        deposit: desk.rng.pick(['2000', '5000']),
        fee: '300',
        documents,
      }),
    );
    const id = permit.id;
    const version = () => getRenovation(desk.ctx, id).version;
    const approveAt = whileOpen(desk.rng, at + desk.rng.int(4, 40) * HOUR);
    desk.scheduler.add(approveAt, () =>
      act(desk, approveAt, 'renovation approval', () =>
        approveRenovation(
          desk.ctx,
          desk.staff.lead,
          approveRenovationInput.parse({ id, version: version(), documents, note: '' }),
        ),
      ),
    );
    const passesAt = dayStart(startAt) + 10 * HOUR + desk.rng.int(0, 120) * MINUTE;
    desk.scheduler.add(passesAt, () => {
      for (let i = 0; i < desk.rng.int(1, 3); i++)
        act(desk, passesAt, 'renovation worker pass', () => {
          const pass = issuePass(
            desk.ctx,
            desk.onDuty,
            issuePassInput.parse({
              kind: 'worker',
              holderName: i === 0 ? foreman : chineseName(desk.rng),
              phone: i === 0 ? foremanPhone : mobilePhone(desk.rng),
              idType: 'resident_id',
              idNumber: residentId(desk.rng),
              company: permit.contractor,
              unit: permit.unit,
              validFrom: permit.startDate,
              validTo: permit.endDate,
              deposit: '50',
              renovationId: id,
            }),
          );
          scheduleReturn(desk, whileOpen(desk.rng, endAt), pass.id, false);
        });
    });
    let inspectAt = whileOpen(desk.rng, endAt + desk.rng.int(1, 5) * DAY);
    const fails = desk.rng.chance(0.1);
    const inspect = (when: number, passed: boolean) =>
      desk.scheduler.add(when, () =>
        act(desk, when, 'renovation inspection', () =>
          inspectRenovation(
            desk.ctx,
            desk.onDuty,
            inspectRenovationInput.parse({
              id,
              version: version(),
              result: passed ? 'passed' : 'failed',
              defects: passed ? '' : '卫生间防水未做闭水试验',
            }),
          ),
        ),
      );
    if (fails) {
      inspect(inspectAt, false);
      inspectAt = whileOpen(desk.rng, inspectAt + desk.rng.int(3, 7) * DAY);
    }
    inspect(inspectAt, true);
    const refundAt = whileOpen(desk.rng, inspectAt + desk.rng.int(1, 3) * DAY);
    const deduct = desk.rng.chance(0.1);
    desk.scheduler.add(refundAt, () =>
      act(desk, refundAt, 'renovation refund', () =>
        refundRenovation(
          desk.ctx,
          desk.onDuty,
          refundRenovationInput.parse(
            deduct
              ? { id, version: version(), refund: '1500', reason: '损坏公共区域墙面，扣除修复费用' }
              : { id, version: version() },
          ),
        ),
      ),
    );
  });
}
