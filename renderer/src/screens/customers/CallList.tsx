import { Box, Group, Paper, ScrollArea, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RevisitFilter, type RevisitPlanView, revisitFilterValues } from '../../../../shared/contract/customers';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { searchTextError } from '../../lib/searchText';
import { formatSiteDay } from '../../lib/time';
import { RevisitCallForm } from './RevisitCallForm';
import { RevisitSourceLink } from './RevisitSourceLink';
import { RevisitStatusBadge } from './RevisitStatusBadge';
import { SurveyPanel } from './SurveyPanel';

/**
 * 电话访谈计划表: who to call today (overdue first), why, when they prefer and what happened last time; the call
 * form beside it. Opening it plans what the rules ask for since it was last opened.
 */
export function CallList(props: { timeZone: string; height: string; canCancel: boolean; planId?: string | null }) {
  const { timeZone, height, canCancel, planId = null } = props;
  const { t } = useTranslation();
  // Opened on one visit (a survey's link back to it): every status, so a visit made is listed too.
  const [filter, setFilter] = useState<RevisitFilter>(planId ? 'all' : 'due');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(planId);
  /** The visit just made (reached): its satisfaction survey is asked next. */
  const [surveyFor, setSurveyFor] = useState<RevisitPlanView | null>(null);
  const pick = (id: string) => {
    setSurveyFor(null);
    setOpenId(id);
  };
  const [debounced] = useDebouncedValue(text, 250);
  const tooLong = searchTextError(debounced);
  const planDue = useApiMutation('customers:planDue', ['customers:']);
  const planned = useRef(false);
  useEffect(() => {
    if (planned.current) return;
    planned.current = true;
    planDue.mutate(
      {},
      {
        onSuccess: (result) => {
          if (result.planned > 0)
            notifications.show({ color: 'blue', message: t('customers.visits.planned', { count: result.planned }) });
        },
      },
    );
  }, [planDue, t]);
  const visits = useApiQuery('customers:revisits', { filter, text: debounced, limit: 200 }, { enabled: !tooLong });
  const rows = visits.data ?? [];
  // The visit a link opened is shown even when it is not among the list's first rows.
  const routed = useApiQuery('customers:revisit', { id: planId ?? '' }, { enabled: planId !== null });
  const open = rows.find((r) => r.id === openId) ?? (routed.data?.id === openId ? routed.data : null);
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" mb={6} wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('customers.visits.status')}
            value={filter}
            onChange={(v) => setFilter(revisitFilterValues.find((f) => f === v) ?? 'due')}
            data={revisitFilterValues.map((f) => ({ value: f, label: t(labelKey('customers', 'revisitFilter', f)) }))}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label={t('customers.visits.search')}
            placeholder={t('common.filterOrInitials', { fields: t('customers.visits.search') })}
            value={text}
            error={tooLong}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </Group>
        <ScrollArea h={height}>
          {visits.isSuccess && rows.length === 0 ? (
            <Text c="dimmed" size="sm" p="sm">
              {t('customers.visits.empty')}
            </Text>
          ) : (
            <Table
              striped
              highlightOnHover
              verticalSpacing={3}
              fz="sm"
              stickyHeader
              aria-label={t('customers.tabs.visits')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.visits.due')}</Table.Th>
                  <Table.Th>{t('customers.visits.customer')}</Table.Th>
                  <Table.Th>{t('customers.visits.reason')}</Table.Th>
                  <Table.Th>{t('customers.visits.attempts')}</Table.Th>
                  <Table.Th>{t('customers.visits.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((plan) => (
                  <Table.Tr
                    key={plan.id}
                    tabIndex={0}
                    onClick={() => pick(plan.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') pick(plan.id);
                    }}
                    style={{ cursor: 'pointer' }}
                    bg={plan.id === openId ? 'var(--mantine-color-blue-light)' : undefined}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }} c={plan.overdue ? 'red' : undefined}>
                      {formatSiteDay(plan.dueAt, timeZone)}
                    </Table.Td>
                    <Table.Td>
                      {plan.name} {plan.phoneMasked}
                      {plan.preferredContactTime && (
                        <Text size="xs" c="dimmed">
                          {t('customers.visits.preferred', { time: plan.preferredContactTime })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {plan.reason}
                      {/* Text here: a click on the row opens the visit, whose form names the source as a link. */}
                      {plan.sourceSerial && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {plan.sourceSerial}
                        </Text>
                      )}
                      {plan.lastResult && (
                        <Text size="xs" c="dimmed">
                          {t('customers.visits.last', {
                            result: t(labelKey('customers', 'result', plan.lastResult)),
                            note: plan.lastNote,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {plan.attempts}/{plan.maxAttempts}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <RevisitStatusBadge plan={plan} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </ScrollArea>
      </Box>
      <Paper withBorder p="sm" w={420} style={{ flexShrink: 0 }}>
        {surveyFor ? (
          <SurveyPanel
            key={surveyFor.id}
            sourceModule="revisits"
            sourceRef={surveyFor.id}
            title={t('customers.survey.revisitTitle', { serial: surveyFor.serialNo })}
            onDone={() => setSurveyFor(null)}
          />
        ) : open?.status === 'done' ? (
          <>
            <RevisitSourceLink plan={open} />
            <SurveyPanel
              key={open.id}
              sourceModule="revisits"
              sourceRef={open.id}
              title={t('customers.survey.revisitTitle', { serial: open.serialNo })}
            />
          </>
        ) : open ? (
          <RevisitCallForm
            key={`${open.id}-${open.version}`}
            plan={open}
            timeZone={timeZone}
            canCancel={canCancel}
            onDone={(saved) => {
              setOpenId(null);
              if (saved?.status === 'done') setSurveyFor(saved);
            }}
          />
        ) : (
          <Text c="dimmed" size="sm">
            {t('customers.visits.pick')}
          </Text>
        )}
      </Paper>
    </Group>
  );
}
