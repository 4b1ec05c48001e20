import { auditContract } from './audit';
import { backupContract } from './backup';
import { clerksContract } from './clerks';
import { coreLabels } from './core-labels';
import { hqContract } from './hq';
import { searchContract } from './search';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { shiftsContract } from './shifts';
import { syncContract } from './sync';

/**
 * The foundation every module builds on, kept as a small fixed core rather than registered like a module: the
 * session and the app's state, settings, clerks, shifts, the audit log, search and backups. Its channels are not
 * named after one module (`app:status`, `session:login`, `settings:site`).
 */
export const coreContract = {
  ...sessionContract,
  ...settingsContract,
  ...clerksContract,
  ...shiftsContract,
  ...auditContract,
  ...searchContract,
  ...backupContract,
  ...syncContract,
  ...hqContract,
};

export const core = { channels: coreContract, labels: coreLabels };
