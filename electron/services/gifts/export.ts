import { clerks, giftItems, giftMoves } from '../../../db/schema';
import { query, tableRef } from '../../../db/sql';
import type { GiftRecordView } from '../../../shared/contract/gifts';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getGiftRecord } from './queries';

const yuan = (fen: number) => fen / 100;

/** The owner's copy: phones unmasked, receipts in full, who approved a draw. */
const redemptionColumns: ExportColumn<GiftRecordView>[] = [
  { header: '单号', width: 22, value: (g) => g.serialNo },
  { header: '时间', width: 17, value: (g, at) => at(g.createdAt) },
  { header: '活动', width: 16, value: (g) => g.campaignName },
  { header: '赠品', width: 14, value: (g) => g.itemName },
  { header: '顾客姓名', width: 10, value: (g) => g.personName },
  { header: '联系电话', width: 14, value: (g) => g.phone },
  { header: '小票号', width: 30, value: (g) => g.receiptNos.join(' ') },
  { header: '消费金额(元)', width: 12, value: (g) => yuan(g.amountFen) },
  { header: '经办人', width: 8, value: (g) => g.clerkName },
  { header: '作废原因', width: 20, value: (g) => g.voidReason ?? '' },
];

const drawColumns: ExportColumn<GiftRecordView>[] = [
  { header: '单号', width: 22, value: (g) => g.serialNo },
  { header: '时间', width: 17, value: (g, at) => at(g.createdAt) },
  { header: '活动', width: 16, value: (g) => g.campaignName },
  { header: '抽奖轮次', width: 12, value: (g) => g.drawName },
  { header: '奖品', width: 14, value: (g) => g.itemName },
  { header: '中奖人', width: 10, value: (g) => g.personName },
  { header: '联系电话', width: 14, value: (g) => g.phone },
  { header: '审批组长', width: 8, value: (g) => g.approvedByName },
  { header: '经办人', width: 8, value: (g) => g.clerkName },
  { header: '作废原因', width: 20, value: (g) => g.voidReason ?? '' },
];

const m = tableRef(giftMoves, 'm');
const i = tableRef(giftItems, 'i');
const k = tableRef(clerks, 'k');
const moveById = query(
  { ...m.pick('at', 'kind', 'quantity', 'source'), itemName: i.col('name'), clerkName: k.col('name') },
  (list) =>
    `select ${list} from ${m.from} join ${i.from} on ${i.c.id} = ${m.c.itemId} join ${k.from} on ${k.c.id} = ${m.c.clerkId}
     where ${m.c.id} = ?`,
);
type MoveRow = ReturnType<typeof moveById.all>[number];

function getMove(ctx: ServiceContext, id: string): MoveRow {
  const row = moveById.get(ctx.sqlite, id);
  if (!row) throw notFound();
  return row;
}

const moveColumns: ExportColumn<MoveRow>[] = [
  { header: '时间', width: 17, value: (row, at) => at(row.at) },
  { header: '赠品', width: 14, value: (row) => row.itemName },
  { header: '类别', width: 12, value: (row) => valueLabelOrEmpty('zh-CN', 'gifts', 'moveKind', row.kind) },
  { header: '数量', width: 8, value: (row) => row.quantity },
  { header: '来源/去向', width: 16, value: (row) => row.source },
  { header: '经办人', width: 8, value: (row) => row.clerkName },
];

export const giftsExport: ModulePlan = {
  module: 'gifts',
  file: '赠品抽奖.xlsx',
  sheets: [
    recordSheet('赠品兑换', redemptionColumns, 'gift_redemptions', 'created_at', 'rowid', getGiftRecord),
    recordSheet('抽奖登记', drawColumns, 'gift_draws', 'created_at', 'rowid', getGiftRecord),
    recordSheet('赠品台账', moveColumns, 'gift_moves', 'at', 'rowid', getMove),
  ],
};
