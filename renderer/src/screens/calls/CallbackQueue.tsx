import { Button, Group, ScrollArea, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../shared/contract/calls';
import { useApiQuery } from '../../api/hooks';
import { StatusBadge } from '../../components/StatusBadge';
import { maskPhone } from '../../lib/format';
import { formatDateTime, spanInWords } from '../../lib/time';

interface CallbackQueueProps {
  timeZone: string;
  onlyOverdue: boolean;
  selectedId: string | null;
  onOnlyOverdue(value: boolean): void;
  onOpen(call: CallView): void;
  /** Opens the outgoing call that answers this callback. */
  onAnswer(call: CallView): void;
}

/** Promised callbacks, soonest due first; overdue ones are red and say by how long. Enter on a row calls back. */
export function CallbackQueue({
  timeZone,
  onlyOverdue,
  selectedId,
  onOnlyOverdue,
  onOpen,
  onAnswer,
}: CallbackQueueProps) {
  const { t } = useTranslation();
  // Refetch with the badge's rhythm: a callback turns overdue while the screen is open.
  const queue = useApiQuery('calls:callbacks', { onlyOverdue }, { refetchInterval: 30_000 });
  const rows = queue.data?.rows ?? [];
  const now = queue.data?.now ?? Date.now();
  return (
    <>
      <Group justify="space-between" mb={4}>
        <Switch
          size="xs"
          label={t('calls.queue.onlyOverdue')}
          checked={onlyOverdue}
          onChange={(e) => onOnlyOverdue(e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          {t('calls.queue.answerHint')}
        </Text>
      </Group>
      <ScrollArea h="calc(100vh - 190px)" type="auto">
        {rows.length === 0 && !queue.isPending ? (
          <Text c="dimmed" size="sm" p="sm">
            {onlyOverdue ? t('calls.queue.emptyOverdue') : t('calls.queue.empty')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={3} highlightOnHover aria-label={t('calls.tabs.callbacks')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calls.queue.due')}</Table.Th>
                <Table.Th>{t('calls.fields.status')}</Table.Th>
                <Table.Th>{t('calls.list.caller')}</Table.Th>
                <Table.Th>{t('calls.fields.summary')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr
                  key={c.id}
                  tabIndex={0}
                  aria-selected={c.id === selectedId}
                  bg={c.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => onOpen(c)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && e.target === e.currentTarget) onAnswer(c);
                  }}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.replyDueAt !== null && formatDateTime(c.replyDueAt, timeZone)}
                    {c.replyDueAt !== null && (
                      <Text size="xs" c={c.callbackStatus === 'overdue' ? 'red' : 'dimmed'}>
                        {c.replyDueAt < now
                          ? t('calls.queue.overdueFor', { time: spanInWords(now - c.replyDueAt) })
                          : t('calls.queue.dueIn', { time: spanInWords(c.replyDueAt - now) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.callbackStatus && c.callbackStatus !== 'done' && <StatusBadge status={c.callbackStatus} />}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.callerName} {maskPhone(c.phone)}
                  </Table.Td>
                  <Table.Td maw={180} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {c.summary}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={(e) => {
                        e.stopPropagation();
                        onAnswer(c);
                      }}
                    >
                      {t('calls.queue.answer')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </>
  );
}
