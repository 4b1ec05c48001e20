export const complaintChannelValues = ['in_person', 'phone', 'letter', 'fax', 'online'] as const;
export type ComplaintChannel = (typeof complaintChannelValues)[number];
export const complaintTypeValues = ['product', 'service', 'property', 'management', 'other'] as const;
export type ComplaintType = (typeof complaintTypeValues)[number];
/** Most urgent first: lists sort in this order. */
export const complaintUrgencyValues = ['very_urgent', 'urgent', 'normal'] as const;
export type ComplaintUrgency = (typeof complaintUrgencyValues)[number];
export const complaintStatusValues = [
  'received',
  'accepted',
  'not_accepted',
  'assigned',
  'in_progress',
  'waiting_customer',
  'resolved',
  'return_visited',
  'closed',
] as const;
export type ComplaintStatus = (typeof complaintStatusValues)[number];
export const complaintCauseValues = ['serious', 'occasional', 'carelessness', 'force_majeure'] as const;
export type ComplaintCause = (typeof complaintCauseValues)[number];
export const complaintOutcomeValues = ['return', 'exchange', 'discount', 'compensation', 'other'] as const;
export type ComplaintOutcome = (typeof complaintOutcomeValues)[number];
export const satisfactionValues = [
  'satisfied',
  'fairly_satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
] as const;
export type Satisfaction = (typeof satisfactionValues)[number];
export const complaintEventKindValues = ['note', 'contact', 'decision', 'status', 'correction'] as const;
export type ComplaintEventKind = (typeof complaintEventKindValues)[number];
/** Kinds a clerk may add by hand; 'status' entries are written by transitions only. */
export const manualEventKindValues = ['note', 'contact', 'decision', 'correction'] as const;
/** Where a complaint stands against its deadline, computed by main from its clock. */
export const deadlineStateValues = ['ok', 'dueSoon', 'overdue', 'paused', 'done'] as const;
export type DeadlineState = (typeof deadlineStateValues)[number];
export const deadlineUnitValues = ['hours', 'working_days'] as const;

export const complaintsValueLists = {
  channel: complaintChannelValues,
  type: complaintTypeValues,
  urgency: complaintUrgencyValues,
  status: complaintStatusValues,
  cause: complaintCauseValues,
  outcome: complaintOutcomeValues,
  satisfaction: satisfactionValues,
  eventKind: complaintEventKindValues,
  deadlineState: deadlineStateValues,
  deadlineUnit: deadlineUnitValues,
};

/** The one table of allowed status moves. Anything not listed is refused. */
export const complaintTransitions: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['accepted', 'not_accepted'],
  accepted: ['assigned'],
  not_accepted: [],
  assigned: ['assigned', 'in_progress'],
  in_progress: ['waiting_customer', 'resolved', 'assigned'],
  waiting_customer: ['in_progress'],
  resolved: ['return_visited', 'closed'],
  // An unsatisfied return visit reopens the complaint into handling.
  return_visited: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function canMove(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return complaintTransitions[from].includes(to);
}

export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'received',
  'accepted',
  'assigned',
  'in_progress',
  'waiting_customer',
];

export const UNSATISFIED: readonly Satisfaction[] = ['dissatisfied', 'very_dissatisfied'];

const satisfactionCodes: ReadonlySet<string> = new Set(satisfactionValues);
const isSatisfaction = (value: string): value is Satisfaction => satisfactionCodes.has(value);

/**
 * What a timeline entry says, ready for its labels: a status entry written without words holds its status code
 * (left out here: the entry's status is shown by its label), and a return visit starts with the satisfaction code
 * (`fairly_satisfied: 已更换`), returned apart so the screen and the export show its label instead.
 */
export function timelineWords(event: { text: string; toStatus: ComplaintStatus | null }): {
  satisfaction: Satisfaction | null;
  text: string;
} {
  if (event.toStatus !== null && event.text === event.toStatus) return { satisfaction: null, text: '' };
  const colon = event.text.indexOf(': ');
  const head = colon > 0 ? event.text.slice(0, colon) : '';
  if (event.toStatus === 'return_visited' && isSatisfaction(head))
    return { satisfaction: head, text: event.text.slice(colon + 2) };
  return { satisfaction: null, text: event.text };
}
