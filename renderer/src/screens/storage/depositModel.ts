import type { z } from 'zod';
import {
  type DepositInput,
  depositInput,
  type StorageSlipView,
  updateSlipInput,
} from '../../../../shared/contract/storage';
import { formatDateTime, parseSiteDateTime } from '../../lib/time';

export interface DepositValues {
  depositorName: string;
  phone: string;
  description: string;
  pieces: string;
  size: 'small' | 'large';
  locationId: string;
  fee: string;
  waived: string;
  expectedPickup: string;
  approverId: string;
  approverPin: string;
}

export const emptyDeposit = (feeFen: number): DepositValues => ({
  depositorName: '',
  phone: '',
  description: '',
  pieces: '1',
  size: 'small',
  locationId: '',
  fee: feeFen > 0 ? fenToYuanText(feeFen) : '',
  waived: '',
  expectedPickup: '',
  approverId: '',
  approverPin: '',
});

export function fenToYuanText(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** "12.5" or "12.50" yuan to 1250 fen; '' is 0; anything else (three decimals, letters) is undefined. */
export function yuanToFen(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export type DepositConversion =
  | { ok: true; input: z.output<typeof depositInput> }
  | { ok: false; errors: Record<string, string> };

/** The form's text to the contract's input, with the contract's own messages at the form's own fields. */
export function toDepositInput(values: DepositValues, timeZone: string, needsApproval: boolean): DepositConversion {
  const errors: Record<string, string> = {};
  const feeFen = yuanToFen(values.fee);
  if (feeFen === undefined) errors.fee = 'errors.amountFormat';
  const waivedFen = yuanToFen(values.waived);
  if (waivedFen === undefined) errors.waived = 'errors.amountFormat';
  const expected = parseSiteDateTime(values.expectedPickup, timeZone);
  if (expected === undefined) errors.expectedPickup = 'storage.form.timeFormat';
  const pieces = /^\d+$/.test(values.pieces.trim()) ? Number(values.pieces) : Number.NaN;
  const raw: DepositInput = {
    depositorName: values.depositorName,
    phone: values.phone,
    description: values.description,
    pieces: Number.isNaN(pieces) ? -1 : pieces,
    size: values.size,
    locationId: values.locationId,
    expectedPickupAt: expected ?? null,
    feeFen: feeFen ?? 0,
    waivedFen: waivedFen ?? 0,
    waiverApproval: needsApproval ? { clerkId: values.approverId, pin: values.approverPin } : null,
  };
  const parsed = depositInput.safeParse(raw);
  const rename: Record<string, string> = {
    feeFen: 'fee',
    waivedFen: 'waived',
    expectedPickupAt: 'expectedPickup',
    'waiverApproval.clerkId': 'approverId',
    'waiverApproval.pin': 'approverPin',
  };
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const key = rename[path] ?? path;
      if (!(key in errors))
        errors[key] = path === 'pieces' && Number.isNaN(pieces) ? 'errors.wholeNumber' : issue.message;
    }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** Server field names to this form's field names. */
export const depositFieldOf: Record<string, string> = {
  feeFen: 'fee',
  waivedFen: 'waived',
  expectedPickupAt: 'expectedPickup',
  pin: 'approverPin',
  approverId: 'approverId',
};

/** An untouched slip back into the form for a correction; fees are not edited (they were charged at the counter). */
export function valuesFromSlip(slip: StorageSlipView, timeZone: string): DepositValues {
  return {
    ...emptyDeposit(0),
    depositorName: slip.depositorName,
    phone: slip.phone,
    description: slip.description,
    pieces: String(slip.pieces),
    size: slip.size,
    locationId: slip.locationId,
    expectedPickup: formatDateTime(slip.expectedPickupAt, timeZone),
  };
}

export type UpdateConversion =
  | { ok: true; input: z.output<typeof updateSlipInput> }
  | { ok: false; errors: Record<string, string> };

export function toUpdateInput(values: DepositValues, id: string, timeZone: string): UpdateConversion {
  const converted = toDepositInput({ ...values, fee: '', waived: '' }, timeZone, false);
  if (!converted.ok) return converted;
  const { feeFen: _fee, waivedFen: _waived, waiverApproval: _approval, ...fields } = converted.input;
  const parsed = updateSlipInput.safeParse({ ...fields, id });
  if (!parsed.success) return { ok: false, errors: { depositorName: 'errors.invalid' } };
  return { ok: true, input: parsed.data };
}
