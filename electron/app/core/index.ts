import type { coreContract } from '../../../shared/contract/core';
import type { HandlerMap } from '../types';
import { backupHandlers } from './backup';
import { clerksHandlers } from './clerks';
import { hqHandlers } from './hq';
import { auditHandlers, searchHandlers, shiftsHandlers } from './misc';
import { sessionHandlers } from './session';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';

/** The foundation's handlers: every channel of the core contract has exactly one (a missing one fails to compile). */
export const coreHandlers: HandlerMap<typeof coreContract> = {
  ...sessionHandlers,
  ...settingsHandlers,
  ...clerksHandlers,
  ...shiftsHandlers,
  ...auditHandlers,
  ...searchHandlers,
  ...backupHandlers,
  ...syncHandlers,
  ...hqHandlers,
};
