import type { LoanView } from '../../../shared/contract/loans';
import { type HitState, hit, hitStatusSource } from '../search/hit-status';
import { getLoan, getLoans } from './queries';

const tones = { out: 'open', overdue: 'overdue', returned: 'done', kept: 'done', voided: 'voided' } as const;

/** An item still out is open (overdue in red); returned or kept is done. */
function stateOf(l: LoanView): HitState {
  const tone = tones[l.state];
  return hit(l.serialNo, {
    tone,
    labelKey: `labels.loans.values.state.${l.state}`,
    open: tone === 'open' || tone === 'overdue',
  });
}

export const loansHitStatus = hitStatusSource(getLoan, getLoans, stateOf);
