import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StorageSlipView } from '../../../../shared/contract/storage';
import { invoke } from '../../api/client';
import { showApiError } from '../../lib/apiErrors';
import { printDocument } from '../../lib/print';
import type { SlipPrintJob } from './SlipPrint';

/**
 * Renders the slip, prints it with the platform's print (Electron or the browser) and audits the print.
 * The job stays mounted afterwards, so the print dialog and a later print preview see the same slip.
 */
export function useSlipPrinter() {
  const [job, setJob] = useState<SlipPrintJob | null>(null);
  const queryClient = useQueryClient();
  const print = (slip: StorageSlipView, claimCode: string | null) => {
    setJob((previous) => ({ slip, claimCode, printedAt: Date.now(), key: (previous?.key ?? 0) + 1 }));
    // Let React draw the slip and its barcode first.
    window.setTimeout(() => {
      void printDocument();
      invoke('storage:printed', { id: slip.id })
        .then(() => queryClient.invalidateQueries({ queryKey: ['audit:history'] }))
        .catch((e) => showApiError(e));
    }, 80);
  };
  return { job, print };
}
