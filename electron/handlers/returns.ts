import type { returnsContract } from '../../shared/contract/returns';
import {
  checkReturn,
  decideReturn,
  exportReturns,
  getReturn,
  listReturns,
  registerReturn,
  toRegisterInput,
  voidReturn,
} from '../services/returns';
import type { HandlerMap } from './types';

export const returnsHandlers = {
  'returns:check': (input, { ctx }) => checkReturn(ctx, input),
  'returns:register': (input, { ctx, actor }) => registerReturn(ctx, actor(), toRegisterInput(input)),
  'returns:decide': (input, { ctx, actor }) => decideReturn(ctx, actor(), input),
  'returns:void': (input, { ctx, actor }) => voidReturn(ctx, actor(), input),
  'returns:get': (input, { ctx }) => getReturn(ctx, input.id),
  'returns:list': (input, { ctx }) => listReturns(ctx, input),
  'returns:export': (input, { ctx }) => exportReturns(ctx, input),
} satisfies HandlerMap<typeof returnsContract>;
