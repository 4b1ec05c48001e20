import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface DayRangeFilterProps {
  from: string;
  to: string;
  onFrom(day: string): void;
  onTo(day: string): void;
}

/** Two YYYY-MM-DD fields for a list's date range, as the filter bars of several modules use them. */
export function DayRangeFilter({ from, to, onFrom, onTo }: DayRangeFilterProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        w={120}
        size="xs"
        aria-label={t('invoices.filters.from')}
        value={from}
        onChange={(e) => onFrom(e.currentTarget.value)}
      />
      <Text size="sm">–</Text>
      <TextInput
        w={120}
        size="xs"
        aria-label={t('invoices.filters.to')}
        value={to}
        onChange={(e) => onTo(e.currentTarget.value)}
      />
    </>
  );
}
