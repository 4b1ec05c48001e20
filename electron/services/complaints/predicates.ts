import type { complaints } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';
import { complaintStatusValues, OPEN_COMPLAINT_STATUSES } from '../../../shared/contract/complaint-fields';
import { pausedDeadlineBaseSql } from './deadline';

type Complaints = TableRef<typeof complaints>['c'];

const quotedList = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(', ');
const OPEN = quotedList(OPEN_COMPLAINT_STATUSES);
const NOT_OPEN = quotedList(complaintStatusValues.filter((s) => !OPEN_COMPLAINT_STATUSES.includes(s)));

/**
 * Open: received and not yet resolved, refused or closed (the statuses `OPEN_COMPLAINT_STATUSES` names). Written as
 * "not one of the others", the condition of the partial index `complaints_open_deadline`, so deadline queries use it.
 */
export function openComplaint(c: Complaints): string {
  return `${c.status} not in (${NOT_OPEN})`;
}

/**
 * The same rule as a list of statuses, for the status index (`complaints_status`): the open work list finds the few
 * open complaints among every one ever taken through it.
 */
export function openComplaintByStatus(c: Complaints): string {
  return `${c.status} in (${OPEN})`;
}

/**
 * Open and past its deadline at `asOf` (an SQL parameter or expression), the deadline moved by its finished pauses
 * (`pausedDeadlineBaseSql`, the base the screens use); a complaint waiting for the customer now is paused, not
 * overdue. The plain `deadline_at` test comes first so the partial index finds the candidates (the moved deadline
 * is never before the promise).
 */
export function overdueComplaint(c: Complaints, asOf: string): string {
  return `${openComplaint(c)} and ${c.deadlineAt} < ${asOf} and ${c.status} <> 'waiting_customer'
    and ${pausedDeadlineBaseSql(c)} < ${asOf}`;
}
