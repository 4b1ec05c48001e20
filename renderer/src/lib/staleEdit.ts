import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isStale, refusalText } from './apiErrors';

/** A record an edit form is based on: main refuses the edit when the stored version has moved since. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * The record an edit form is based on, and what happens when main refuses the edit as stale: the refusal (who
 * changed which field since) is kept for the form to show, the module's queries refetch, and the current record
 * is loaded and handed to `onReloaded` so the form shows its values and the next save is based on them.
 */
export function useStaleEdit<V extends Versioned>(
  opened: V | null | undefined,
  options: { module: string; reload(id: string): Promise<V>; onReloaded(current: V): void },
) {
  const queryClient = useQueryClient();
  const [record, setRecord] = useState<V | null>(opened ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);
  /** True when `error` was a stale refusal: shown in the form, and the current record loaded. */
  const handled = (error: unknown): boolean => {
    if (!isStale(error) || !record) return false;
    setRefusal(refusalText(error));
    void queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith(`${options.module}:`) });
    void options.reload(record.id).then((current) => {
      setRecord(current);
      options.onReloaded(current);
    });
    return true;
  };
  return { record, setRecord, refusal, setRefusal, handled };
}
