import { Group, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type LoanFilter, loanFilterValues } from '../../../../shared/contract/loans';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { LoanStateBadge } from './LoanStateBadge';

interface LoanListProps {
  timeZone: string;
  filter: LoanFilter;
  selectedId: string | null;
  height: string;
  onFilter(filter: LoanFilter): void;
  onOpen(id: string): void;
  text: string;
  onText(text: string): void;
}

/** What is out (or was): dense rows, overdue in red with its word. */
export function LoanList({ timeZone, filter, selectedId, height, onFilter, onOpen, text, onText }: LoanListProps) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text, 250);
  const loans = useApiQuery('loans:list', { filter, text: debounced, limit: 200 });
  const rows = loans.data ?? [];
  return (
    <>
      <Group gap="xs" mb={6} wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('loans.list.state')}
          value={filter}
          onChange={(v) => onFilter(loanFilterValues.find((f) => f === v) ?? 'out')}
          data={loanFilterValues.map((f) => ({ value: f, label: t(labelKey('loans', 'filter', f)) }))}
        />
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('loans.list.search')}
          placeholder={t('loans.list.search')}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
        />
      </Group>
      <ScrollArea h={height}>
        <Table striped highlightOnHover verticalSpacing={3} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loans.list.serial')}</Table.Th>
              <Table.Th>{t('loans.list.item')}</Table.Th>
              <Table.Th>{t('loans.list.borrower')}</Table.Th>
              <Table.Th>{t('loans.list.due')}</Table.Th>
              <Table.Th>{t('loans.list.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((loan) => (
              <Table.Tr
                key={loan.id}
                aria-selected={loan.id === selectedId}
                onClick={() => onOpen(loan.id)}
                style={{ cursor: 'pointer' }}
                bg={loan.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Table.Td ff="monospace" fz="xs">
                  {loan.serialNo}
                </Table.Td>
                <Table.Td>
                  {loan.kindName} {loan.itemCode}
                </Table.Td>
                <Table.Td>
                  {loan.borrowerName} {maskPhone(loan.phone)}
                </Table.Td>
                <Table.Td>{formatDateTime(loan.dueAt, timeZone)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <LoanStateBadge state={loan.state} reason={loan.voidReason} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {loans.isSuccess && rows.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            {t('loans.list.empty')}
          </Text>
        )}
      </ScrollArea>
    </>
  );
}
