import { deliverInvoice, issueInvoice, requestInvoice, toRequestInput } from '../../electron/services/invoices';
import { depositGoods, pickUpGoods, transferSlip } from '../../electron/services/storage';
import { siteDay } from '../../electron/services/time';
import { creditCodeCheckCharacter } from '../../shared/contract/credit-code';
import { deliverInvoiceInput, issueInvoiceInput, requestInvoiceInput } from '../../shared/contract/invoices';
import { depositInput, pickupInput } from '../../shared/contract/storage';
import { act, type GenDesk, type Locker } from './desk';
import type { Random } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const goods = [
  '购物袋两个（服装）',
  '行李箱一个',
  '婴儿推车',
  '电脑包',
  '超市购物袋三个',
  '雨伞两把',
  '礼品盒',
  '鲜花一束',
  '纸箱（家电配件）',
  '双肩包',
];

function freeLocker(desk: GenDesk): Locker | null {
  if (!desk.rng.chance(0.35)) return null;
  return desk.lockers.find((l) => !l.busy) ?? null;
}

export function planDeposit(desk: GenDesk, at: number, closesAt: number): void {
  const person = desk.customers.next();
  const pieces = desk.rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  const locker = freeLocker(desk);
  const paid = desk.rng.chance(0.15);
  act(desk, at, 'storage deposit', () => {
    const { slip, claimCode } = depositGoods(
      desk.ctx,
      desk.onDuty,
      depositInput.parse({
        depositorName: person.name,
        phone: person.phone,
        description: desk.rng.pick(goods),
        pieces,
        size: locker ? 'small' : desk.rng.pick(['small', 'large'] as const),
        locationId: locker?.id ?? desk.shelfId,
        feeFen: paid ? 500 : 0,
        waivedFen: 0,
      }),
    );
    if (locker) locker.busy = true;
    // Most goods go back the same day; some the next day (overdue); a few are never collected and a supervisor
    // transfers them to lost and found a month later, as the desk does (they would otherwise pile up for years).
    if (!desk.rng.chance(0.995)) {
      const transferAt = closesAt + 31 * DAY;
      desk.scheduler.add(transferAt, () =>
        act(desk, transferAt, 'storage transfer', () => {
          transferSlip(desk.ctx, desk.staff.supervisor, {
            id: slip.id,
            to: 'lost_found',
            reason: '超期未取，转失物招领',
          });
          if (locker) locker.busy = false;
        }),
      );
      return;
    }
    const sameDay = desk.rng.chance(0.96);
    const firstAt = sameDay
      ? Math.min(at + desk.rng.int(20, 240) * MINUTE, closesAt - 5 * MINUTE)
      : closesAt + desk.rng.int(1, 3) * DAY - desk.rng.int(1, 10) * HOUR;
    const split = pieces > 1 && desk.rng.chance(0.1) ? 1 : pieces;
    const pickup = (when: number, count: number, rest: number) =>
      desk.scheduler.add(when, () =>
        act(desk, when, 'storage pickup', () => {
          pickUpGoods(
            desk.ctx,
            desk.onDuty,
            pickupInput.parse({
              id: slip.id,
              pieces: count,
              collectorName: person.name,
              proof: 'claim_code',
              claimCode,
            }),
          );
          if (rest > 0) pickup(when + desk.rng.int(10, 60) * MINUTE, rest, 0);
          else if (locker) locker.busy = false;
        }),
      );
    pickup(Math.max(firstAt, at + MINUTE), split, pieces - split);
  });
}

interface Company {
  title: string;
  taxpayerId: string;
}

const companyNames = [
  '贸易',
  '科技',
  '餐饮管理',
  '文化传媒',
  '建筑工程',
  '信息技术',
  '物流',
  '咨询服务',
  '电子商务',
  '医疗器械',
];
const cities = ['上海', '福州', '杭州', '苏州', '南京', '宁波'];

/** Organisations with valid 统一社会信用代码 (check character computed, as the contract demands). */
export function makeCompanies(rng: Random, count: number): Company[] {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const out: Company[] = [];
  for (let i = 0; i < count; i++) {
    let first17 = `91${rng.int(110_000, 659_999)}`;
    while (first17.length < 17) first17 += alphabet.charAt(rng.int(0, alphabet.length - 1));
    out.push({
      title: `${rng.pick(cities)}${rng.pick(['星河', '华达', '恒信', '远航', '东方', '金桥', '新世纪'])}${rng.pick(companyNames)}有限公司`,
      taxpayerId: first17 + creditCodeCheckCharacter(first17),
    });
  }
  return out;
}

let receiptCounter = 0;

export function planInvoice(desk: GenDesk, at: number, companies: Company[]): void {
  const person = desk.customers.next();
  const organisation = desk.rng.chance(0.35) ? desk.rng.pick(companies) : null;
  const special = organisation !== null && desk.rng.chance(0.15);
  const electronic = !special && desk.rng.chance(0.7);
  const day = siteDay(at - desk.rng.int(0, 10) * DAY, 'Asia/Shanghai');
  const receipts = desk.rng.chance(0.85) ? 1 : desk.rng.int(2, 4);
  const receiptNos: string[] = [];
  for (let i = 0; i < receipts; i++) receiptNos.push(`XP${day}${String(++receiptCounter).padStart(7, '0')}`);
  const fen = desk.rng.int(1_000, 2_000_000);
  act(desk, at, 'invoice request', () => {
    const parsed = requestInvoiceInput.parse({
      receiptNos,
      shopId: desk.rng.pick(desk.shops),
      purchaseDate: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`,
      amountYuan: (fen / 100).toFixed(2),
      kind: special ? 'vat_special' : 'vat_ordinary',
      medium: electronic ? 'electronic' : 'paper',
      buyerType: organisation ? 'organisation' : 'person',
      title: organisation?.title ?? person.name,
      taxpayerId: organisation?.taxpayerId ?? '',
      email: electronic ? `c${person.phone.slice(-6)}@example.com` : '',
      address: special ? '上海市浦东新区世纪大道100号' : '',
      phone: special ? '021-55501234' : person.phone,
      bank: special ? '中国工商银行上海分行' : '',
      account: special ? '6222020200012345678' : '',
    });
    const request = requestInvoice(desk.ctx, desk.onDuty, toRequestInput(parsed));
    // Almost every request is issued; the few left show in the header badge until the desk follows up.
    if (!desk.rng.chance(0.999)) return;
    const issuedAt = at + desk.rng.int(1, 48) * HOUR;
    desk.scheduler.add(issuedAt, () =>
      act(desk, issuedAt, 'invoice issue', () => {
        const issued = issueInvoice(
          desk.ctx,
          desk.onDuty,
          issueInvoiceInput.parse({
            id: request.id,
            version: request.version,
            // An electronic invoice is a 数电票 (20 digits, no code); a paper one has a code and 8 digits.
            invoiceCode: electronic ? '' : String(desk.rng.int(100_000_000_000, 999_999_999_999)),
            invoiceNo: electronic
              ? `${String(desk.rng.int(10_000_000_000, 99_999_999_999))}${String(desk.rng.int(100_000_000, 999_999_999))}`
              : String(desk.rng.int(10_000_000, 99_999_999)),
          }),
        );
        const deliveredAt = issuedAt + desk.rng.int(1, 72) * HOUR;
        desk.scheduler.add(deliveredAt, () =>
          act(desk, deliveredAt, 'invoice delivery', () =>
            deliverInvoice(
              desk.ctx,
              desk.onDuty,
              deliverInvoiceInput.parse({
                id: request.id,
                version: issued.version,
                method: electronic ? 'emailed' : 'handed',
              }),
            ),
          ),
        );
      }),
    );
  });
}
