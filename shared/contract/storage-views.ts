import type {
  SlipLayout,
  StorageLocationKind,
  StorageProof,
  StorageSize,
  StorageSlipStatus,
  StorageState,
  StorageTransferTarget,
} from './storage-fields';

/** What the storage module's channels return; plain types, kept apart from the input schemas. */

export interface StorageLocationView {
  id: string;
  /** Sent back with an edit: one based on an older version is refused. */
  version: number;
  code: string;
  kind: StorageLocationKind;
  shared: boolean;
  active: boolean;
  note: string;
  /** Open slips held here now. */
  openSlips: number;
  /** A shared shelf is always free; any other location is free while it holds no open slip. */
  free: boolean;
}

export interface StoragePickupView {
  id: string;
  pieces: number;
  collectorName: string;
  proof: StorageProof;
  collectorIdMasked: string;
  approvedByName: string | null;
  collectedAt: number;
  clerkName: string;
}

export interface StorageSlipView {
  id: string;
  /** Sent back with a correction, an unlock, a transfer or a void: one based on an older version is refused. */
  version: number;
  serialNo: string;
  depositorName: string;
  phone: string;
  description: string;
  pieces: number;
  piecesOut: number;
  size: StorageSize;
  locationId: string;
  locationCode: string;
  feeFen: number;
  waivedFen: number;
  depositedAt: number;
  expectedPickupAt: number;
  failedClaims: number;
  locked: boolean;
  status: StorageSlipStatus;
  state: StorageState;
  closedAt: number | null;
  transferTo: StorageTransferTarget | null;
  transferReason: string | null;
  /** The lost-and-found item its unclaimed goods became, once transferred there; shown as a link to it. */
  lostfoundItemId: string | null;
  lostfoundItemSerial: string | null;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
  pickups: StoragePickupView[];
}

/** The deposit result is the only place the claim code ever appears: it is printed once, then only its hash remains. */
export interface StorageDepositResult {
  slip: StorageSlipView;
  claimCode: string;
}

export interface StorageSettings {
  /** Fee charged per slip in fen; 0 when the site does not charge. */
  feeFen: number;
  /** A clerk may waive up to this much on their own; beyond it a lead approves with a PIN. */
  waiverLimitFen: number;
  claimFailuresBeforeLock: number;
  slipLayout: SlipLayout;
}

export interface StorageSettingsView extends StorageSettings {
  /** From the site policy: days past expected pickup after which goods are unclaimed. */
  overdueDays: number;
}

export interface StorageAttention {
  stored: number;
  overdue: number;
  unclaimed: number;
}

export interface StorageHandoverSummary extends StorageAttention {
  slips: { serialNo: string; locationCode: string; piecesLeft: number; depositorName: string; overdue: boolean }[];
}
