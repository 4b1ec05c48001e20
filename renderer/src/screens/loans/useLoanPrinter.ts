import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoanView } from '../../../../shared/contract/loans';
import { invoke } from '../../api/client';
import { showApiError } from '../../lib/apiErrors';
import { printDocument } from '../../lib/print';
import type { SlipJob } from './LoanSlip';

/** Audits the print (first or reprint), then renders and prints the loan slip. */
export function useLoanPrinter() {
  const [job, setJob] = useState<SlipJob | null>(null);
  const queryClient = useQueryClient();
  const print = (loan: LoanView) => {
    invoke('loans:printed', { id: loan.id })
      .then(({ reprint }) => {
        setJob((previous) => ({ loan, reprint, printedAt: Date.now(), key: (previous?.key ?? 0) + 1 }));
        void queryClient.invalidateQueries({ queryKey: ['audit:history'] });
        window.setTimeout(() => void printDocument(), 80);
      })
      .catch((e) => showApiError(e));
  };
  return { job, print };
}
