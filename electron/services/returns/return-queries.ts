import { returnRequests } from '../../../db/schema';
import { SqlWhere, tableRef } from '../../../db/sql';
import { differencePayer, type ReturnList, type ReturnView } from '../../../shared/contract/returns';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { ID_IN_JSON } from '../search/hit-status';
import { foldedContains } from '../text-filter';
import { settled } from './predicates';

const SELECT_RETURN = `select r.id, r.version, r.serial_no as serialNo, r.kind, r.customer_name as customerName, r.phone,
  r.product, r.specification, r.quantity, r.shop_id as shopId, s.name as shopName, r.purchase_date as purchaseDate,
  r.amount_fen as amountFen, r.receipt_no as receiptNo, r.refund_method as refundMethod, r.quality_problem as qualityProblem, r.reason, r.has_receipt as hasReceipt,
  r.receipt_matches as receiptMatches, r.packaging_unopened as packagingUnopened, r.past_shelf_life as pastShelfLife,
  r.meets_policy as meetsPolicy, r.policy_reasons as policyReasons, r.exception_approved_by as exceptionApprovedBy,
  a.name as exceptionApproverName, r.exception_reason as exceptionReason, r.approval_status as approvalStatus,
  dc.name as decidedByName, r.decided_at as decidedAt, r.decision_note as decisionNote, r.new_product as newProduct,
  r.new_specification as newSpecification, r.new_amount_fen as newAmountFen,
  r.price_difference_fen as priceDifferenceFen, c.name as clerkName, r.created_at as createdAt,
  r.voided_at as voidedAt, r.void_reason as voidReason, vb.name as voidedByName
  from return_requests r join shops s on s.id = r.shop_id join clerks c on c.id = r.clerk_id
  left join clerks a on a.id = r.exception_approved_by left join clerks dc on dc.id = r.decided_by
  left join clerks vb on vb.id = r.voided_by`;

const BOOLEANS = [
  'qualityProblem',
  'hasReceipt',
  'receiptMatches',
  'packagingUnopened',
  'pastShelfLife',
  'meetsPolicy',
] as const;

type RawReturn = Record<string, unknown>;

function toView(raw: RawReturn): ReturnView {
  const view = { ...raw, policyReasons: JSON.parse(String(raw.policyReasons)) as string[] } as Record<string, unknown>;
  for (const key of BOOLEANS) view[key] = raw[key] === 1;
  view.differencePayer = differencePayer(Number(raw.priceDifferenceFen));
  return view as unknown as ReturnView;
}

export function getReturn(ctx: ServiceContext, id: string): ReturnView {
  const raw = ctx.sqlite.prepare(`${SELECT_RETURN} where r.id = ?`).get(id) as RawReturn | undefined;
  if (!raw) throw notFound();
  return toView(raw);
}

/** The requests of these ids that exist, in one read (search hits' states). */
export function getReturns(ctx: ServiceContext, ids: readonly string[]): ReturnView[] {
  const rows = ctx.sqlite.prepare(`${SELECT_RETURN} where r.id in ${ID_IN_JSON}`).all(JSON.stringify(ids));
  return (rows as RawReturn[]).map(toView);
}

export interface ReturnFilter {
  from: number | null;
  to: number | null;
  kind: 'return' | 'exchange' | null;
  shopId: string | null;
  pendingOnly: boolean;
  text: string;
  includeVoided: boolean;
  limit: number;
}

/** 退换货汇总表: newest first, with the refunds and price differences of the settled rows added up to the fen. */
export function listReturns(ctx: ServiceContext, filter: ReturnFilter): ReturnList {
  const where = new SqlWhere();
  // Waiting returns are listed whatever their day: a forgotten one must not hide behind the date filter.
  where.filter('r.created_at >= @from', 'from', filter.pendingOnly ? null : filter.from);
  where.filter('r.created_at < @to', 'to', filter.pendingOnly ? null : filter.to);
  where.filter('r.kind = @kind', 'kind', filter.kind);
  where.filter('r.shop_id = @shopId', 'shopId', filter.shopId);
  if (filter.pendingOnly) where.always(`r.approval_status = 'pending'`);
  where.filter(
    foldedContains(['r.customer_name', 'r.product', 'r.serial_no', 'r.receipt_no', 'r.phone', 'r.new_product'], {
      id: 'r.id',
      names: ['r.customer_name'],
    }),
    'text',
    filter.text,
  );
  if (!filter.includeVoided) where.always('r.voided_at is null');
  const sql = `${SELECT_RETURN} ${where}
    order by r.created_at desc, r.id desc limit ${filter.limit}`;
  const rows = (ctx.sqlite.prepare(sql).all(where.params) as RawReturn[]).map(toView);
  // Totals of the whole filter, not only the rows shown, counting settled requests as the reports do.
  const r = tableRef(returnRequests, 'r').c;
  const totals = ctx.sqlite
    .prepare(
      `select coalesce(sum(case when r.kind = 'return' and ${settled(r)} then r.amount_fen end), 0) as refundFen,
         coalesce(sum(case when ${settled(r)} then r.price_difference_fen end), 0) as differenceFen
       from return_requests r ${where}`,
    )
    .get(where.params) as { refundFen: number; differenceFen: number };
  return { rows, ...totals };
}
