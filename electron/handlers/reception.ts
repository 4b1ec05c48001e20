import type { receptionContract } from '../../shared/contract/reception';
import type { HandlerMap } from './types';

export const receptionHandlers = {} satisfies HandlerMap<typeof receptionContract>;
