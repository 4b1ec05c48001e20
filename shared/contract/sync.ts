import { z } from 'zod';
import { messageWithParams } from '../errors';
import { channel } from './channel';
import { clerkInput } from './clerks';
import { requiredText } from './fields';
import { siteInput } from './settings';
import { counterIndexSchema } from './sync-event';

/** The header's sync state: connected, offline since when, events waiting to be sent, conflicts and chain alarms. */
export interface SyncStatusView {
  enabled: boolean;
  site: string | null;
  counterIndex: number | null;
  serverUrl: string | null;
  /** The site server account; its password never leaves main, the screen shows only whether one is saved. */
  user: string | null;
  passwordSaved: boolean;
  connected: boolean;
  offlineSince: number | null;
  waiting: number;
  conflicts: number;
  /** Other counters' events this node could not store (a warning: a supervisor retries them). */
  failed: number;
  /** Counters whose published chain broke or forked, as this node verified them. */
  alarms: { counter: number; alarm: string; seq: number | null; at: number | null }[];
}

export interface ConflictSideView {
  counter: number;
  action: string;
  at: number;
  clerkName: string | null;
  note: string | null;
}

export interface SyncConflictView {
  eventId: string;
  entity: string;
  /** The record as a clerk knows it (its serial), or empty. */
  display: string;
  kept: ConflictSideView | null;
  other: ConflictSideView | null;
  detectedAt: number;
  resolvedAt: number | null;
  resolution: string | null;
}

/** An event of another counter this node could not store; what a supervisor needs, no ids or codes shown. */
export interface SyncFailedView {
  streamSeq: number;
  /** The i18n key of the record kind's label, or null when this version does not know the kind. */
  entityKey: string | null;
  display: string | null;
  counter: number;
  at: number;
  /** Why, as an i18n key under sync.failed.reasons. */
  reason: 'unique' | 'reference' | 'rule' | 'other';
  retriedAt: number | null;
}

export const enrolInput = z.object({
  serverUrl: z
    .string()
    .trim()
    // No user:password@ in the address: it is shown on screen and kept in clear; the password has its own field.
    .regex(/^(nats|tls):\/\/[^\s@]+:\d{2,5}$/, 'sync.errors.serverUrl'),
  user: z
    .string()
    .trim()
    .min(1, 'errors.required')
    .max(64, messageWithParams('errors.tooLong', { max: 64 })),
  password: z
    .string()
    .min(1, 'errors.required')
    .max(128, messageWithParams('errors.tooLong', { max: 128 })),
  counterIndex: z.coerce.number().pipe(counterIndexSchema),
});

/** A new PC with no data of its own joins an existing desk: the site's code too, as it has no site yet. */
export const joinInput = enrolInput.extend({
  site: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,6}$/, 'errors.siteCodeFormat'),
});

/** What the login screen of a PC with no data needs: may it join a desk, has it joined and is data arriving. */
export interface JoinStateView {
  /** No site, no clerks, not enrolled: a new PC (started without demo data). */
  canJoin: boolean;
  joined: boolean;
  site: string | null;
  counterIndex: number | null;
  /** Events of the site stream applied here so far. */
  received: number;
}

/** A new desk of its own on a PC with no data: the site, this counter and the first supervisor, who logs in next. */
export const newDeskInput = z.object({
  siteName: siteInput.shape.name,
  siteCode: siteInput.shape.code,
  counterName: requiredText(30),
  supervisorName: clerkInput.shape.name,
  employeeNo: clerkInput.shape.employeeNo,
  pin: clerkInput.shape.pin,
});

export const syncContract = {
  'sync:joinState': channel<JoinStateView>()(z.object({}), 'public'),
  /** Only while this PC has no data at all (checked by main): nobody can log in yet to enrol it. */
  'sync:join': channel<JoinStateView>()(joinInput, 'public'),
  /** First start of a PC with no data: a demo desk to try the app, or a new empty desk. Refused once it has data. */
  'sync:startDemo': channel<JoinStateView>()(z.object({}), 'public'),
  'sync:startNew': channel<JoinStateView>()(newDeskInput, 'public'),
  'sync:status': channel<SyncStatusView>()(z.object({}), 'session'),
  /** A supervisor makes this desk a counter of a site: the index is claimed at the site server, once. */
  'sync:enrol': channel<SyncStatusView>()(enrolInput, 'supervisor'),
  'sync:conflicts': channel<SyncConflictView[]>()(z.object({ open: z.boolean().default(true) }), 'lead'),
  'sync:failed': channel<SyncFailedView[]>()(z.object({}), 'lead'),
  /** A supervisor applies failed events again: one (by its place in the site stream) or all. */
  'sync:retry': channel<{ applied: number; failed: number }>()(
    z.object({ streamSeq: z.number().int().positive().optional() }),
    'supervisor',
  ),
  'sync:resolve': channel<SyncConflictView>()(
    z.object({
      eventId: z
        .string()
        .min(1)
        .max(64, messageWithParams('errors.tooLong', { max: 64 })),
      keep: z.enum(['kept', 'other']),
      note: z
        .string()
        .trim()
        .min(1, 'errors.required')
        .max(200, messageWithParams('errors.tooLong', { max: 200 })),
    }),
    'supervisor',
  ),
};
