import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import { invoke } from '../api/client';
import { showApiError } from './apiErrors';
import { printDocument } from './print';

/** Channels that audit a print of one record: `{ id }` in, `{ reprint }` out (`loans:printed`, …). */
export type PrintChannel = {
  [C in Channel]: Output<C> extends { reprint: boolean } ? (Input<C> extends { id: string } ? C : never) : never;
}[Channel];

export interface PrintJob<R> {
  record: R;
  reprint: boolean;
  printedAt: number;
  /** Moves with every print, so the layout re-renders even for the same record. */
  key: number;
}

/**
 * Audits the print (first or reprint) through the module's channel, then renders its layout and prints it. One hook
 * for every slip, receipt and case record instead of one copy per module.
 */
export function usePrintJob<R extends { id: string }>(channel: PrintChannel) {
  const [job, setJob] = useState<PrintJob<R> | null>(null);
  const queryClient = useQueryClient();
  const print = (record: R) => {
    invoke(channel, { id: record.id })
      .then(({ reprint }) => {
        setJob((previous) => ({ record, reprint, printedAt: Date.now(), key: (previous?.key ?? 0) + 1 }));
        void queryClient.invalidateQueries({ queryKey: ['audit:history'] });
        window.setTimeout(() => void printDocument(), 80);
      })
      .catch((e) => showApiError(e));
  };
  return { job, print };
}
