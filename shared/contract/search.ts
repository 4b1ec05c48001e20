import { z } from 'zod';
import type { ModuleName } from '../modules';
import { channel } from './channel';
import { phoneSchema, searchTextSchema } from './fields';

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
