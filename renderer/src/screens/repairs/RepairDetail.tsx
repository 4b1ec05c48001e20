import { Button, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { RepairOrderView } from '../../../../shared/contract/repairs';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { printDocument } from '../../lib/print';
import { formatDateTime } from '../../lib/time';
import { CustomerFileButton } from '../customers/CustomerFileButton';
import { SurveyButton } from '../customers/SurveyButton';
import { type RepairAction, RepairActionDialog } from './RepairActionDialog';
import { RepairPrint } from './RepairPrint';
import { RepairStatus } from './RepairStatus';

// P dispatch (派工), A arrived, C completed, H follow-up (回访), X close, E edit, V void. Alt+D and Alt+F stay with
// the browser (address bar, menu) in browser mode.
const actionKeys = ['P', 'A', 'C', 'H', 'X', 'E', 'V'] as const;
type ActionKey = (typeof actionKeys)[number];

interface Props {
  id: string;
  session: SessionView;
  canVoid: boolean;
  onEdit(order: RepairOrderView): void;
}

/** Where the order came from: the visit or call it was made from, as a link that opens it. */
function RepairSource({ order }: { order: RepairOrderView }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const link = order.visitId
    ? { to: `~/reception/${order.visitId}`, text: t('repairs.detail.fromVisit', { serial: order.visitSerialNo ?? '' }) }
    : order.callId
      ? { to: `~/calls/${order.callId}`, text: t('repairs.detail.fromCall', { serial: order.callSerialNo ?? '' }) }
      : null;
  if (!link) return t(labelKey('repairs', 'source', order.source));
  return (
    <Button size="compact-xs" variant="subtle" px={0} onClick={() => navigate(link.to)}>
      {link.text}
    </Button>
  );
}

/** One work order: what was reported, each step with time and who, the actions its status allows, its history. */
export function RepairDetail({ id, session, canVoid, onEdit }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const detail = useApiQuery('repairs:get', { id });
  const arrive = useApiMutation('repairs:arrive', ['repairs:', 'audit:']);
  const voidOrder = useApiMutation('repairs:void', ['repairs:', 'audit:', 'search:']);
  const [action, setAction] = useState<RepairAction | null>(null);
  const [voiding, setVoiding] = useState(false);
  const [printing, setPrinting] = useState<number | null>(null);
  const o = detail.data;
  const print = () => {
    if (!o || o.voidedAt !== null) return;
    setPrinting(Date.now());
    window.setTimeout(() => {
      void printDocument();
      invoke('repairs:printed', { id: o.id }).catch((e) => showApiError(e));
    }, 50);
  };
  // Each step has its Alt key (shown on its button), bound only while the order's status offers it; Ctrl+P prints.
  const keyed = useRef<Partial<Record<ActionKey, () => void>>>({});
  useHotkeys([
    ['mod+P', print],
    ...actionKeys.map((k): [string, () => void] => [`alt+${k}`, () => keyed.current[k]?.()]),
  ]);
  keyed.current = {};
  if (!o) return null;
  const live = o.voidedAt === null;
  const at = (ms: number | null, who: string | null = null) =>
    ms === null ? '' : `${formatDateTime(ms, tz)} ${who ?? ''}`.trim();
  const item = (label: string, value: ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
  const done = (what: string) =>
    notifications.show({ color: 'green', message: `${o.serialNo} ${t('repairs.detail.done', { what })}` });
  const button = (label: string, onClick: () => void, variant = 'filled', key?: ActionKey) => {
    if (key) keyed.current[key] = onClick;
    return (
      <Button key={label} size="xs" variant={variant} onClick={onClick}>
        {key ? `${label} (Alt+${key})` : label}
      </Button>
    );
  };
  const actions: ReactNode[] = [];
  if (live) {
    if (o.status === 'pending')
      actions.push(button(t('repairs.detail.dispatch'), () => setAction('dispatch'), 'filled', 'P'));
    if (o.status === 'dispatched') {
      const arrived = () =>
        arrive.mutate(
          { id: o.id },
          { onSuccess: () => done(t('repairs.detail.arrive')), onError: (e) => showApiError(e) },
        );
      actions.push(button(t('repairs.detail.arrive'), arrived, 'filled', 'A'));
      actions.push(button(t('repairs.detail.redispatch'), () => setAction('dispatch'), 'light', 'P'));
    }
    if (o.status === 'arrived')
      actions.push(button(t('repairs.detail.complete'), () => setAction('complete'), 'filled', 'C'));
    if (o.status === 'completed')
      actions.push(button(t('repairs.detail.followUp'), () => setAction('followUp'), 'filled', 'H'));
    if (o.status === 'followed_up')
      actions.push(button(t('repairs.detail.close'), () => setAction('close'), 'filled', 'X'));
    if (o.completedAt !== null)
      actions.push(<SurveyButton key="survey" sourceModule="repairs" sourceRef={o.id} serial={o.serialNo} />);
    actions.push(<CustomerFileButton key="file" phone={o.phone} name={o.reporterName} />);
    actions.push(button(t('repairs.detail.print'), print, 'default'));
    if (o.status !== 'closed') actions.push(button(t('repairs.detail.edit'), () => onEdit(o), 'default', 'E'));
    if (canVoid) actions.push(button(t('repairs.detail.void'), () => setVoiding(true), 'subtle', 'V'));
  }
  return (
    <ScrollArea h="calc(100vh - 90px)" type="auto">
      <Stack gap="xs" pr="xs" aria-label={o.serialNo}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4}>{o.serialNo}</Title>
            <RepairStatus order={o} />
          </Group>
        </Group>
        <Group gap={6}>{actions}</Group>
        {!live && <Text c="red">{t('repairs.detail.voided', { reason: o.voidReason })}</Text>}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          {item(t('repairs.fields.reporterName'), `${o.reporterName} ${o.phone}`)}
          {item(t('repairs.fields.reportedAt'), at(o.reportedAt, o.clerkName))}
          {item(
            t('repairs.fields.location'),
            `${t(labelKey('repairs', 'locationKind', o.locationKind))} · ${o.shopName ? `${o.shopName} ` : ''}${o.location}`,
          )}
          {item(
            t('repairs.fields.category'),
            `${t(labelKey('repairs', 'category', o.category))} · ${t(labelKey('repairs', 'urgency', o.urgency))}`,
          )}
          {item(t('repairs.fields.source'), <RepairSource order={o} />)}
          {item(t('repairs.fields.targetArrivalAt'), at(o.targetArrivalAt))}
          {item(t('repairs.fields.completeByAt'), at(o.completeByAt))}
          {item(
            t('repairs.fields.team'),
            o.teamName ? `${o.teamName} · ${at(o.dispatchedAt, o.dispatchedByName)}` : '',
          )}
          {item(t('repairs.fields.arrivedAt'), at(o.arrivedAt, o.arrivedByName))}
        </SimpleGrid>
        {item(t('repairs.fields.description'), o.description)}
        {o.completedAt !== null && (
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
            {item(t('repairs.fields.completedAt'), at(o.completedAt, o.completedByName))}
            {o.followedUpAt === null && item(t('repairs.fields.followUpDueAt'), at(o.followUpDueAt))}
            {item(t('repairs.fields.fee'), formatFen(o.feeFen))}
            {item(t('repairs.fields.workDone'), o.workDone)}
            {item(t('repairs.fields.materials'), o.materials)}
            {item(
              t('repairs.fields.customerConfirmed'),
              o.customerConfirmed ? t('repairs.detail.confirmed') : t('repairs.detail.notConfirmed'),
            )}
          </SimpleGrid>
        )}
        {o.satisfaction !== null &&
          item(
            t('repairs.fields.satisfaction'),
            `${t(labelKey('repairs', 'satisfaction', o.satisfaction))} ${o.followUpNote} · ${at(o.followedUpAt, o.followedUpByName)}`,
          )}
        {o.reopenCount > 0 && <Text size="sm">{t('repairs.detail.reopened', { count: o.reopenCount })}</Text>}
        <Title order={5}>{t('repairs.detail.timeline')}</Title>
        <Table fz="xs" verticalSpacing={2} aria-label={t('repairs.detail.timeline')}>
          <Table.Tbody>
            {o.events.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, tz)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(labelKey('repairs', 'eventKind', e.kind))}</Table.Td>
                <Table.Td>{e.text}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.clerkName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <AuditHistory entity="repairOrders" entityId={o.id} timeZone={tz} />
      </Stack>
      <RepairActionDialog
        key={`${action}-${o.status}`}
        action={action}
        order={o}
        onClose={() => setAction(null)}
        onDone={(next) => {
          setAction(null);
          done(t(labelKey('repairs', 'status', next.status)));
        }}
      />
      <VoidDialog
        opened={voiding}
        title={t('repairs.detail.voidTitle', { serial: o.serialNo })}
        busy={voidOrder.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) => voidOrder.mutateAsync({ id: o.id, version: o.version, reason })}
      />
      {printing !== null && <RepairPrint order={o} session={session} printedAt={printing} />}
    </ScrollArea>
  );
}
