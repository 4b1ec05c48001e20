import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSuggestion } from '../../../../shared/contract/reception';
import { useApiQuery } from '../../api/hooks';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

interface VisitorAutocompleteProps {
  label: string;
  value: string;
  error?: unknown;
  timeZone: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Suggestions are for registering; editing a record turns them off. */
  suggest: boolean;
  onChange(value: string): void;
  onPick(suggestion: VisitSuggestion): void;
}

/** A name or phone field that offers earlier visitors starting with what was typed (UX: suggest instead of retype). */
export function VisitorAutocomplete({
  label,
  value,
  error,
  timeZone,
  autoFocus,
  inputRef,
  suggest,
  onChange,
  onPick,
}: VisitorAutocompleteProps) {
  const { t } = useTranslation();
  const [typed] = useDebouncedValue(value.trim(), 200);
  const suggestions = useApiQuery('reception:suggest', { text: typed }, { enabled: suggest && typed.length >= 2 });
  const rows = suggest && typed.length >= 2 ? (suggestions.data ?? []) : [];
  const options = rows.map((s) => ({
    value: s.visitId,
    label: t('reception.form.suggestionLine', {
      name: s.visitorName,
      phone: s.phone ? maskPhone(s.phone) : '',
      org: s.organisation || '—',
      count: s.visits,
      last: formatDateTime(s.lastTimeIn, timeZone),
    }),
  }));
  return (
    <Autocomplete
      ref={inputRef}
      label={label}
      value={value}
      error={typeof error === 'string' ? error : undefined}
      data-autofocus={autoFocus || undefined}
      autoFocus={autoFocus}
      data={options}
      openOnFocus={false}
      filter={({ options: all }) => all}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
      onOptionSubmit={(visitId) => {
        const picked = rows.find((s) => s.visitId === visitId);
        if (picked) onPick(picked);
      }}
      onChange={(next) => {
        // Picking an option also reports its label as the new text; the pick has already filled the form.
        if (!options.some((o) => o.label === next)) onChange(next);
      }}
    />
  );
}
