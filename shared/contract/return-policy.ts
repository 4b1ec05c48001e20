/** The facts the policy looks at, and the verdict: shared so the form and the service read it alike. */
export interface ReturnPolicyFacts {
  kind: 'return' | 'exchange';
  daysSincePurchase: number;
  qualityProblem: boolean;
  hasReceipt: boolean;
  receiptMatches: boolean;
  packagingUnopened: boolean;
  pastShelfLife: boolean;
}

export interface ReturnPolicyNumbers {
  returnDays: number;
  exchangeDays: number;
}

export interface ReturnPolicyVerdict {
  meetsPolicy: boolean;
  /** i18n keys under `returns.policy.*`: every rule it breaks, or why it passes. */
  reasons: string[];
  daysSincePurchase: number;
  limitDays: number;
}

/**
 * The desk's policy (DOMAIN.md): return within `returnDays`, exchange within `exchangeDays`, unopened and with a
 * matching receipt; a quality problem is accepted when opened; never past shelf life.
 */
export function checkReturnPolicy(facts: ReturnPolicyFacts, numbers: ReturnPolicyNumbers): ReturnPolicyVerdict {
  const limitDays = facts.kind === 'return' ? numbers.returnDays : numbers.exchangeDays;
  const broken: string[] = [];
  if (!facts.hasReceipt) broken.push('returns.policy.noReceipt');
  else if (!facts.receiptMatches) broken.push('returns.policy.receiptMismatch');
  if (facts.daysSincePurchase > limitDays)
    broken.push(facts.kind === 'return' ? 'returns.policy.pastReturnDays' : 'returns.policy.pastExchangeDays');
  if (facts.pastShelfLife) broken.push('returns.policy.pastShelfLife');
  if (!facts.packagingUnopened && !facts.qualityProblem) broken.push('returns.policy.openedWithoutQuality');
  if (broken.length > 0)
    return { meetsPolicy: false, reasons: broken, daysSincePurchase: facts.daysSincePurchase, limitDays };
  const passed = ['returns.policy.withinDays'];
  if (!facts.packagingUnopened && facts.qualityProblem) passed.push('returns.policy.qualityAccepted');
  return { meetsPolicy: true, reasons: passed, daysSincePurchase: facts.daysSincePurchase, limitDays };
}
