/** Value lists of the storage module (寄存), kept apart so the schema, the contract and the labels agree. */
export const STORAGE_SERIAL_PREFIX = 'JC';
export const storageSizeValues = ['small', 'large'] as const;
export const storageLocationKindValues = ['shelf', 'locker'] as const;
export const storageSlipStatusValues = ['stored', 'collected', 'transferred'] as const;
export const storageTransferTargetValues = ['lost_found', 'disposal'] as const;
export const storageProofValues = ['claim_code', 'lost_slip'] as const;
/** What the clerk sees: stored slips are open, overdue past expected pickup, unclaimed after the policy days. */
export const storageStateValues = ['open', 'overdue', 'unclaimed', 'collected', 'transferred', 'voided'] as const;
/** `dueToday`: still held, expected pickup today (site day), the closing-time warning's list. */
export const storageFilterValues = ['open', 'dueToday', 'overdue', 'unclaimed', 'closed', 'all'] as const;
export const slipLayoutValues = ['80mm', 'A5'] as const;

export const storageValueLists = {
  size: storageSizeValues,
  locationKind: storageLocationKindValues,
  slipStatus: storageSlipStatusValues,
  transferTarget: storageTransferTargetValues,
  proof: storageProofValues,
  state: storageStateValues,
  filter: storageFilterValues,
};

export type StorageSize = (typeof storageSizeValues)[number];
export type StorageLocationKind = (typeof storageLocationKindValues)[number];
export type StorageSlipStatus = (typeof storageSlipStatusValues)[number];
export type StorageTransferTarget = (typeof storageTransferTargetValues)[number];
export type StorageProof = (typeof storageProofValues)[number];
export type StorageState = (typeof storageStateValues)[number];
export type SlipLayout = (typeof slipLayoutValues)[number];
