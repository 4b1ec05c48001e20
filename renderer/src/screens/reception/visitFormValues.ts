import dayjs from 'dayjs';
import type { z } from 'zod';
import {
  type IdDocumentType,
  type RegisterVisitInput,
  registerVisitInput,
  type VisitPurpose,
  type VisitView,
} from '../../../../shared/contract/reception';
import { formatDateTime } from '../../lib/time';

/** What the form holds: text as typed; times as `YYYY-MM-DD HH:mm` in the site's zone, empty meaning now. */
export interface VisitFormValues {
  visitorName: string;
  phone: string;
  organisation: string;
  partySize: number | string;
  idType: IdDocumentType | null;
  idNumber: string;
  idFromVisitId: string | null;
  purpose: VisitPurpose | null;
  visiting: string;
  shopId: string | null;
  badgeNo: string;
  plate: string;
  notes: string;
  timeIn: string;
  repairLocation: string;
  repairDepartmentId: string | null;
  repairFollowUpDue: string;
}

export const emptyVisitForm: VisitFormValues = {
  visitorName: '',
  phone: '',
  organisation: '',
  partySize: 1,
  idType: 'resident_id',
  idNumber: '',
  idFromVisitId: null,
  purpose: 'visit',
  visiting: '',
  shopId: null,
  badgeNo: '',
  plate: '',
  notes: '',
  timeIn: '',
  repairLocation: '',
  repairDepartmentId: null,
  repairFollowUpDue: '',
};

export function visitToForm(visit: VisitView, timeZone: string): VisitFormValues {
  return {
    ...emptyVisitForm,
    visitorName: visit.visitorName,
    phone: visit.phone,
    organisation: visit.organisation,
    partySize: visit.partySize,
    idType: visit.idType,
    purpose: visit.purpose,
    visiting: visit.visiting,
    shopId: visit.shopId,
    badgeNo: visit.badgeNo,
    plate: visit.plate,
    notes: visit.notes,
    timeIn: formatDateTime(visit.timeIn, timeZone),
    repairLocation: visit.repairLocation,
    repairDepartmentId: visit.repairDepartmentId,
    repairFollowUpDue: visit.repairFollowUpDue ? formatDateTime(visit.repairFollowUpDue, timeZone) : '',
  };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** `YYYY-MM-DD HH:mm` in the site's time zone to epoch ms; undefined when empty, null when not a time. */
export function parseSiteDateTime(text: string, timeZone: string): number | undefined | null {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = DATE_TIME.exec(trimmed);
  if (!match) return null;
  const parsed = dayjs.tz(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00`, timeZone);
  return parsed.isValid() && parsed.format('YYYY-MM-DD HH:mm') === trimmed ? parsed.valueOf() : null;
}

export function formToInput(values: VisitFormValues, timeZone: string): RegisterVisitInput {
  const timeIn = parseSiteDateTime(values.timeIn, timeZone);
  const due = parseSiteDateTime(values.repairFollowUpDue, timeZone);
  return {
    visitorName: values.visitorName,
    phone: values.phone,
    organisation: values.organisation,
    partySize: Number(values.partySize),
    idType: values.idType,
    idNumber: values.idNumber,
    idFromVisitId: values.idFromVisitId,
    purpose: values.purpose as VisitPurpose,
    visiting: values.visiting,
    shopId: values.shopId,
    badgeNo: values.badgeNo,
    plate: values.plate,
    notes: values.notes,
    timeIn: timeIn ?? undefined,
    repairLocation: values.repairLocation,
    repairDepartmentId: values.repairDepartmentId,
    repairFollowUpDue: due ?? null,
  };
}

/** Field errors (i18n keys) from the contract's own schema plus the two typed times. */
export function validateVisitForm(values: VisitFormValues, timeZone: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (parseSiteDateTime(values.timeIn, timeZone) === null) errors.timeIn = 'errors.dateTimeFormat';
  if (parseSiteDateTime(values.repairFollowUpDue, timeZone) === null)
    errors.repairFollowUpDue = 'errors.dateTimeFormat';
  const parsed = registerVisitInput.safeParse(formToInput(values, timeZone));
  if (!parsed.success) addIssues(errors, parsed.error);
  return errors;
}

function addIssues(errors: Record<string, string>, error: z.ZodError): void {
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (path && !errors[path]) errors[path] = issue.message;
  }
}
