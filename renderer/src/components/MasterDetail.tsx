import { Box, Button, Group, Paper, Tabs, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { type ReactNode, useCallback, useRef, useState } from 'react';
import { DiscardConfirm } from './DiscardConfirm';

/** What the right side shows: a form (new or an edit of a record) or one record. */
export type Panel<F> = { kind: 'form'; mode: F; key: number } | { kind: 'detail'; id: string };

/**
 * The right side of a master-detail screen: switching away from a form with typed input asks first, a new form
 * gets a fresh key (so it starts empty), and a saved or cancelled form settles without asking.
 */
export function usePanels<F>(initial: F) {
  const formKey = useRef(0);
  const [panel, setPanel] = useState<Panel<F>>({ kind: 'form', mode: initial, key: 0 });
  const [pending, setPending] = useState<Panel<F> | null>(null);
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const form = (mode: F): Panel<F> => ({ kind: 'form', mode, key: ++formKey.current });
  const detail = (id: string): Panel<F> => ({ kind: 'detail', id });
  const current = useRef(panel);
  current.current = panel;
  const switchTo = (next: Panel<F>) => {
    if (current.current.kind === 'form' && dirty.current) setPending(next);
    else setPanel(next);
  };
  const settle = (next: Panel<F>) => {
    dirty.current = false;
    setPanel(next);
  };
  const confirm = (
    <DiscardConfirm
      opened={pending !== null}
      onKeep={() => setPending(null)}
      onDiscard={() => {
        if (pending) settle(pending);
        setPending(null);
      }}
    />
  );
  return { panel, form, detail, switchTo, settle, onDirtyChange, confirm };
}

interface LayoutProps<T extends string> {
  title: string;
  /** The button that opens a new form (Alt+N does the same). */
  newLabel: string;
  onNew(): void;
  tabs: { value: T; label: string }[];
  tab: T;
  onTab(tab: T): void;
  /** The list (or a tab's own panel) on the left. */
  children: ReactNode;
  /** The form or the record on the right. */
  side: ReactNode;
  /** Dialogs that belong to the screen (the discard confirmation). */
  dialogs?: ReactNode;
  sideWidth?: number;
}

/** A module screen: title, new-record button, tabs and list on the left; form or record on the right. */
export function MasterDetail<T extends string>({
  title,
  newLabel,
  onNew,
  tabs,
  tab,
  onTab,
  children,
  side,
  dialogs,
  sideWidth = 520,
}: LayoutProps<T>) {
  useHotkeys([['alt+N', onNew]], []);
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" h="calc(100vh - 72px)">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" mb={4} wrap="nowrap">
          <Title order={3}>{title}</Title>
          <Button size="xs" variant="light" onClick={onNew}>
            {newLabel}
          </Button>
        </Group>
        <Tabs value={tab} onChange={(v) => v && onTab(v as T)}>
          <Tabs.List mb={6}>
            {tabs.map((x) => (
              <Tabs.Tab key={x.value} value={x.value}>
                {x.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {children}
      </Box>
      <Paper withBorder p="sm" w={sideWidth} style={{ flexShrink: 0 }}>
        {side}
      </Paper>
      {dialogs}
    </Group>
  );
}
