import { z } from 'zod';
import { channel } from './channel';
import { phoneSchema } from './fields';

export interface SearchHit {
  module: string;
  entityId: string;
  title: string;
  subtitle: string;
  at: number;
  voided: boolean;
}

export const searchContract = {
  'search:query': channel<SearchHit[]>()(
    z.object({
      text: z.string().trim().min(1, 'errors.required').max(60),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    'session',
  ),
  /** Everything the desk ever did with one phone number, across modules, newest first. */
  'search:history': channel<SearchHit[]>()(z.object({ phone: phoneSchema }), 'session'),
};
