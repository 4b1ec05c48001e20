import { Button, ScrollArea, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a record list: its header and what a row shows in it (one line, cut with … when `maxWidth`). */
export interface RecordColumn<R> {
  key: string;
  header: string;
  cell(row: R): ReactNode;
  maxWidth?: number;
}

interface Props<R extends { id: string }> {
  /** The table's accessible name (what a clerk and the tests find it by). */
  label: string;
  rows: R[];
  columns: RecordColumn<R>[];
  selectedId: string | null;
  onOpen(row: R): void;
  /** What would appear here and how to make it, shown when there are no rows (and nothing is loading). */
  empty: string;
  loading?: boolean;
  /** Keyset paging: a "more" button when another page exists. */
  more?: { label: string; hasMore: boolean; loading: boolean; onMore(): void };
  height?: string;
}

/**
 * The dense master list every module screen shows: small rows, the row of the open record highlighted, Enter or a
 * click opens a row, an empty state that says what would be there, and "load more" for keyset paging.
 */
export function RecordTable<R extends { id: string }>({
  label,
  rows,
  columns,
  selectedId,
  onOpen,
  empty,
  loading = false,
  more,
  height = 'calc(100vh - 190px)',
}: Props<R>) {
  return (
    <ScrollArea h={height} type="auto">
      {rows.length === 0 && !loading ? (
        <Text c="dimmed" size="sm" p="sm">
          {empty}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={3} highlightOnHover stickyHeader aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} style={{ whiteSpace: 'nowrap' }}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                tabIndex={0}
                aria-selected={row.id === selectedId}
                bg={row.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(row)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(row);
                }}
              >
                {columns.map((c) => (
                  <Table.Td
                    key={c.key}
                    maw={c.maxWidth}
                    style={
                      c.maxWidth
                        ? { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
                        : { whiteSpace: 'nowrap' }
                    }
                  >
                    {c.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {more?.hasMore && (
        <Button size="xs" variant="subtle" onClick={more.onMore} loading={more.loading}>
          {more.label}
        </Button>
      )}
    </ScrollArea>
  );
}
