/** Value lists of the reports (日报 / 月报). */
export const reportKinds = ['daily', 'monthly'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportsValueLists = { kind: reportKinds };
