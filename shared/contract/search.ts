import { z } from 'zod';
import { channel } from './channel';

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
};
