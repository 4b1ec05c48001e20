import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, Input, Output } from '../../../shared/contract';
import { type ApiError, invoke } from './client';

export function useApiQuery<C extends Channel>(
  channel: C,
  input: Input<C>,
  options?: Omit<UseQueryOptions<Output<C>, ApiError>, 'queryKey' | 'queryFn'>,
) {
  return useQuery<Output<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => invoke(channel, input),
    ...options,
  });
}

/** A form's key (see `newSubmissionKey`), sent beside its fields so main stores a re-sent form only once. */
export type WithSubmission<I> = I & { __submission?: string };

/** A fresh key for one form filled in: kept while the same form is sent again, renewed after it is saved. */
export function newSubmissionKey(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

// Every write files its record in the search index under the customer's phone, so what Ctrl+K, a customer's
// history and the known-caller panel showed (possibly just before this save, as the clerk typed the number) is
// out of date after any write, whichever module made it.
const refetchedAfterEveryWrite = ['search:'];

/** A write; on success every query whose channel starts with one of `invalidates` (or `search:`) refetches. */
export function useApiMutation<C extends Channel>(channel: C, invalidates: string[] = []) {
  const client = useQueryClient();
  const refetch = () => {
    for (const prefix of new Set([...invalidates, ...refetchedAfterEveryWrite])) {
      void client.invalidateQueries({
        predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(prefix),
      });
    }
  };
  return useMutation<Output<C>, ApiError, WithSubmission<Input<C>>>({
    mutationFn: (input) => invoke(channel, input),
    onSuccess: () => refetch(),
    // Refused as stale: the record changed elsewhere, so what the screens show is out of date too.
    onError: (error) => {
      if (error.data?.messageKey === 'errors.staleVersion') refetch();
    },
  });
}
