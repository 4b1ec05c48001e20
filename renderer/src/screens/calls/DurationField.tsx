import { Button, Group, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, parseDuration } from '../../../../shared/contract/calls';

interface DurationFieldProps {
  value: string;
  error?: string;
  onChange(value: string): void;
  /**
   * An incoming call being logged: the moment its form opened. While nothing is typed, the time since then runs as
   * the field's placeholder (and is what the form saves); the field itself stays untouched, so the form is not dirty.
   */
  runningSince?: number | null;
}

/** The time since the form opened, as the duration field writes it (m:ss). */
export function elapsedSince(at: number): string {
  return formatDuration(Math.max(0, Math.floor((Date.now() - at) / 1000)));
}

/**
 * Duration typed as m:ss or seconds, or measured: the timer button (or Alt+T anywhere in the form) starts and
 * stops a count that continues from what is already there.
 */
export function DurationField({ value, error, onChange, runningSince }: DurationFieldProps) {
  const { t } = useTranslation();
  const [startedFrom, setStartedFrom] = useState<{ at: number; base: number } | null>(null);
  const toggle = () => {
    if (startedFrom) setStartedFrom(null);
    else setStartedFrom({ at: Date.now(), base: Math.max(0, parseDuration(value) ?? 0) });
  };
  useHotkeys([['alt+T', toggle]], []);
  useEffect(() => {
    if (!startedFrom) return;
    const tick = () => onChange(formatDuration(startedFrom.base + Math.floor((Date.now() - startedFrom.at) / 1000)));
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [startedFrom, onChange]);
  const [, setTick] = useState(0);
  const auto = runningSince != null && startedFrom === null && value.trim() === '';
  useEffect(() => {
    if (!auto) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [auto]);
  return (
    <Group gap={4} align="flex-start" wrap="nowrap">
      <TextInput
        label={t('calls.fields.duration')}
        placeholder={
          auto && runningSince != null
            ? t('calls.timer.running', { value: elapsedSince(runningSince) })
            : t('calls.fields.durationHint')
        }
        value={value}
        error={error}
        readOnly={startedFrom !== null}
        onChange={(e) => onChange(e.currentTarget.value)}
        w={110}
      />
      <Button
        mt={24}
        size="xs"
        variant={startedFrom ? 'filled' : 'light'}
        color={startedFrom ? 'red' : 'blue'}
        onClick={toggle}
        title={t('calls.timer.hint')}
      >
        {startedFrom ? t('calls.timer.stop') : t('calls.timer.start')}
      </Button>
    </Group>
  );
}
