import type { DirectoryAnswerView, DirectoryShopView } from '../../../shared/contract/directory';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getAnswer, getShop } from './queries';

const shopColumns: ExportColumn<DirectoryShopView>[] = [
  { header: '商户名称', width: 18, value: (s) => s.name },
  { header: '业态', width: 10, value: (s) => valueLabelOrEmpty('zh-CN', 'directory', 'category', s.category) },
  { header: '楼层', width: 6, value: (s) => s.floor },
  { header: '铺位号', width: 10, value: (s) => s.unitNo },
  { header: '联系电话', width: 14, value: (s) => s.phone },
  { header: '开门时间', width: 8, value: (s) => s.opensAt },
  { header: '关门时间', width: 8, value: (s) => s.closesAt },
  { header: '备注', width: 20, value: (s) => s.note },
  { header: '登记时间', width: 17, value: (s, at) => at(s.createdAt) },
  { header: '状态', width: 8, value: (s) => (s.active ? '在列' : '已停用') },
  { header: '作废原因', width: 20, value: (s) => s.voidReason ?? '' },
];

const answerColumns: ExportColumn<DirectoryAnswerView>[] = [
  { header: '问题', width: 16, value: (a) => a.title },
  { header: '关键词', width: 20, value: (a) => a.keywords },
  { header: '答复话术', width: 60, value: (a) => a.body },
  { header: '登记时间', width: 17, value: (a, at) => at(a.createdAt) },
  { header: '作废原因', width: 20, value: (a) => a.voidReason ?? '' },
];

/** The shops and answers added in the range, as the desk keeps them. */
export const directoryExport: ModulePlan = {
  module: 'directory',
  file: '商户与问答.xlsx',
  sheets: [
    recordSheet('商户', shopColumns, 'shops', 'created_at', 'rowid', getShop),
    recordSheet('常见问答', answerColumns, 'directory_answers', 'created_at', 'rowid', getAnswer),
  ],
};
