import type { complaints } from '../../../db/schema';
import type { TableRef } from '../../../db/sql';
import { addDeskTime, type DeskHours, deskTimeBetween } from '../../../shared/contract/desk-hours';

type Complaints = TableRef<typeof complaints>['c'];

/** What a complaint's deadline is computed from: the promise, the time paused and the deadline its pauses moved. */
export interface PausedDeadline {
  deadlineAt: number;
  pausedMs: number;
  pausedSince: number | null;
  movedDeadlineAt: number | null;
}

/**
 * The deadline with every finished pause counted: `moved_deadline_at` (moved by the desk time of its pauses), or on
 * a row no pause has moved since migration 0048 the rule it was saved under, the promise plus the time paused on the
 * clock. The one base of every overdue and due-soon rule (lists, badge, handover, statistics, reports); SQL reads
 * it through `pausedDeadlineBaseSql`, its twin.
 */
export function pausedDeadlineBase(c: Pick<PausedDeadline, 'deadlineAt' | 'pausedMs' | 'movedDeadlineAt'>): number {
  return c.movedDeadlineAt ?? c.deadlineAt + c.pausedMs;
}

/** `pausedDeadlineBase` in SQL, for the predicates that count overdue complaints without loading them. */
export function pausedDeadlineBaseSql(c: Complaints): string {
  return `coalesce(${c.movedDeadlineAt}, ${c.deadlineAt} + ${c.pausedMs})`;
}

/**
 * A deadline moved on by `span` of desk time: the part past closing goes on at the next opening, closed days count
 * none. A pause with no desk time in it (from closing to the next opening) leaves the deadline where it was.
 */
export function moveByDeskTime(desk: DeskHours, deadline: number, span: number): number {
  return span > 0 ? addDeskTime(desk, deadline, span) : deadline;
}

/**
 * The deadline at `now`, a pause still running counted up to `now`: in desk time (the hours the desk is open) once
 * the pause started under this rule (`movedDeadlineAt` set when it started); a pause started before it runs on the
 * clock, as it did when it was saved.
 */
export function effectiveDeadline(desk: DeskHours, c: PausedDeadline, now: number): number {
  const base = pausedDeadlineBase(c);
  if (c.pausedSince === null) return base;
  if (c.movedDeadlineAt === null) return base + Math.max(0, now - c.pausedSince);
  return moveByDeskTime(desk, base, deskTimeBetween(desk, c.pausedSince, now));
}

/**
 * How far the deadline has moved at `now`, as a clerk reads it: the desk time between the promise and the moved
 * deadline, or on the clock for a row still under the old rule.
 */
export function deadlineMovedBy(desk: DeskHours, c: PausedDeadline, now: number): number {
  const due = effectiveDeadline(desk, c, now);
  if (c.movedDeadlineAt === null) return due - c.deadlineAt;
  return deskTimeBetween(desk, c.deadlineAt, due);
}
