import type { Satisfaction } from './complaint-fields';
import type {
  ConsentMethod,
  CustomerStatus,
  RevisitResult,
  RevisitRuleKind,
  RevisitSource,
  RevisitStatus,
  UnitRole,
} from './customers-fields';
import type { SurveySummary } from './customers-surveys';
import type { SearchHit } from './search';

/** What the customer-file channels return; plain types, kept apart from the input schemas. */

export interface CustomerGradeView {
  id: string;
  version: number;
  name: string;
  sortOrder: number;
  active: boolean;
  customers: number;
}

export interface CustomerPhoneView {
  id: string;
  phone: string;
  note: string;
}

/** A unit (房号) the file is tied to now, and as what. */
export interface CustomerUnitView {
  id: string;
  version: number;
  unit: string;
  role: UnitRole;
  since: number;
}

/** One line of the file list: phones masked. */
export interface CustomerSummary {
  id: string;
  version: number;
  fileNo: string;
  name: string;
  gradeName: string;
  company: string;
  tags: string[];
  phonesMasked: string[];
  status: CustomerStatus;
  createdAt: number;
}

export interface CustomerConsent {
  method: ConsentMethod;
  at: number;
  scope: string;
  purpose: string;
}

/** Something still open for the customer in another module (a callback promised, goods stored, a complaint). */
export interface CustomerOpenItem {
  module: string;
  entityId: string;
  serial: string;
  what: string;
  since: number;
  due: number | null;
  overdue: boolean;
}

export interface CustomerFileView extends CustomerSummary {
  gradeId: string | null;
  phones: CustomerPhoneView[];
  units: CustomerUnitView[];
  notes: string;
  preferredContactTime: string;
  consent: CustomerConsent | null;
  mergedIntoFileNo: string | null;
  clerkName: string;
  updatedAt: number;
  /** Everything the desk did with any of the file's numbers, newest first, across modules. */
  history: SearchHit[];
  open: CustomerOpenItem[];
  revisits: RevisitPlanView[];
  /** The satisfaction surveys the customer answered, newest first. */
  surveys: SurveySummary[];
}

export interface RevisitRuleView {
  id: string;
  version: number;
  kind: RevisitRuleKind;
  gradeId: string | null;
  gradeName: string;
  days: number;
  months: number;
  maxAttempts: number;
  retryDays: number;
  active: boolean;
}

export interface RevisitPlanView {
  id: string;
  version: number;
  serialNo: string;
  customerId: string | null;
  fileNo: string | null;
  name: string;
  phone: string;
  phoneMasked: string;
  preferredContactTime: string;
  ruleKind: RevisitRuleKind | null;
  sourceModule: RevisitSource | null;
  sourceRef: string | null;
  sourceSerial: string;
  reason: string;
  dueAt: number;
  status: RevisitStatus;
  overdue: boolean;
  attempts: number;
  maxAttempts: number;
  lastResult: RevisitResult | null;
  lastNote: string;
  lastCallSerial: string | null;
  satisfaction: Satisfaction | null;
  closedAt: number | null;
  cancelReason: string | null;
}

export interface RevisitAttention {
  due: number;
  overdue: number;
}

export interface PlanningResult {
  planned: number;
}
