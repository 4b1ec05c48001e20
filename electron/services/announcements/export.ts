import type { AnnouncementView } from '../../../shared/contract/announcements';
import { valueLabelOrEmpty } from '../../../shared/contract/label-text';
import type { ExportColumn } from '../backup/export/columns';
import { type ModulePlan, recordSheet } from '../backup/export/sources';
import { getAnnouncement } from './queries';

/** The owner's copy: unmasked phone, the guardian's ID masked (only the mask is kept), each step in words. */
export const announcementColumns: ExportColumn<AnnouncementView>[] = [
  { header: '广播单号', width: 22, value: (r) => r.serialNo },
  { header: '登记时间', width: 17, value: (r, at) => at(r.createdAt) },
  { header: '类别', width: 8, value: (r) => valueLabelOrEmpty('zh-CN', 'announcements', 'kind', r.kind) },
  { header: '广播内容', width: 40, value: (r) => r.text },
  { header: '申请人', width: 10, value: (r) => r.requesterName },
  { header: '联系电话', width: 14, value: (r) => r.requesterPhone },
  { header: '播报次数', width: 8, value: (r) => r.timesRead },
  { header: '状态', width: 8, value: (r) => valueLabelOrEmpty('zh-CN', 'announcements', 'status', r.status) },
  { header: '儿童姓名', width: 10, value: (r) => r.childName },
  { header: '衣着特征', width: 24, value: (r) => r.childDescription },
  { header: '走失地点', width: 14, value: (r) => r.lastSeenPlace },
  {
    header: '处置步骤',
    width: 50,
    value: (r, at) =>
      r.steps
        .map(
          (s) =>
            `${at(s.at)} ${valueLabelOrEmpty('zh-CN', 'announcements', 'step', s.step)} ${s.who}${s.note ? ` ${s.note}` : ''}`,
        )
        .join('；'),
  },
  { header: '处置结果', width: 10, value: (r) => valueLabelOrEmpty('zh-CN', 'announcements', 'outcome', r.outcome) },
  { header: '接领人', width: 10, value: (r) => r.handedToName ?? '' },
  { header: '接领人证件', width: 20, value: (r) => r.handedToIdMasked ?? '' },
  { header: '结案时间', width: 17, value: (r, at) => at(r.closedAt) },
  { header: '经办人', width: 8, value: (r) => r.clerkName },
  { header: '作废时间', width: 17, value: (r, at) => at(r.voidedAt) },
  { header: '作废原因', width: 20, value: (r) => r.voidReason ?? '' },
];

export const announcementsExport: ModulePlan = {
  module: 'announcements',
  file: '广播.xlsx',
  sheets: [recordSheet('广播登记', announcementColumns, 'announcements', 'created_at', 'rowid', getAnnouncement)],
};
