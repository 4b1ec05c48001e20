import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label above its value in a record's detail; an empty value shows as —. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  );
}
