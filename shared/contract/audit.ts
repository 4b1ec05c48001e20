import { z } from 'zod';
import { channel } from './channel';

export interface AuditEntryView {
  seq: number;
  at: number;
  clerkName: string | null;
  entity: string;
  entityId: string;
  action: string;
  /** For a create the whole record; otherwise { field: [before, after] }. */
  changes: Record<string, unknown>;
  note: string | null;
}

export type VerifyResult =
  | { ok: true; count: number; head: string }
  | {
      ok: false;
      count: number;
      /** What broke, as an i18n key, and the first place it broke. */
      reasonKey: string;
      seq?: number;
      entity?: string;
      entityId?: string;
    };

export const auditContract = {
  'audit:history': channel<AuditEntryView[]>()(
    z.object({ entity: z.string().min(1).max(40), entityId: z.string().min(1).max(64) }),
    'session',
  ),
  'audit:verify': channel<VerifyResult>()(
    z.object({
      /** A head printed on a handover sheet: the chain must have had exactly this hash after `count` entries. */
      printed: z
        .object({
          count: z.number().int().min(1),
          hashPrefix: z
            .string()
            .trim()
            .regex(/^[0-9a-fA-F]{6,64}$/, 'errors.hashPrefix'),
        })
        .optional(),
    }),
    'lead',
  ),
  'audit:head': channel<{ count: number; head: string }>()(z.object({}), 'session'),
};
