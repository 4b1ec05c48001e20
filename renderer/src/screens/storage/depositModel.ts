import type { z } from 'zod';
import { type MoneyRule, moneyInputText, parseMoney } from '../../../../shared/contract/money';
import {
  type DepositInput,
  depositInput,
  type StorageSlipView,
  updateSlipInput,
} from '../../../../shared/contract/storage';
import { changedFields } from '../../lib/changes';
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
  fee: feeFen > 0 ? moneyInputText(feeFen) : '',
  waived: '',
  expectedPickup: '',
  approverId: '',
  approverPin: '',
});

/** The fee and the waiver as typed: empty is nothing charged, zero is allowed, each under its own ceiling. */
export const feeRule: MoneyRule = { field: 'storageFee', allowZero: true, emptyFen: 0 };
export const waiverRule: MoneyRule = { field: 'storageWaiver', allowZero: true, emptyFen: 0 };

export type DepositConversion =
  | { ok: true; input: z.output<typeof depositInput> }
  | { ok: false; errors: Record<string, string> };

/** The form's text to the contract's input, with the contract's own messages at the form's own fields. */
export function toDepositInput(values: DepositValues, timeZone: string, needsApproval: boolean): DepositConversion {
  const errors: Record<string, string> = {};
  const fee = parseMoney(values.fee, feeRule);
  if (!fee.ok) errors.fee = fee.messageKey;
  const waived = parseMoney(values.waived, waiverRule);
  if (!waived.ok) errors.waived = waived.messageKey;
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
    feeFen: fee.ok ? fee.fen : 0,
    waivedFen: waived.ok ? waived.fen : 0,
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

/**
 * A correction of `slip`: the fields changed since the form opened, with the version it was based on, so a field
 * the clerk left alone keeps its stored value and a slip changed meanwhile is refused.
 */
export function toUpdateInput(values: DepositValues, slip: StorageSlipView, timeZone: string): UpdateConversion {
  const converted = toDepositInput({ ...values, fee: '', waived: '' }, timeZone, false);
  if (!converted.ok) return converted;
  const opened = toDepositInput({ ...valuesFromSlip(slip, timeZone), fee: '', waived: '' }, timeZone, false);
  // Fees are not corrected (they were charged at the counter): both sides carry none, so they never differ.
  const {
    feeFen: _fee,
    waivedFen: _waived,
    waiverApproval: _approval,
    ...changed
  } = opened.ok ? changedFields(opened.input, converted.input) : converted.input;
  const parsed = updateSlipInput.safeParse({ ...changed, id: slip.id, version: slip.version });
  if (!parsed.success) return { ok: false, errors: { depositorName: 'errors.invalid' } };
  return { ok: true, input: parsed.data };
}
