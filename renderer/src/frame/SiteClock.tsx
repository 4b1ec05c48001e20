import { Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, siteWeekday } from '../lib/time';

export function SiteClock({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const weekdays = t('header.weekdays', { returnObjects: true }) as readonly string[];
  const [now, setNow] = useState(Date.now());
  const interval = useInterval(() => setNow(Date.now()), 15_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once; the interval object is stable enough
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, []);
  return (
    <Text size="sm" fw={500} aria-label="clock">
      {formatDateTime(now, timeZone).replace(' ', ` ${weekdays[siteWeekday(now, timeZone)] ?? ''} `)}
    </Text>
  );
}
