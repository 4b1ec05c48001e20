import type { ExportModule } from '../../../../shared/contract/backup-export';
/** Settings → 备份 → 数据导出, and saving the handover sheet as PDF. */
export const dataExportZhCN = {
  title: '数据导出（Excel）',
  hint: '导出所选日期内的全部记录（不脱敏，仅供业主留存），每个模块一个 .xlsx 文件。请妥善保管导出文件。',
  from: '开始日期',
  to: '结束日期',
  modules: '模块',
  moduleNames: {
    reception: '来访登记',
    calls: '电话记录',
    storage: '寄存',
    invoices: '开票申请',
    returns: '退换货',
    complaints: '投诉（含处理时间线）',
    lostfound: '失物招领（失物与寻物登记）',
    repairs: '报修派工单',
    loans: '便民借用',
    announcements: '广播（含走失儿童处置步骤）',
    gifts: '赠品抽奖（兑换、抽奖与台账）',
    directory: '商户与问答（商户指南与常见问答）',
    releases: '物品放行条',
    passes: '出入证',
    renovations: '装修申请',
    audit: '审计日志',
  } satisfies Record<ExportModule, string>,
  folder: '导出文件夹',
  folderHint: '留空则使用备份文件夹旁的 exports 文件夹。当前：{{folder}}',
  run: '导出',
  running: '正在导出…',
  done: '已导出到 {{folder}}',
  resultTitle: '已写入 {{folder}}',
  file: '文件',
  rows: '记录数',
  size: '大小',
};

export const handoverPdfZhCN = {
  folder: '交接单 PDF 文件夹',
  folderHint: '设置后，桌面版在交班后自动把交接单另存为 PDF 到此文件夹；留空则不保存。',
  save: '另存 PDF',
  saved: '交接单已保存为 {{file}}',
  noFolder: '尚未设置交接单 PDF 文件夹：主管可在“交接记录”页设置。',
  browserHint: '浏览器模式无法直接保存 PDF：请点“打印”，在打印对话框中选择“另存为 PDF”。',
  failed: '交接单已保存，但 PDF 未能写入文件夹：{{reason}}',
};

export const dataExportErrorsZhCN = {
  exportRangeOrder: '结束日期不能早于开始日期',
  chooseModule: '请至少选择一个模块',
  exportFolder: '无法写入导出文件夹，请检查 U 盘或网络共享是否连接，或在设置中更换文件夹。',
  exportWrite: '导出未完成，未完成的文件已删除；数据库中的数据没有受影响。请重试。',
  handoverPdfFolder: '交接单 PDF 文件夹无法写入，请检查文件夹设置或 U 盘是否连接。',
  handoverPdfWrite: 'PDF 保存失败，交接单本身已保存，可稍后在交接记录中重新保存。',
};
