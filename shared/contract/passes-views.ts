import type { IdDocumentType } from './id-documents';
import type { PassCursor, PassKind, PassStatus } from './passes-fields';

/** One pass as the screens show it: the ID only masked; the phone full here, lists and the card mask it. */
export interface PassView {
  id: string;
  version: number;
  serialNo: string;
  issuedAt: number;
  kind: PassKind;
  holderName: string;
  phone: string;
  idType: IdDocumentType | null;
  idMasked: string;
  company: string;
  unit: string;
  renovationId: string | null;
  renovationSerialNo: string | null;
  vehiclePlate: string;
  validFrom: string;
  validTo: string;
  depositFen: number;
  feeFen: number;
  status: PassStatus;
  /** Still out after its last day (main's clock, the site's day). */
  expired: boolean;
  returnedAt: number | null;
  returnedByName: string | null;
  refundFen: number;
  returnNote: string;
  clerkId: string;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface PassPage {
  rows: PassView[];
  nextCursor: PassCursor | null;
}

export interface PassCounts {
  out: number;
  expired: number;
}
