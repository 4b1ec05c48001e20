import { z } from 'zod';
import { channel } from './channel';

export interface ShiftView {
  id: string;
  counterName: string;
  clerkName: string;
  openedAt: number;
  closedAt: number | null;
  closedByName: string | null;
}

export const shiftsContract = {
  'shifts:recent': channel<ShiftView[]>()(z.object({ limit: z.number().int().min(1).max(200).default(20) }), 'session'),
};
