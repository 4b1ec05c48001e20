import { Anchor, Group, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canonicalPhoneOrNull } from '../../../../shared/contract/phone';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { formatDateTime } from '../../lib/time';

/** Once a whole number is typed: how often it called in 30 days, and a look at its recent calls. */
export function RepeatCallerHint({ phone, timeZone }: { phone: string; timeZone: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The canonical form, so 02112345678 and 021-1234 5678 count as the same caller.
  const number = canonicalPhoneOrNull(phone) ?? '';
  const valid = number !== '';
  const repeat = useApiQuery('calls:repeat', { phone: number }, { enabled: valid });
  if (!valid || !repeat.data) return null;
  const { count, recent } = repeat.data;
  return (
    <Group gap={6} mt={2}>
      <Text size="xs" c={count > 0 ? 'orange' : 'dimmed'}>
        {count > 0 ? t('calls.repeat.count', { count }) : t('calls.repeat.first')}
      </Text>
      {recent.length > 0 && (
        <Anchor component="button" type="button" size="xs" onClick={() => setOpen(true)}>
          {t('calls.repeat.open')}
        </Anchor>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('calls.repeat.title', { phone: number })} size="lg">
        <Table fz="xs" verticalSpacing={2}>
          <Table.Tbody>
            {recent.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.startedAt, timeZone)}</Table.Td>
                <Table.Td>{t(labelKey('calls', 'direction', c.direction))}</Table.Td>
                <Table.Td>{t(labelKey('calls', 'category', c.category))}</Table.Td>
                <Table.Td>{c.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </Group>
  );
}
