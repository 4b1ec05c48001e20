import { Group, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RecordColumn<R> {
  header: string;
  cell(row: R): ReactNode;
  /** Serial numbers: monospace, a size smaller. */
  mono?: boolean;
  nowrap?: boolean;
  /** A badge shrinks to an ellipsis in a narrow table: its column keeps this width (px). */
  minWidth?: number;
}

export interface RecordListFilter<F extends string> {
  label: string;
  value: F;
  options: { value: F; label: string }[];
  onChange(value: F): void;
}

interface RecordListProps<R extends { id: string }, F extends string> {
  rows: R[];
  /** The list has answered: only then does an empty list say so. */
  loaded: boolean;
  columns: RecordColumn<R>[];
  filter?: RecordListFilter<F>;
  /** `initials`: names in this list also match by pinyin initials, and the hint says so. */
  search: { label: string; value: string; onChange(text: string): void; initials?: boolean };
  selectedId: string | null;
  onOpen(id: string): void;
  height: string;
  /** What would appear here and how to make it (UX: empty lists offer the action). */
  empty: ReactNode;
  /** Extra controls beside the search (a day range, a print button). */
  extra?: ReactNode;
}

/**
 * The master side of a master-detail screen: a state filter, a search box and a dense table whose row opens the
 * record. Every module's list is this one component with its own columns.
 */
export function RecordList<R extends { id: string }, F extends string>({
  rows,
  loaded,
  columns,
  filter,
  search,
  selectedId,
  onOpen,
  height,
  empty,
  extra,
}: RecordListProps<R, F>) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" mb={6} wrap="nowrap">
        {filter && (
          <SegmentedControl
            size="xs"
            aria-label={filter.label}
            value={filter.value}
            onChange={(v) => filter.onChange(filter.options.find((o) => o.value === v)?.value ?? filter.value)}
            data={filter.options}
          />
        )}
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={search.label}
          placeholder={search.initials ? t('common.filterOrInitials', { fields: search.label }) : search.label}
          value={search.value}
          onChange={(e) => search.onChange(e.currentTarget.value)}
        />
        {extra}
      </Group>
      <ScrollArea h={height}>
        <Table striped highlightOnHover verticalSpacing={3} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header}>{column.header}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.id}
                aria-selected={row.id === selectedId}
                onClick={() => onOpen(row.id)}
                style={{ cursor: 'pointer' }}
                bg={row.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
              >
                {columns.map((column) => (
                  <Table.Td
                    key={column.header}
                    ff={column.mono ? 'monospace' : undefined}
                    fz={column.mono ? 'xs' : undefined}
                    style={{ whiteSpace: column.nowrap ? 'nowrap' : undefined, minWidth: column.minWidth }}
                  >
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {loaded && rows.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            {empty}
          </Text>
        )}
      </ScrollArea>
    </>
  );
}
