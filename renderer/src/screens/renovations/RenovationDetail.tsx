import { Button, Group, Modal, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenovationView } from '../../../../shared/contract/renovations';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { DetailField } from '../../components/DetailField';
import { VoidDialog } from '../../components/VoidDialog';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { PassForm } from '../passes/PassForm';
import {
  ApproveDialog,
  InspectDialog,
  RefundDialog,
  type RenovationDialog,
  renovationInvalidates,
} from './RenovationDialogs';
import { RenovationStatus } from './RenovationStatus';

const actionKeys = ['A', 'I', 'W', 'R', 'V'] as const;
type ActionKey = (typeof actionKeys)[number];
/** 审批 A, 验收 I, 出入证 W (worker), 退押金 R (refund), 作废 V. */
const letterOf: Record<RenovationDialog | 'void' | 'pass', ActionKey> = {
  approve: 'A',
  inspect: 'I',
  pass: 'W',
  refund: 'R',
  void: 'V',
};

interface Props {
  id: string;
  session: SessionView;
  onPrint(permit: RenovationView): void;
}

/** One permit: unit, owner, contractor, works, money, documents, its steps, the worker passes under it, its history. */
export function RenovationDetail({ id, session, onPrint }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const role = session.clerk.role;
  const detail = useApiQuery('renovations:get', { id });
  const voiding = useApiMutation('renovations:void', renovationInvalidates);
  const [dialog, setDialog] = useState<RenovationDialog | 'void' | 'pass' | null>(null);
  const r = detail.data;
  // Each step has its Alt key (shown on its button), bound only while the permit's status offers the step.
  const keyed = useRef<Partial<Record<ActionKey, () => void>>>({});
  useHotkeys([
    ['mod+P', () => r && r.voidedAt === null && onPrint(r)],
    ...actionKeys.map((k): [string, () => void] => [`alt+${k}`, () => keyed.current[k]?.()]),
  ]);
  keyed.current = {};
  if (!r) return null;
  const live = r.voidedAt === null;
  const inWorks = live && (r.status === 'approved' || r.status === 'failed');
  const f = (key: string) => t(`renovations.fields.${key}`);
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, tz));
  const done = (what: string) => {
    setDialog(null);
    notifications.show({ color: 'green', message: t('renovations.detail.done', { serial: r.serialNo, what }) });
  };
  const action = (key: RenovationDialog | 'void' | 'pass', label: string, variant = 'filled') => {
    const letter = letterOf[key];
    keyed.current[letter] = () => setDialog(key);
    return (
      <Button key={key} size="xs" variant={variant} onClick={() => setDialog(key)}>
        {`${label} (Alt+${letter})`}
      </Button>
    );
  };
  const actions: ReactNode[] = [];
  if (live && r.status === 'applied' && hasRole(role, 'lead'))
    actions.push(action('approve', t('renovations.detail.approve')));
  if (inWorks) actions.push(action('inspect', t('renovations.detail.inspect')));
  if (inWorks) actions.push(action('pass', t('renovations.detail.issuePass'), 'light'));
  if (live && r.status === 'passed') actions.push(action('refund', t('renovations.detail.refund')));
  if (live)
    actions.push(
      <Button key="print" size="xs" variant="default" onClick={() => onPrint(r)}>
        {t('renovations.detail.print')}
      </Button>,
    );
  if (live && r.status !== 'refunded' && hasRole(role, 'lead'))
    actions.push(action('void', t('renovations.detail.void'), 'subtle'));
  return (
    <ScrollArea h="calc(100vh - 90px)" type="auto">
      <Stack gap="xs" pr="xs" aria-label={r.serialNo}>
        <Group gap="xs">
          <Title order={4}>{r.serialNo}</Title>
          <RenovationStatus permit={r} />
        </Group>
        <Group gap={6}>{actions}</Group>
        {!live && <Text c="red">{t('renovations.detail.voided', { reason: r.voidReason })}</Text>}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          <DetailField label={f('unit')}>{r.unit}</DetailField>
          <DetailField label={f('ownerName')}>{`${r.ownerName} ${r.ownerPhone}`}</DetailField>
          <DetailField label={f('contractor')}>{r.contractor}</DetailField>
          <DetailField label={f('foreman')}>{`${r.foreman} ${r.foremanPhone}`}</DetailField>
          <DetailField label={f('period')}>{t('common.dateRange', { from: r.startDate, to: r.endDate })}</DetailField>
          <DetailField label={f('appliedAt')}>{`${at(r.appliedAt)} ${r.clerkName}`}</DetailField>
          <DetailField label={f('deposit')}>{formatFen(r.depositFen)}</DetailField>
          <DetailField label={f('fee')}>{formatFen(r.feeFen)}</DetailField>
        </SimpleGrid>
        <DetailField label={f('work')}>{r.work}</DetailField>
        <DetailField label={f('documents')}>{r.documents.join('、')}</DetailField>
        {r.approvedAt !== null && (
          <DetailField label={f('approved')}>
            {`${at(r.approvedAt)} ${r.approvedByName ?? ''} ${r.approvalNote}`}
          </DetailField>
        )}
        {r.lastResult && (
          <DetailField label={f('inspected')}>
            {`${at(r.inspectedAt)} ${r.inspectedByName ?? ''} ${t(labelKey('renovations', 'result', r.lastResult))} ${r.defects}`}
          </DetailField>
        )}
        {r.refundedAt !== null && (
          <DetailField label={f('refunded')}>
            {`${at(r.refundedAt)} ${r.refundedByName ?? ''} · ${formatFen(r.refundFen)} ${r.deductionReason}`}
          </DetailField>
        )}
        <DetailField label={f('passes')}>
          {t('renovations.detail.passesLine', { count: r.passes, out: r.passesOut })}
        </DetailField>
        <AuditHistory entity="renovations" entityId={r.id} timeZone={tz} />
      </Stack>
      <ApproveDialog
        key={`approve-${r.version}`}
        permit={r}
        opened={dialog === 'approve'}
        onClose={() => setDialog(null)}
        onDone={done}
      />
      <InspectDialog
        key={`inspect-${r.version}`}
        permit={r}
        opened={dialog === 'inspect'}
        onClose={() => setDialog(null)}
        onDone={done}
      />
      <RefundDialog
        key={`refund-${r.version}`}
        permit={r}
        opened={dialog === 'refund'}
        onClose={() => setDialog(null)}
        onDone={done}
      />
      <VoidDialog
        opened={dialog === 'void'}
        title={t('renovations.detail.voidTitle', { serial: r.serialNo })}
        busy={voiding.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => voiding.mutateAsync({ id: r.id, version: r.version, reason })}
      />
      <Modal
        opened={dialog === 'pass'}
        onClose={() => setDialog(null)}
        title={t('renovations.detail.issuePass')}
        size={520}
      >
        <PassForm
          timeZone={tz}
          permit={r}
          onSaved={() => setDialog(null)}
          onCancel={() => setDialog(null)}
          onDirtyChange={() => undefined}
        />
      </Modal>
    </ScrollArea>
  );
}
