import type { callsContract } from '../../shared/contract/calls';
import type { HandlerMap } from './types';

export const callsHandlers = {} satisfies HandlerMap<typeof callsContract>;
