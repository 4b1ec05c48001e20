import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LostfoundItemView } from '../../../../shared/contract/lostfound';
import { invoke } from '../../api/client';
import { showApiError } from '../../lib/apiErrors';
import { printDocument } from '../../lib/print';
import type { ReceiptJob } from './ClaimReceipt';

/** Audits the print first (so the receipt says whether it is a reprint), then renders and prints it. */
export function useReceiptPrinter() {
  const [job, setJob] = useState<ReceiptJob | null>(null);
  const queryClient = useQueryClient();
  const print = (item: LostfoundItemView) => {
    invoke('lostfound:printed', { id: item.id })
      .then(({ reprint }) => {
        setJob((previous) => ({ item, reprint, printedAt: Date.now(), key: (previous?.key ?? 0) + 1 }));
        void queryClient.invalidateQueries({ queryKey: ['audit:history'] });
        window.setTimeout(() => void printDocument(), 80);
      })
      .catch((e) => showApiError(e));
  };
  return { job, print };
}
