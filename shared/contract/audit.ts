import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import type { AuditAction } from './core-fields';

/** A value of an audited field as a clerk reads it; main decides which kind from the field's column. */
export type ShownValue =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'time'; at: number }
  /** A code of a value list, or a module's or entity's name: an i18n key under `labels.*`. */
  | { kind: 'label'; key: string }
  /** A label, then words: a return visit's satisfaction and what the customer said. */
  | { kind: 'labelled'; key: string; text: string }
  | { kind: 'money'; fen: number }
  | { kind: 'yesNo'; yes: boolean }
  /** Kept out of the log in clear (a phone, an ID number's hash, a PIN). */
  | { kind: 'hidden' };

export interface AuditChangeView {
  /** The field's label, an i18n key under `labels.*`. */
  fieldKey: string;
  /** Null for what an event notes (there is no "before"). */
  before: ShownValue | null;
  after: ShownValue;
}

/** One entry of a record's history, labelled: no field names, codes or ids reach the clerk. */
export interface AuditEntryView {
  seq: number;
  at: number;
  clerkName: string | null;
  action: AuditAction;
  /** What changed (an update), or what an event notes; empty for a create. */
  changes: AuditChangeView[];
  /** The label of what the entry records (签离, 打印凭条), an i18n key; null when it records nothing named. */
  eventKey: string | null;
  /** Words given with it (a void reason, the approver's name), shown as written. */
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
      /** The recorded head that no longer matches the chain (a handover sheet, a backup, the head file). */
      source?: HeadSource;
      /** The record that failed, as a clerk knows it: its module's entity label and its serial or name. */
      record?: { entityKey: string; name: string };
    };

/** Where a head of the chain was recorded. */
export type HeadSource = { kind: 'handover' | 'backup' | 'headFile'; name: string };

export const auditContract = {
  'audit:history': channel<AuditEntryView[]>()(
    z.object({
      entity: z
        .string()
        .min(1)
        .max(40, messageWithParams('errors.tooLong', { max: 40 })),
      entityId: z
        .string()
        .min(1)
        .max(64, messageWithParams('errors.tooLong', { max: 64 })),
    }),
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
  /** Whether one record's entries and its row verify, for the warning on the record's own screen. */
  'audit:recordCheck': channel<{ ok: true } | { ok: false; reasonKey: string }>()(
    z.object({
      entity: z
        .string()
        .min(1)
        .max(40, messageWithParams('errors.tooLong', { max: 40 })),
      entityId: z
        .string()
        .min(1)
        .max(64, messageWithParams('errors.tooLong', { max: 64 })),
    }),
    'session',
  ),
};
