import { Button, Group, Stack } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { DiscardConfirm } from './DiscardConfirm';
import { FormModal } from './FormModal';

/**
 * Ctrl+Enter saves from anywhere in the form, a multi-line text too, where Enter is a new line (UX.md). The form is
 * submitted as its save button would submit it, so the same checks run.
 */
export function submitOnCtrlEnter(e: KeyboardEvent<HTMLFormElement>): boolean {
  if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.nativeEvent.isComposing || e.defaultPrevented) return false;
  e.preventDefault();
  e.currentTarget.requestSubmit();
  return true;
}

interface FooterProps {
  save: string;
  busy: boolean;
  /** A Cancel button before the save button, with its label. */
  cancel?: { label: string; onClick(): void };
}

/** A form's last row: Cancel (where the form has one), then the save button, which Enter and Ctrl+Enter press. */
export function FormFooter({ save, busy, cancel }: FooterProps) {
  return (
    <Group justify="flex-end" gap="xs" mt={cancel ? 4 : 0}>
      {cancel && (
        <Button variant="default" size="xs" onClick={cancel.onClick}>
          {cancel.label}
        </Button>
      )}
      <Button type="submit" size="xs" loading={busy}>
        {save}
      </Button>
    </Group>
  );
}

interface ModalFormProps {
  opened: boolean;
  /** The dialog's title, which also names its form. */
  title: string;
  /** True when the form holds typed input: Esc then asks before throwing it away. */
  dirty: boolean;
  onClose(): void;
  onSubmit(): void;
  save: string;
  busy: boolean;
  children: ReactNode;
}

/** A dialog of one form (a step of a record): Esc asks before discarding, Enter or Ctrl+Enter saves. */
export function ModalForm({ opened, title, dirty, onClose, onSubmit, save, busy, children }: ModalFormProps) {
  return (
    <FormModal opened={opened} title={title} dirty={dirty} onClose={onClose}>
      <form
        aria-label={title}
        onKeyDown={submitOnCtrlEnter}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="xs">
          {children}
          <FormFooter save={save} busy={busy} />
        </Stack>
      </form>
    </FormModal>
  );
}

interface InlineFormProps {
  /** Names the form for the clerk's screen reader and the tests. */
  label: string;
  isDirty(): boolean;
  onSubmit(): void;
  /** Cancel, or Esc, with nothing typed (or once the clerk agreed to discard it, after `onDiscard`). */
  onCancel(): void;
  /** Throws the typed input away (the form's reset) before `onCancel`. */
  onDiscard(): void;
  cancel: string;
  save: string;
  busy: boolean;
  /** The form's fields, in a column. */
  children: ReactNode;
}

/**
 * The form beside a list (a new record, an edit): Esc and Cancel ask before discarding typed input, Enter saves
 * (Ctrl+Enter inside a multi-line text).
 */
export function InlineForm(props: InlineFormProps) {
  const { label, isDirty, onSubmit, onCancel, onDiscard, cancel, save, busy, children } = props;
  const [confirming, setConfirming] = useState(false);
  const requestCancel = () => (isDirty() ? setConfirming(true) : onCancel());
  return (
    <form
      aria-label={label}
      onKeyDown={(e) => {
        if (submitOnCtrlEnter(e)) return;
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        requestCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap={6}>
        {children}
        <FormFooter save={save} busy={busy} cancel={{ label: cancel, onClick: requestCancel }} />
      </Stack>
      <DiscardConfirm
        opened={confirming}
        onKeep={() => setConfirming(false)}
        onDiscard={() => {
          setConfirming(false);
          onDiscard();
          onCancel();
        }}
      />
    </form>
  );
}
