import { defineLabels } from '../labels';
import { reportsValueLists } from './reports-fields';

/**
 * 报表: its codes, in each language. The reports have no records of their own; the words of the report itself
 * (figures, headings) are in `reports-messages.ts`, shared because main writes them into the workbook.
 */
export const reportsLabels = defineLabels(reportsValueLists, {
  'zh-CN': {
    title: '报表',
    values: { kind: { daily: '日报', monthly: '月报' } },
    entities: {},
    fields: {},
    events: {
      'report exported': '导出报表',
      'report printed': '打印报表',
      'report exported as PDF': '导出报表 PDF',
    },
  },
  en: {
    title: 'Reports',
    values: { kind: { daily: 'Daily report', monthly: 'Monthly report' } },
    entities: {},
    fields: {},
    events: {
      'report exported': 'Report exported',
      'report printed': 'Report printed',
      'report exported as PDF': 'Report exported as PDF',
    },
  },
});
