import { z } from 'zod';
import { idSchema } from './fields';

/**
 * Value lists of renovation permits (装修申请 / 装修许可). 待审批 → 已批准 (works under way) → 验收 (合格, or 不合格 and
 * inspected again) → 押金已退. An application refused or withdrawn is voided by a lead with its reason.
 */
export const renovationStatusValues = ['applied', 'approved', 'failed', 'passed', 'refunded'] as const;
export const renovationResultValues = ['passed', 'failed'] as const;

export const renovationsValueLists = { status: renovationStatusValues, result: renovationResultValues };

export type RenovationStatus = (typeof renovationStatusValues)[number];
export type RenovationResult = (typeof renovationResultValues)[number];

export const renovationCursorSchema = z.object({ appliedAt: z.number().int(), id: idSchema });
export type RenovationCursor = z.infer<typeof renovationCursorSchema>;

/** A permit covers at most this many days; longer works apply again. */
export const RENOVATION_MAX_DAYS = 365;

/** The documents a new desk checks before approval (a supervisor keeps the list). */
export const defaultRenovationDocuments = [
  '业主身份证明或房产证明',
  '装修施工图纸及说明',
  '施工单位营业执照及资质',
  '装修管理协议及防火责任书',
] as const;
