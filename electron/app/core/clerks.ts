import type { clerksContract } from '../../../shared/contract/clerks';
import { addClerk, listClerks, resetPin, updateClerk } from '../../services/clerks';
import type { HandlerMap } from '../types';

export const clerksHandlers = {
  'clerks:list': (input, { ctx }) => listClerks(ctx, input.includeInactive),
  'clerks:add': (input, { ctx, actor }) => addClerk(ctx, actor(), input),
  'clerks:update': (input, { ctx, actor }) => updateClerk(ctx, actor(), input),
  'clerks:resetPin': (input, { ctx, actor }) => resetPin(ctx, actor(), input),
} satisfies HandlerMap<typeof clerksContract>;
