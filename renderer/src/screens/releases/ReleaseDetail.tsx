import { Alert, Button, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { DetailField } from '../../components/DetailField';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { printDocument } from '../../lib/print';
import { formatDateTime } from '../../lib/time';
import { CheckDialog, EditDialog } from './ReleaseDialogs';
import { ReleasePrint } from './ReleasePrint';
import { ReleaseStatus } from './ReleaseStatus';

interface Props {
  id: string;
  session: SessionView;
  canVoid: boolean;
}

/** One pass: who, what, the approval, the gate's check, the actions its status allows, its history. */
export function ReleaseDetail({ id, session, canVoid }: Props) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const detail = useApiQuery('releases:get', { id });
  const voidPass = useApiMutation('releases:void', ['releases:', 'audit:', 'search:']);
  const [dialog, setDialog] = useState<'check' | 'edit' | 'void' | null>(null);
  const [printing, setPrinting] = useState<number | null>(null);
  const p = detail.data;
  const print = () => {
    if (!p || p.voidedAt !== null) return;
    setPrinting(Date.now());
    window.setTimeout(() => {
      void printDocument();
      invoke('releases:printed', { id: p.id }).catch((e) => showApiError(e));
    }, 50);
  };
  // Each action has its Alt key (shown on its button), bound only while the pass's status offers the action.
  const keyed = useRef<Partial<Record<'C' | 'E' | 'V', () => void>>>({});
  // The pass is printed from its record: Ctrl+P right after it is issued.
  useHotkeys([
    ['mod+P', print],
    ['alt+C', () => keyed.current.C?.()],
    ['alt+E', () => keyed.current.E?.()],
    ['alt+V', () => keyed.current.V?.()],
  ]);
  keyed.current = {};
  if (!p) return null;
  const live = p.voidedAt === null;
  const done = (what: string) =>
    notifications.show({ color: 'green', message: `${p.serialNo} ${t('releases.detail.done', { what })}` });
  const actions: ReactNode[] = [];
  const button = (label: string, onClick: () => void, variant = 'filled', key?: 'C' | 'E' | 'V') => {
    if (key) keyed.current[key] = onClick;
    return (
      <Button key={label} size="xs" variant={variant} onClick={onClick}>
        {key ? `${label} (Alt+${key})` : label}
      </Button>
    );
  };
  if (live) {
    if (p.status === 'issued')
      actions.push(button(t('releases.detail.check'), () => setDialog('check'), 'filled', 'C'));
    actions.push(button(t('releases.detail.print'), print, 'default'));
    if (p.status === 'issued') actions.push(button(t('releases.detail.edit'), () => setDialog('edit'), 'default', 'E'));
    if (canVoid && p.status !== 'exited')
      actions.push(button(t('releases.detail.void'), () => setDialog('void'), 'subtle', 'V'));
  }
  const f = (key: string) => t(`releases.fields.${key}`);
  return (
    <ScrollArea h="calc(100vh - 90px)" type="auto">
      <Stack gap="xs" pr="xs" aria-label={p.serialNo}>
        <Group gap="xs">
          <Title order={4}>{p.serialNo}</Title>
          <ReleaseStatus pass={p} />
        </Group>
        <Group gap={6}>{actions}</Group>
        {!live && <Text c="red">{t('releases.detail.voided', { reason: p.voidReason })}</Text>}
        {p.unitFlag && (
          <Alert py={4} color="red">
            {t('releases.detail.flag', { note: p.unitFlag })}
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          <DetailField label={f('holderName')}>
            {`${t(labelKey('releases', 'holderKind', p.holderKind))} · ${p.holderName} ${p.phone}`}
          </DetailField>
          <DetailField label={f('unit')}>{p.shopName ? `${p.shopName} ${p.unit}` : p.unit}</DetailField>
          <DetailField label={f('reason')}>
            {[t(labelKey('releases', 'reason', p.reason)), p.reasonNote].filter(Boolean).join(' · ')}
          </DetailField>
          <DetailField label={f('validDay')}>{p.validDay}</DetailField>
          <DetailField label={f('vehiclePlate')}>{p.vehiclePlate}</DetailField>
          <DetailField label={f('issuedAt')}>{`${formatDateTime(p.issuedAt, tz)} ${p.clerkName}`}</DetailField>
          <DetailField label={f('approverName')}>
            {`${p.approverName} · ${t(labelKey('releases', 'approvalMethod', p.approvalMethod))}`}
          </DetailField>
          <DetailField label={f('approvedBy')}>{p.approvedByName}</DetailField>
          {p.exitCheckedAt !== null && (
            <DetailField label={f('exitCheckedAt')}>
              {`${formatDateTime(p.exitCheckedAt, tz)} ${p.guardName} ${p.exitNote}`.trim()}
            </DetailField>
          )}
        </SimpleGrid>
        <Table fz="sm" verticalSpacing={2} withTableBorder aria-label={f('items')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('releases.print.lineNo')}</Table.Th>
              <Table.Th>{f('itemName')}</Table.Th>
              <Table.Th w={70}>{f('quantity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.items.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.lineNo}</Table.Td>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td>{x.quantity}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <AuditHistory entity="releasePasses" entityId={p.id} timeZone={tz} />
      </Stack>
      <CheckDialog
        key={`check-${p.version}`}
        pass={p}
        opened={dialog === 'check'}
        onClose={() => setDialog(null)}
        onDone={(next) => {
          setDialog(null);
          done(t(labelKey('releases', 'status', next.status)));
        }}
      />
      <EditDialog
        key={`edit-${p.version}`}
        pass={p}
        opened={dialog === 'edit'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          notifications.show({ color: 'green', message: t('releases.form.updated', { serial: p.serialNo }) });
        }}
      />
      <VoidDialog
        opened={dialog === 'void'}
        title={t('releases.detail.voidTitle', { serial: p.serialNo })}
        busy={voidPass.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => voidPass.mutateAsync({ id: p.id, version: p.version, reason })}
      />
      {printing !== null && <ReleasePrint pass={p} session={session} printedAt={printing} />}
    </ScrollArea>
  );
}
