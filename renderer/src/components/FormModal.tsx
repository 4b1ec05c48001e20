import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FormModalProps {
  opened: boolean;
  title: string;
  /** True when the form holds typed input: Esc then asks before throwing it away. */
  dirty: boolean;
  onClose(): void;
  children: ReactNode;
  size?: string | number;
}

const RequestCloseContext = createContext<(() => void) | null>(null);

/**
 * For a form's own Cancel button: inside a FormModal it closes the way Esc does (asking first when something was
 * typed); elsewhere it calls `fallback`.
 */
export function useRequestClose(fallback: () => void): () => void {
  return useContext(RequestCloseContext) ?? fallback;
}

/** A modal form: Esc cancels, and asks first when something was typed (UX.md). */
export function FormModal({ opened, title, dirty, onClose, children, size = 'md' }: FormModalProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (dirty ? setConfirming(true) : onClose());
  return (
    <>
      <Modal opened={opened} onClose={requestClose} title={title} size={size} closeOnClickOutside={false}>
        <RequestCloseContext.Provider value={requestClose}>{children}</RequestCloseContext.Provider>
      </Modal>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('common.discardTitle')}
        size="sm"
        zIndex={400}
      >
        <Stack>
          <Text size="sm">{t('common.discardBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('common.keepEditing')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirming(false);
                onClose();
              }}
            >
              {t('common.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
