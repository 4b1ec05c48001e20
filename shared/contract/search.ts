import { z } from 'zod';
import type { ModuleName } from '../modules';
import { channel } from './channel';
import type { statusWordValues } from './core-fields';
import { phoneSchema, searchTextSchema } from './fields';

/** The state of a record found, in the one colour and word every module uses; `open` puts it first in a history. */
export interface HitStatus {
  tone: (typeof statusWordValues)[number];
  /** An i18n key of the word (a module's label or one of its screen's words). */
  labelKey: string;
  /** Still needs the desk: on site, stored, promised, not issued, not closed. */
  open: boolean;
}

/** One record found: which module it belongs to (it opens in that module's screen), and what names it. */
export interface SearchHit {
  module: ModuleName;
  entityId: string;
  title: string;
  subtitle: string;
  /** A code of the module's `searchTag` value list, shown as its label; null when the module tags nothing. */
  tag: string | null;
  at: number;
  voided: boolean;
  /** The phone the record is filed under (shown masked); null when it has none. */
  phone: string | null;
  /** Its serial number (DH-XH-20261201-0001) and its state now, from its module; null when the module does not say. */
  serialNo: string | null;
  status: HitStatus | null;
}

export const searchContract = {
  'search:query': channel<SearchHit[]>()(
    z.object({
      text: searchTextSchema(60).refine((v) => v.length > 0, 'errors.required'),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    'session',
  ),
  /** Everything the desk ever did with one phone number, across modules, newest first. */
  'search:history': channel<SearchHit[]>()(z.object({ phone: phoneSchema }), 'session'),
};
