import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  type ComplaintDetail,
  type ComplaintEventView,
  type ComplaintPrintForm,
  type ComplaintView,
  timelineWords,
} from '../../../../shared/contract/complaints';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { isStale, showApiError } from '../../lib/apiErrors';
import { formatFen, maskPhone } from '../../lib/format';
import { printDocument } from '../../lib/print';
import { formatDateTime, spanInWords } from '../../lib/time';
import { CustomerFileButton } from '../customers/CustomerFileButton';
import { SurveyButton } from '../customers/SurveyButton';
import { ActionDialog, type ActionKind } from './ActionDialog';
import { deadlineColor } from './ComplaintList';
import { RecordPrint, RegistrationPrint } from './FilingPrint';
import { ReceiptPrint } from './ReceiptPrint';

interface Props {
  id: string;
  session: SessionView;
  onChanged(): void;
}

function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Group>
  );
}

/** One complaint: the record, what may be done next in its status, and the append-only timeline. */
export function ComplaintDetailPanel({ id, session, onChanged }: Props) {
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const detail = useApiQuery('complaints:get', { id });
  const queryClient = useQueryClient();
  const [action, setAction] = useState<ActionKind | null>(null);
  // One sheet in the page at a time: the one being printed, with its time.
  const [printing, setPrinting] = useState<{ form: ComplaintPrintForm; at: number } | null>(null);
  const [printed, setPrinted] = useState<Record<ComplaintPrintForm, boolean>>({
    receipt: false,
    registration: false,
    record: false,
  });
  const c = detail.data;
  if (!c) return null;
  // Every complaints query (this record, the lists, the header badge) reflects the change at once.
  const refresh = () => {
    void queryClient.invalidateQueries({
      predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('complaints:'),
    });
    onChanged();
  };
  const quick = (promise: Promise<ComplaintDetail>) =>
    promise
      .then(() => {
        notifications.show({ color: 'green', message: `${c.serialNo} ${t('complaints.actions.done')}` });
        refresh();
      })
      .catch((e) => {
        showApiError(e);
        if (isStale(e)) refresh();
      });
  const print = (form: ComplaintPrintForm) => {
    setPrinting({ form, at: Date.now() });
    window.setTimeout(() => {
      void printDocument();
      invoke('complaints:printed', { id: c.id, reprint: printed[form], form })
        .then(() => setPrinted((p) => ({ ...p, [form]: true })))
        .catch((e) => showApiError(e));
    }, 50);
  };
  const aboutMe = c.complainedClerkId === session.clerk.id;
  const lead = hasRole(session.clerk.role, 'lead');
  const button = (label: string, onClick: () => void, variant = 'light') => (
    <Button key={label} size="xs" variant={variant} onClick={onClick}>
      {label}
    </Button>
  );
  const actions: React.ReactNode[] = [];
  const s = c.status;
  if (!aboutMe) {
    if (s === 'received') {
      actions.push(
        button(t('complaints.actions.accept'), () =>
          quick(invoke('complaints:decide', { id, version: c.version, accept: true, reason: '' })),
        ),
      );
      actions.push(button(t('complaints.actions.notAccept'), () => setAction('notAccept'), 'default'));
    }
    if (lead && (s === 'accepted' || s === 'assigned' || s === 'in_progress'))
      actions.push(
        button(t(c.assignedClerkId ? 'complaints.actions.reassign' : 'complaints.actions.assign'), () =>
          setAction('assign'),
        ),
      );
    if (s === 'assigned')
      actions.push(
        button(t('complaints.actions.start'), () =>
          quick(invoke('complaints:progress', { id, version: c.version, to: 'in_progress', reason: '' })),
        ),
      );
    if (s === 'waiting_customer')
      actions.push(
        button(t('complaints.actions.resume'), () =>
          quick(invoke('complaints:progress', { id, version: c.version, to: 'in_progress', reason: '' })),
        ),
      );
    if (s === 'in_progress') {
      actions.push(button(t('complaints.actions.wait'), () => setAction('wait'), 'default'));
      actions.push(button(t('complaints.actions.resolve'), () => setAction('resolve'), 'filled'));
    }
    if (s === 'resolved')
      actions.push(button(t('complaints.actions.returnVisit'), () => setAction('returnVisit'), 'filled'));
    if (s === 'resolved' || s === 'return_visited')
      actions.push(button(t('complaints.actions.close'), () => setAction('close')));
    if (
      (s === 'return_visited' || s === 'closed') &&
      (c.satisfaction === 'dissatisfied' || c.satisfaction === 'very_dissatisfied')
    )
      actions.push(button(t('complaints.actions.reopen'), () => setAction('reopen'), 'default'));
    actions.push(button(t('complaints.actions.addEvent'), () => setAction('addEvent'), 'default'));
  }
  if (s === 'closed')
    actions.push(<SurveyButton key="survey" sourceModule="complaints" sourceRef={c.id} serial={c.serialNo} />);
  actions.push(<CustomerFileButton key="file" phone={c.phone} name={c.customerName} />);
  if (s !== 'received' && s !== 'not_accepted')
    actions.push(
      button(
        t(printed.receipt ? 'complaints.actions.reprint' : 'complaints.actions.print'),
        () => print('receipt'),
        'default',
      ),
    );
  // The office's file: the registration form whatever the status, the handling record once closed.
  actions.push(
    button(
      t(printed.registration ? 'complaints.actions.reprintRegistration' : 'complaints.actions.printRegistration'),
      () => print('registration'),
      'default',
    ),
  );
  if (s === 'closed')
    actions.push(
      button(
        t(printed.record ? 'complaints.actions.reprintRecord' : 'complaints.actions.printRecord'),
        () => print('record'),
        'default',
      ),
    );

  return (
    <Paper withBorder p="sm" h="100%" aria-label={c.serialNo}>
      <ScrollArea h="100%">
        {/* Clear of the scrollbar, which is drawn over the content's right edge. */}
        <Stack gap={6} pr="xs">
          {/* The serial never breaks; long status words (Waiting for customer) take the next line instead. */}
          <Group justify="space-between" gap={4}>
            <Title order={4} style={{ whiteSpace: 'nowrap' }}>
              {c.serialNo}
            </Title>
            <Group gap={4} wrap="nowrap">
              <Badge>{t(labelKey('complaints', 'status', s))}</Badge>
              <Badge color={deadlineColor[c.deadlineState]} variant="light">
                {t(labelKey('complaints', 'deadlineState', c.deadlineState))}
              </Badge>
            </Group>
          </Group>
          {aboutMe && (
            <Alert color="yellow" py={4}>
              {t('complaints.detail.aboutYou')}
            </Alert>
          )}
          <Group gap={4}>{actions}</Group>
          <Line
            label={t('complaints.fields.customerName')}
          >{`${c.customerName}  ${maskPhone(c.phone)}  ${c.address}`}</Line>
          <Line
            label={t('complaints.fields.channel')}
          >{`${t(labelKey('complaints', 'channel', c.channel))} · ${t(labelKey('complaints', 'type', c.type))} · ${t(labelKey('complaints', 'urgency', c.urgency))}`}</Line>
          {(c.callId || c.visitId) && (
            <Line label={t('complaints.detail.source')}>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => navigate(c.callId ? `~/calls/${c.callId}` : `~/reception/${c.visitId}`)}
              >
                {c.callId
                  ? t('complaints.detail.fromCall', { serial: c.callSerial ?? '' })
                  : t('complaints.detail.fromVisit', { serial: c.visitSerial ?? '' })}
              </Button>
            </Line>
          )}
          <Line label={t('complaints.fields.reason')}>{c.reason}</Line>
          {c.demand && <Line label={t('complaints.fields.demand')}>{c.demand}</Line>}
          <Line label={t('complaints.fields.deadlineAt')}>
            {formatDateTime(c.effectiveDeadlineAt, tz)}
            {pauseNote(t, c) ? `  ${pauseNote(t, c)}` : ''}
          </Line>
          {(c.shopName || c.departmentName) && (
            <Line label={t('complaints.fields.shop')}>
              {[c.shopName, c.departmentName].filter(Boolean).join(' · ')}
            </Line>
          )}
          {c.complainedClerkName && <Line label={t('complaints.fields.complainedClerk')}>{c.complainedClerkName}</Line>}
          {c.notAcceptedReason && <Line label={t('complaints.fields.notAcceptedReason')}>{c.notAcceptedReason}</Line>}
          <Line label={t('complaints.fields.owner')}>{c.firstOwnerClerkName}</Line>
          <Line label={t('complaints.fields.assignedClerk')}>
            {c.assignedClerkName
              ? [c.assignedClerkName, c.assignedDepartmentName].filter(Boolean).join(' · ')
              : t('complaints.fields.notAssigned')}
          </Line>
          {c.pauseReason && <Line label={t('complaints.dialog.waitReason')}>{c.pauseReason}</Line>}
          {c.resolvedAt !== null && (
            <Line label={t('complaints.detail.resolution')}>
              {`${c.cause ? t(labelKey('complaints', 'cause', c.cause)) : ''} · ${c.outcome ? t(labelKey('complaints', 'outcome', c.outcome)) : ''} · ${formatFen(c.compensationFen)}${c.compensationApprovedByName ? `（${c.compensationApprovedByName}）` : ''}\n${c.resolution}\n${c.informedHow} ${c.customerReaction}`}
            </Line>
          )}
          {c.returnVisitDueAt !== null && c.returnVisitedAt === null && (
            <Line label={t('complaints.detail.returnVisit')}>
              {t('complaints.detail.returnVisitDue', { time: formatDateTime(c.returnVisitDueAt, tz) })}
            </Line>
          )}
          {c.satisfaction && (
            <Line
              label={t('complaints.detail.returnVisit')}
            >{`${t(labelKey('complaints', 'satisfaction', c.satisfaction))} · ${c.returnVisitResult}`}</Line>
          )}
          {c.noReturnVisitReason && <Line label={t('complaints.dialog.noVisitReason')}>{c.noReturnVisitReason}</Line>}
          <Title order={5} mt={4}>
            {t('complaints.detail.timeline')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {c.events.map((e) => (
              <Timeline.Item
                key={e.id}
                title={`${formatDateTime(e.at, tz)} · ${t(labelKey('complaints', 'eventKind', e.kind))} · ${e.clerkName}`}
              >
                <Text size="sm">{timelineLine(t, e)}</Text>
                {e.correctsEventId && (
                  <Text size="xs" c="dimmed">
                    {t('complaints.detail.corrects', {
                      time: formatDateTime(c.events.find((x) => x.id === e.correctsEventId)?.at ?? 0, tz),
                    })}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </ScrollArea>
      {action && (
        <ActionDialog
          kind={action}
          complaint={c}
          timeZone={tz}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            refresh();
          }}
        />
      )}
      {printing?.form === 'receipt' && <ReceiptPrint complaint={c} session={session} printedAt={printing.at} />}
      {printing?.form === 'registration' && (
        <RegistrationPrint complaint={c} session={session} printedAt={printing.at} />
      )}
      {printing?.form === 'record' && <RecordPrint complaint={c} session={session} printedAt={printing.at} />}
    </Paper>
  );
}

/** A timeline entry in the clerk's words: its new status and the satisfaction by their labels, then what was said. */
/**
 * What waiting for the customer did to the deadline: moved on by the desk time waited (a night or a closed day the
 * desk is shut moves it by nothing), or, for a complaint paused before that rule, by the time paused on the clock.
 */
function pauseNote(t: TFunction, c: ComplaintView): string {
  const waiting = c.pausedSince !== null;
  if (c.movedDeadlineAt === null)
    return c.pausedMs > 0 || waiting
      ? t('complaints.detail.pausedFor', { duration: spanInWords(c.effectiveDeadlineAt - c.deadlineAt) })
      : '';
  const moved = c.deadlineMovedMs >= 60_000;
  if (waiting)
    return moved
      ? t('complaints.detail.waitingMoving', { duration: spanInWords(c.deadlineMovedMs) })
      : t('complaints.detail.waitingMovingNone');
  return moved
    ? t('complaints.detail.waitedMoved', { duration: spanInWords(c.deadlineMovedMs) })
    : t('complaints.detail.waitedNotMoved');
}

function timelineLine(t: TFunction, e: ComplaintEventView): string {
  const words = timelineWords(e);
  const parts = [
    e.toStatus ? t(labelKey('complaints', 'status', e.toStatus)) : '',
    words.satisfaction ? t(labelKey('complaints', 'satisfaction', words.satisfaction)) : '',
  ].filter(Boolean);
  const head = parts.join(' · ');
  // The colon is the language's own (：in Chinese, : in English).
  return head && words.text ? t('complaints.detail.timelineText', { head, text: words.text }) : head || words.text;
}
