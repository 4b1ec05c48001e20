import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverCloseResult, HandoverSheet } from '../../../../shared/contract/handover';
import { type MoneyRule, moneyInputText, parseMoney } from '../../../../shared/contract/money';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { moneyEcho } from '../../lib/money';

interface CloseFormProps {
  session: SessionView;
  sheet: HandoverSheet;
  onClosed(result: HandoverCloseResult): void;
}

type Errors = Record<string, string>;

/** Cash counted may be nothing at all (no fees taken), never negative, under the desk's ceiling. */
const cashRule: MoneyRule = { field: 'handoverCash', allowZero: true };

/** Cash counted, tracked items counted, notes, and the incoming clerk's PIN: then the shift is handed over. */
export function CloseForm({ session, sheet, onClosed }: CloseFormProps) {
  const { t } = useTranslation();
  const clerks = useApiQuery('session:loginClerks', {});
  const mayEndDay = hasRole(session.clerk.role, 'lead');
  const [cashText, setCashText] = useState(moneyInputText(sheet.cashExpectedFen));
  const [differenceNote, setDifferenceNote] = useState('');
  const [counts, setCounts] = useState<Record<string, number | ''>>({});
  const [notes, setNotes] = useState('');
  const [noSuccessor, setNoSuccessor] = useState(false);
  const [incomingId, setIncomingId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const counted = parseMoney(cashText, cashRule);
  const countedFen = counted.ok ? counted.fen : null;
  const differs = countedFen !== null && countedFen !== sheet.cashExpectedFen;

  const validate = (): Errors => {
    const found: Errors = {};
    if (!counted.ok) found.cashCountedFen = translateMessage(counted.messageKey);
    if (differs && !differenceNote.trim()) found.cashDifferenceNote = t('errors.cashDifferenceNote');
    for (const name of sheet.trackedItems)
      if (counts[name] === undefined || counts[name] === '') found[`item:${name}`] = t('errors.required');
    if (!noSuccessor && !incomingId) found.incoming = t('errors.handoverNeedsSuccessor');
    if (!noSuccessor && !/^\d{4,8}$/.test(pin)) found.pin = t('errors.pinFormat');
    return found;
  };

  // A refusal from main stays until the clerk changes something.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the values are the triggers, not used inside
  useEffect(() => setServerErrors({}), [cashText, differenceNote, counts, notes, noSuccessor, incomingId, pin]);
  // After the first attempt the fields are checked as the clerk types, so a fixed field loses its message at once.
  const errors: Errors = submitted ? { ...validate(), ...serverErrors } : serverErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    if (Object.keys(validate()).length > 0 || countedFen === null) return;
    setBusy(true);
    try {
      const result = await invoke('handover:close', {
        notes,
        cashCountedFen: countedFen,
        cashDifferenceNote: differs ? differenceNote : '',
        itemCounts: sheet.trackedItems.map((name) => ({ name, count: Number(counts[name]) })),
        incoming: noSuccessor || !incomingId ? null : { clerkId: incomingId, pin },
      });
      onClosed(result);
    } catch (error) {
      setPin('');
      showApiError(error, {
        setFieldError: (field, message) => setServerErrors((e) => ({ ...e, [field]: message })),
      });
    } finally {
      setBusy(false);
    }
  };

  const others = (clerks.data ?? []).filter((c) => c.id !== session.clerk.id);
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput label={t('handover.cash.expected')} value={formatFen(sheet.cashExpectedFen)} readOnly />
          <TextInput
            label={t('handover.cash.counted')}
            value={cashText}
            onChange={(e) => setCashText(e.currentTarget.value)}
            inputMode="decimal"
            description={moneyEcho(cashText, cashRule)}
            error={errors.cashCountedFen}
            autoFocus
          />
        </Group>
        {differs && (
          <TextInput
            label={t('handover.cash.differenceNote')}
            description={`${t('handover.cash.difference')} ${formatFen((countedFen ?? 0) - sheet.cashExpectedFen)} · ${t('handover.cash.differenceHint')}`}
            value={differenceNote}
            onChange={(e) => setDifferenceNote(e.currentTarget.value)}
            error={errors.cashDifferenceNote}
            withAsterisk
          />
        )}
        <Text size="sm" fw={600}>
          {t('handover.items.title')}
        </Text>
        {sheet.trackedItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('handover.items.none')}
          </Text>
        ) : (
          <Group grow align="flex-start">
            {sheet.trackedItems.map((name) => (
              <NumberInput
                key={name}
                label={name}
                min={0}
                max={9999}
                allowDecimal={false}
                allowNegative={false}
                value={counts[name] ?? ''}
                onChange={(v) => setCounts((c) => ({ ...c, [name]: typeof v === 'number' ? v : '' }))}
                error={errors[`item:${name}`]}
              />
            ))}
          </Group>
        )}
        <Textarea
          label={t('handover.notes')}
          description={t('handover.notesHint')}
          autosize
          minRows={2}
          maxRows={5}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
        />
        {mayEndDay && (
          <Checkbox
            label={t('handover.close.noSuccessor')}
            description={t('handover.close.noSuccessorHint')}
            checked={noSuccessor}
            onChange={(e) => setNoSuccessor(e.currentTarget.checked)}
          />
        )}
        {!noSuccessor && (
          <Group grow align="flex-start">
            <Select
              label={t('handover.close.incoming')}
              data={others.map((c) => ({ value: c.id, label: `${c.employeeNo} ${c.name}` }))}
              searchable
              value={incomingId}
              onChange={setIncomingId}
              error={errors.incoming ?? errors.clerkId}
            />
            <PasswordInput
              label={t('handover.close.pin')}
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value)}
              error={errors.pin}
              inputMode="numeric"
              autoComplete="off"
            />
          </Group>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('handover.close.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
