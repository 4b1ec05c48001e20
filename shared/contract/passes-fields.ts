import { z } from 'zod';
import { idSchema } from './fields';
import { idDocumentTypeValues } from './id-documents';

/** Value lists of worker and vehicle passes (施工人员出入证, 车辆出入证). */
export const passKindValues = ['worker', 'vehicle'] as const;
/** 有效 (out with its holder) → 已交回 (returned, deposit refunded); a lost or misused pass is revoked (voided). */
export const passStatusValues = ['issued', 'returned'] as const;
export const passIdTypeValues = idDocumentTypeValues;

export const passesValueLists = { kind: passKindValues, status: passStatusValues, idType: passIdTypeValues };

export type PassKind = (typeof passKindValues)[number];
export type PassStatus = (typeof passStatusValues)[number];

export const passCursorSchema = z.object({ issuedAt: z.number().int(), id: idSchema });
export type PassCursor = z.infer<typeof passCursorSchema>;

/** A pass is issued for at most this many days; renovations longer than that renew it. */
export const PASS_MAX_DAYS = 180;
