import { Box, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** The list's height inside a module screen with a title and tabs above it (1366x768 and up). */
export const LIST_HEIGHT = 'calc(100vh - 150px)';

/** A module's working area: the list on the left, the form or the open record on the right, each scrolling alone. */
export function ListWithSide({
  list,
  side,
  sideWidth = 480,
}: {
  list: ReactNode;
  side: ReactNode;
  sideWidth?: number;
}) {
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Box style={{ flex: 1, minWidth: 0 }}>{list}</Box>
      <Paper withBorder p="sm" w={sideWidth} style={{ flexShrink: 0 }}>
        <Box mah="calc(100vh - 130px)" style={{ overflowY: 'auto', overflowX: 'hidden' }}>
          {side}
        </Box>
      </Paper>
    </Group>
  );
}
