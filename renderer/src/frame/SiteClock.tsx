import { Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../lib/time';

export function SiteClock({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(Date.now());
  const interval = useInterval(() => setNow(Date.now()), 15_000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: start once; the interval object is stable enough
  useEffect(() => {
    interval.start();
    return interval.stop;
  }, []);
  return (
    <Text size="sm" fw={500} aria-label="clock">
      {formatDateTime(now, timeZone)}
    </Text>
  );
}
