import type {
  AnnouncementKind,
  AnnouncementState,
  AnnouncementStatus,
  ChildGender,
  LostChildOutcome,
  LostChildStep,
} from './announcements-fields';
import type { IdDocumentType } from './id-documents';

/** What the announcement channels return; plain types, kept apart from the input schemas. */

export interface AnnouncementTemplateView {
  id: string;
  version: number;
  kind: AnnouncementKind;
  name: string;
  text: string;
  active: boolean;
}

export interface LostChildStepView {
  id: string;
  step: LostChildStep;
  at: number;
  who: string;
  note: string;
  clerkName: string;
}

export interface AnnouncementView {
  id: string;
  version: number;
  serialNo: string;
  kind: AnnouncementKind;
  text: string;
  requesterName: string;
  requesterPhone: string;
  timesRead: number;
  lastReadAt: number;
  status: AnnouncementStatus;
  state: AnnouncementState;
  childName: string;
  childAge: number | null;
  childGender: ChildGender | null;
  childDescription: string;
  lastSeenPlace: string;
  lastSeenAt: number | null;
  outcome: LostChildOutcome | null;
  handedToName: string | null;
  handedToRelation: string | null;
  handedToIdType: IdDocumentType | null;
  handedToIdMasked: string | null;
  closeNote: string | null;
  closedAt: number | null;
  createdAt: number;
  clerkName: string;
  voidedAt: number | null;
  voidReason: string | null;
  /** A lost child's steps in time order; empty for other kinds. */
  steps: LostChildStepView[];
}

export interface AnnouncementsAttention {
  /** Lost-child cases not closed: they stay in the header until they are. */
  lostChildrenOpen: number;
}
