import { z } from 'zod';
import { messageWithParams } from '../errors';
import type { ModuleName } from '../modules';
import { channel } from './channel';

/** Head office's PostgreSQL as Settings shows it: never the password, only whether one is saved. */
export interface HqConnectionView {
  configured: boolean;
  host: string;
  port: number;
  database: string;
  user: string;
  tls: boolean;
  passwordSaved: boolean;
  savedAt: number | null;
}

/** 总部报表: records per module across sites, from head office's PostgreSQL (voided records left out). */
export interface HqReportView {
  kind: 'daily' | 'monthly';
  period: string;
  /** null: every site */
  site: string | null;
  /** Every site head office knows, for the choice of one. */
  sites: string[];
  /** Each site's name by its code, as its counters published it (the code until then). */
  siteNames: Record<string, string>;
  modules: ModuleName[];
  days: { day: string; counts: number[] }[];
  bySite: { site: string; counts: number[] }[];
  totals: number[];
  openAlarms: number;
}

const text = (max: number) =>
  z.string().trim().min(1, 'errors.required').max(max, messageWithParams('errors.tooLong', { max }));

export const hqConnectionInput = z.object({
  host: text(253).regex(/^[A-Za-z0-9.:[\]-]+$/, 'errors.hqHostFormat'),
  port: z.coerce.number().int('errors.hqPortFormat').min(1, 'errors.hqPortFormat').max(65535, 'errors.hqPortFormat'),
  database: text(63),
  user: text(63),
  /** Empty keeps the password saved before. */
  password: z.string().max(128, messageWithParams('errors.tooLong', { max: 128 })),
  tls: z.boolean(),
});

export const hqContract = {
  'hq:connection': channel<HqConnectionView>()(z.object({}), 'supervisor'),
  'hq:saveConnection': channel<HqConnectionView>()(hqConnectionInput, 'supervisor'),
  /** Tries the values typed (an empty password: the saved one) without saving them. */
  'hq:testConnection': channel<{ sites: number }>()(hqConnectionInput, 'supervisor'),
  /** Whether the reports screen can ask head office (no details of the connection). */
  'hq:configured': channel<{ configured: boolean }>()(z.object({}), 'lead'),
  'hq:report': channel<HqReportView>()(
    z
      .object({
        kind: z.enum(['daily', 'monthly']),
        period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'errors.invalid'),
        site: z
          .string()
          .regex(/^[A-Z0-9]{2,6}$/, 'errors.invalid')
          .nullable(),
      })
      .refine((q) => (q.kind === 'daily') === (q.period.length === 10), {
        message: 'errors.invalid',
        path: ['period'],
      }),
    'lead',
  ),
};
