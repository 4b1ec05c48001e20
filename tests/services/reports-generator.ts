import { logCall, voidCall } from '../../electron/services/calls';
import {
  assignComplaint,
  progressComplaint,
  recordReturnVisit,
  resolveComplaint,
} from '../../electron/services/complaints';
import { issueInvoice, requestInvoice, toRequestInput, voidInvoice } from '../../electron/services/invoices';
import { lend, returnLoan, saveKind, saveLoanItem, voidLoan } from '../../electron/services/loans';
import { claimItem, registerItem, voidItem } from '../../electron/services/lostfound';
import { registerVisit, voidVisit } from '../../electron/services/reception/visits';
import { registerReturn, toRegisterInput, voidReturn } from '../../electron/services/returns';
import { listItems } from '../../electron/services/settings';
import { depositGoods, pickUpGoods, voidSlip } from '../../electron/services/storage';
import { logCallInput } from '../../shared/contract/calls';
import { resolveInput } from '../../shared/contract/complaints';
import { requestInvoiceInput } from '../../shared/contract/invoices';
import { lendInput, loanItemInput, loanKindInput, overdueFeeFen } from '../../shared/contract/loans';
import { claimInput, registerItemInput } from '../../shared/contract/lostfound';
import { registerVisitInput } from '../../shared/contract/reception';
import { registerReturnInput } from '../../shared/contract/returns';
import { depositInput, pickupInput } from '../../shared/contract/storage';
import { demoPin, type TestDesk } from '../helpers/db';
import { seededRandom } from '../helpers/random';
import { fileComplaint, firstDepartment } from './complaints-helpers';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** A record as the test knows it from what it generated: the expected figures are computed from these alone. */
export interface Generated {
  module: 'reception' | 'calls' | 'storage' | 'invoices' | 'returns' | 'complaints' | 'lostfound' | 'loans';
  at: number;
  voided: boolean;
  kind?: string;
  partySize?: number;
  replyDueAt?: number;
  closedAt?: number;
  expectedAt?: number;
  feeFen?: number;
  waivedFen?: number;
  amountFen?: number;
  differenceFen?: number;
  exception?: boolean;
  accepted?: boolean;
  satisfaction?: string;
}

const purposes = ['enquiry', 'visit', 'help', 'suggestion'] as const;
const categories = ['enquiry', 'repair', 'booking', 'suggestion'] as const;
const levels = ['satisfied', 'fairly_satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const;
const shanghaiDay = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

interface Action {
  at: number;
  run: () => void;
}

/**
 * Generates `count` records between `start` and `end` through the real services, each possibly followed later by
 * its closing (pickup, issue, callback, resolution) or its voiding, performed in time order on the test clock.
 */
export function generate(
  desk: TestDesk,
  seed: number,
  start: number,
  end: number,
  count: number,
  stopAt: number,
): Generated[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const clerk = desk.clerkByRole('clerk');
  const lead = desk.clerkByRole('lead');
  const supervisor = desk.clerkByRole('supervisor');
  const ctx = desk.ctx;
  const shopId = (listItems(ctx, 'shops', false)[0] as { id: string }).id;
  const shelfId = ctx.sqlite.prepare("select id from storage_locations where code = 'D-01'").pluck().get() as string;
  const department = firstDepartment(desk);
  const records: Generated[] = [];
  const actions: Action[] = [];
  // Nothing happens after `stopAt` (the report's now): a follow-up due later has simply not happened yet.
  const later = (at: number, run: () => void) => {
    if (at <= stopAt) actions.push({ at, run });
  };
  const modules = ['reception', 'calls', 'storage', 'invoices', 'returns', 'complaints', 'lostfound', 'loans'] as const;
  for (let i = 0; i < count; i += 1) {
    const at = Math.floor(start + random() * (end - start));
    const module = modules[i % modules.length] as Generated['module'];
    const rec: Generated = { module, at, voided: false };
    records.push(rec);
    const fate = random();
    const followAt = at + Math.floor((0.5 + random() * 60) * HOUR);
    later(at, () => create(rec, i, fate, followAt));
  }

  function voidLater(rec: Generated, at: number, voidIt: () => void): void {
    if (at > stopAt) return;
    rec.voided = true;
    later(at, voidIt);
  }

  function create(rec: Generated, i: number, fate: number, followAt: number): void {
    if (rec.module === 'reception') {
      rec.kind = pick(purposes);
      rec.partySize = 1 + Math.floor(random() * 4);
      const v = registerVisit(
        ctx,
        clerk,
        registerVisitInput.parse({ visitorName: `访客${i}`, purpose: rec.kind, partySize: rec.partySize }),
      );
      if (fate < 0.2) voidLater(rec, followAt, () => voidVisit(ctx, lead, { id: v.id, ...why() }));
    } else if (rec.module === 'calls') {
      rec.kind = pick(categories);
      const reply = fate >= 0.2;
      const dueAt = rec.at + Math.floor((1 + random() * 30) * HOUR);
      if (reply) rec.replyDueAt = dueAt;
      const c = logCall(
        ctx,
        clerk,
        logCallInput.parse({
          direction: random() < 0.75 ? 'incoming' : 'outgoing',
          phone: '13812345678',
          category: rec.kind,
          summary: `来电${i}`,
          replyNeeded: reply,
          replyDueAt: reply ? dueAt : null,
        }),
      );
      rec.kind = `${c.direction}:${rec.kind}`;
      if (fate < 0.1) voidLater(rec, followAt, () => voidCall(ctx, lead, { id: c.id, ...why() }));
      else if (reply && fate < 0.75)
        later(followAt, () => {
          logCall(
            ctx,
            clerk,
            logCallInput.parse({
              direction: 'outgoing',
              phone: '13812345678',
              category: 'callback',
              summary: '回电',
              answersCallId: c.id,
              result: '已答复',
            }),
          );
          rec.closedAt = followAt;
          records.push({ module: 'calls', at: followAt, voided: false, kind: 'outgoing:callback' });
        });
    } else if (rec.module === 'storage') {
      rec.feeFen = pick([0, 500, 1000]);
      rec.waivedFen = rec.feeFen > 0 && random() < 0.3 ? 200 : 0;
      rec.expectedAt = rec.at + Math.floor((1 + random() * 40) * HOUR);
      const slip = depositGoods(
        ctx,
        clerk,
        depositInput.parse({
          depositorName: `寄存${i}`,
          phone: '13912345678',
          description: '购物袋',
          pieces: 2,
          size: 'large',
          locationId: shelfId,
          feeFen: rec.feeFen,
          waivedFen: rec.waivedFen,
          expectedPickupAt: rec.expectedAt,
        }),
      );
      if (fate < 0.15) voidLater(rec, followAt, () => voidSlip(ctx, lead, { id: slip.slip.id, ...why() }));
      else if (fate < 0.75)
        later(followAt, () => {
          pickUpGoods(
            ctx,
            clerk,
            pickupInput.parse({
              id: slip.slip.id,
              proof: 'claim_code',
              claimCode: slip.claimCode,
              pieces: 2,
              collectorName: '本人',
            }),
          );
          rec.closedAt = followAt;
        });
    } else if (rec.module === 'invoices') {
      rec.amountFen = 100 + Math.floor(random() * 100_000);
      const request = requestInvoice(
        ctx,
        clerk,
        toRequestInput(
          requestInvoiceInput.parse({
            receiptNos: [`XP${i}`],
            shopId,
            purchaseDate: '2026-10-20',
            amountYuan: (rec.amountFen / 100).toFixed(2),
            kind: 'vat_ordinary',
            medium: 'paper',
            buyerType: 'person',
            title: `顾客${i}`,
          }),
        ),
      );
      if (fate < 0.15) voidLater(rec, followAt, () => voidInvoice(ctx, lead, { id: request.id, ...why() }));
      else if (fate < 0.7)
        later(followAt, () => {
          issueInvoice(ctx, clerk, { id: request.id, invoiceCode: '035001900111', invoiceNo: String(10_000_000 + i) });
          rec.closedAt = followAt;
        });
    } else if (rec.module === 'returns') {
      createReturn(rec, i, fate, followAt);
    } else if (rec.module === 'lostfound') {
      createFoundItem(rec, i, fate, followAt);
    } else if (rec.module === 'loans') {
      createLoan(rec, i, fate, followAt);
    } else {
      createComplaint(rec, i, fate, followAt);
    }
  }

  function createReturn(rec: Generated, i: number, fate: number, followAt: number): void {
    rec.kind = random() < 0.6 ? 'return' : 'exchange';
    rec.amountFen = 1000 + Math.floor(random() * 50_000);
    rec.exception = random() < 0.25;
    const newAmountFen = rec.kind === 'exchange' && random() < 0.5 ? rec.amountFen + 1500 : null;
    rec.differenceFen = newAmountFen === null ? 0 : newAmountFen - rec.amountFen;
    const r = registerReturn(
      ctx,
      clerk,
      toRegisterInput(
        registerReturnInput.parse({
          kind: rec.kind,
          purchaseDate: shanghaiDay(rec.at - (rec.exception ? 70 : 5) * DAY),
          qualityProblem: false,
          hasReceipt: true,
          receiptNo: 'XP2026110001',
          refundMethod:
            rec.kind === 'return' || (newAmountFen !== null && newAmountFen < rec.amountFen) ? 'original' : null,
          receiptMatches: true,
          packagingUnopened: true,
          pastShelfLife: false,
          customerName: `顾客${i}`,
          product: '保温杯',
          quantity: 1,
          shopId,
          amountYuan: (rec.amountFen / 100).toFixed(2),
          reason: '不合适',
          newProduct: newAmountFen === null ? '' : '保温壶',
          newAmountYuan: newAmountFen === null ? '' : (newAmountFen / 100).toFixed(2),
          approval: rec.exception
            ? { approverId: supervisor.clerkId, pin: demoPin('supervisor'), reason: '老顾客，主管同意' }
            : null,
        }),
      ),
    );
    if (fate < 0.15) voidLater(rec, followAt, () => voidReturn(ctx, lead, { id: r.id, ...why() }));
  }

  /** A found item: a third are cash (a valuable, counted in fen); some are claimed later, a lead approving cash. */
  function createFoundItem(rec: Generated, i: number, fate: number, followAt: number): void {
    const cash = random() < 0.33;
    rec.kind = cash ? 'cash' : 'umbrella';
    rec.amountFen = cash ? 100 + Math.floor(random() * 50_000) : 0;
    const item = registerItem(
      ctx,
      clerk,
      registerItemInput.parse({
        category: rec.kind,
        description: `拾获物${i}`,
        cash: cash ? (rec.amountFen / 100).toFixed(2) : '',
        foundPlace: '一楼大厅',
        finderKind: 'cleaner',
        storagePlace: '失物柜',
      }),
    );
    if (fate < 0.15) voidLater(rec, followAt, () => voidItem(ctx, lead, { id: item.id, ...why() }));
    else if (fate < 0.6)
      later(followAt, () => {
        claimItem(
          ctx,
          clerk,
          claimInput.parse({
            id: item.id,
            version: item.version,
            claimantName: `失主${i}`,
            phone: '13912345678',
            idType: 'passport',
            idNumber: 'E12345678',
            claimDescription: '本人遗失',
            approval: cash ? { clerkId: lead.clerkId, pin: demoPin('lead') } : null,
          }),
        );
        rec.closedAt = followAt;
      });
  }

  let umbrellaKind: string | null = null;
  /** An umbrella lent for a day against ¥30, ¥1 a day late; returned later (the fee taken from the deposit) or not. */
  function createLoan(rec: Generated, i: number, fate: number, followAt: number): void {
    umbrellaKind ??= saveKind(
      ctx,
      supervisor,
      loanKindInput.parse({ name: '雨伞', deposit: '30', loanDays: 1, overdueFee: '1' }),
    ).id;
    const item = saveLoanItem(ctx, supervisor, loanItemInput.parse({ kindId: umbrellaKind, code: `YS-${i}` }));
    const loan = lend(
      ctx,
      clerk,
      lendInput.parse({ itemId: item.id, borrowerName: `借用${i}`, phone: '13912345678', guarantee: 'deposit' }),
    );
    rec.expectedAt = loan.dueAt;
    rec.feeFen = overdueFeeFen(loan.dueAt, followAt, 100, 3000);
    if (fate < 0.15) voidLater(rec, followAt, () => voidLoan(ctx, lead, { id: loan.id, ...why() }));
    else if (fate < 0.7)
      later(followAt, () => {
        returnLoan(ctx, clerk, { id: loan.id, outcome: 'returned', refund: 0, reason: '' });
        rec.closedAt = followAt;
      });
  }

  function why() {
    return { reason: '登记错误' };
  }

  function createComplaint(rec: Generated, i: number, fate: number, followAt: number): void {
    rec.accepted = fate >= 0.1;
    rec.kind = pick(['product', 'service', 'other'] as const);
    const c = fileComplaint(
      desk,
      {
        type: rec.kind as 'product',
        urgency: 'urgent',
        customerName: `投诉人${i}`,
        ...(rec.accepted ? {} : { decision: 'not_accept', notAcceptedReason: '不属于本场所' }),
      },
      clerk,
    );
    if (!rec.accepted || fate >= 0.7) return;
    const satisfaction = fate < 0.45 ? pick(levels) : undefined;
    rec.satisfaction = satisfaction;
    later(followAt, () => {
      assignComplaint(ctx, lead, { id: c.id, departmentId: department, clerkId: clerk.clerkId, reason: '' });
      progressComplaint(ctx, clerk, { id: c.id, to: 'in_progress', reason: '' });
      resolveComplaint(
        ctx,
        clerk,
        resolveInput.parse({
          id: c.id,
          // The contract now names the version a change is based on (the service itself does not compare it).
          version: ctx.sqlite.prepare('select version from complaints where id = ?').pluck().get(c.id) as number,
          cause: 'occasional',
          outcome: 'other',
          resolution: '处理',
          compensationFen: 0,
          informedAt: followAt,
          informedHow: '电话',
          customerReaction: '接受',
        }),
      );
      if (satisfaction) recordReturnVisit(ctx, clerk, { id: c.id, result: '回访', satisfaction });
      rec.closedAt = followAt;
    });
  }

  // Run in time order; actions added while running (none today) would be picked up by the loop too.
  while (actions.length) {
    actions.sort((a, b) => a.at - b.at);
    const next = actions.shift() as Action;
    desk.clock.current = next.at;
    next.run();
  }
  return records;
}
