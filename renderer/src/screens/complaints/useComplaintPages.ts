import { useInfiniteQuery } from '@tanstack/react-query';
import type { ComplaintCursor } from '../../../../shared/contract/complaints';
import { invoke } from '../../api/client';

/**
 * The complaint list a page at a time ("load more"), so ten years of complaints stay quick to open. The query key
 * starts with the channel name, so mutations that invalidate 'complaints:' refresh it like any other query.
 */
export function useComplaintPages(scope: 'open' | 'returnVisit' | 'all', text: string, enabled: boolean) {
  const pages = useInfiniteQuery({
    queryKey: ['complaints:list', { scope, text }],
    queryFn: ({ pageParam }) => invoke('complaints:list', { scope, text, cursor: pageParam, limit: 100 }),
    initialPageParam: null as ComplaintCursor | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
  return {
    rows: pages.data?.pages.flatMap((p) => p.rows) ?? [],
    hasNextPage: pages.hasNextPage,
    isFetchingNextPage: pages.isFetchingNextPage,
    fetchNextPage: () => void pages.fetchNextPage(),
    refetch: () => pages.refetch(),
  };
}
