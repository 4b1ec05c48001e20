import { Button, Group, ScrollArea, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PassView, returnPassInput } from '../../../../shared/contract/passes';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { DetailField } from '../../components/DetailField';
import { ModalForm } from '../../components/ModalForm';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { checkWith } from '../../lib/checkInput';
import { formatFen } from '../../lib/format';
import { field } from '../../lib/formFields';
import { printDocument } from '../../lib/print';
import { formatDateTime } from '../../lib/time';
import { PassEditDialog } from './PassEditDialog';
import { PassPrint } from './PassPrint';
import { PassStatus } from './PassStatus';

// A pass under a renovation permit counts on the permit too.
const invalidates = ['passes:', 'renovations:', 'audit:', 'search:'];

/** One pass: holder, period, money, its return or revocation, the printable card and its history. */
export function PassDetail({ id, session, canRevoke }: { id: string; session: SessionView; canRevoke: boolean }) {
  const { t } = useTranslation();
  const tz = session.site.timeZone;
  const detail = useApiQuery('passes:get', { id });
  const revoke = useApiMutation('passes:revoke', invalidates);
  const [dialog, setDialog] = useState<'return' | 'edit' | 'revoke' | null>(null);
  const [printing, setPrinting] = useState(false);
  const p = detail.data;
  const print = () => {
    if (!p || p.voidedAt !== null) return;
    setPrinting(true);
    window.setTimeout(() => {
      void printDocument();
      invoke('passes:printed', { id: p.id }).catch((e) => showApiError(e));
    }, 50);
  };
  // Alt+R returns, Alt+E edits, Alt+V revokes (shown on the buttons), bound only while the pass offers them.
  const keyed = useRef<Partial<Record<'R' | 'E' | 'V', () => void>>>({});
  useHotkeys([
    ['mod+P', print],
    ['alt+R', () => keyed.current.R?.()],
    ['alt+E', () => keyed.current.E?.()],
    ['alt+V', () => keyed.current.V?.()],
  ]);
  keyed.current = {};
  if (!p) return null;
  const live = p.voidedAt === null;
  const f = (key: string) => t(`passes.fields.${key}`);
  const actions: ReactNode[] = [];
  if (live && p.status === 'issued') {
    keyed.current.R = () => setDialog('return');
    actions.push(
      <Button key="return" size="xs" onClick={() => setDialog('return')}>
        {`${t('passes.detail.return')} (Alt+R)`}
      </Button>,
    );
    keyed.current.E = () => setDialog('edit');
    actions.push(
      <Button key="edit" size="xs" variant="default" onClick={() => setDialog('edit')}>
        {`${t('passes.detail.edit')} (Alt+E)`}
      </Button>,
    );
    actions.push(
      <Button key="print" size="xs" variant="default" onClick={print}>
        {t('passes.detail.print')}
      </Button>,
    );
    if (canRevoke) {
      keyed.current.V = () => setDialog('revoke');
      actions.push(
        <Button key="revoke" size="xs" variant="subtle" onClick={() => setDialog('revoke')}>
          {`${t('passes.detail.revoke')} (Alt+V)`}
        </Button>,
      );
    }
  }
  return (
    <ScrollArea h="calc(100vh - 90px)" type="auto">
      <Stack gap="xs" pr="xs" aria-label={p.serialNo}>
        <Group gap="xs">
          <Title order={4}>{p.serialNo}</Title>
          <PassStatus pass={p} />
        </Group>
        <Group gap={6}>{actions}</Group>
        {!live && <Text c="red">{t('passes.detail.revoked', { reason: p.voidReason })}</Text>}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
          <DetailField label={f('kind')}>{t(labelKey('passes', 'kind', p.kind))}</DetailField>
          <DetailField label={f('holderName')}>{`${p.holderName} ${p.phone}`}</DetailField>
          <DetailField label={f('idNumber')}>
            {p.idType ? `${t(labelKey('passes', 'idType', p.idType))} ${p.idMasked}` : ''}
          </DetailField>
          <DetailField label={f('company')}>{p.company}</DetailField>
          <DetailField label={f('unit')}>{p.unit}</DetailField>
          {p.renovationSerialNo && <DetailField label={f('permit')}>{p.renovationSerialNo}</DetailField>}
          <DetailField label={f('vehiclePlate')}>{p.vehiclePlate}</DetailField>
          <DetailField label={f('period')}>{t('common.dateRange', { from: p.validFrom, to: p.validTo })}</DetailField>
          <DetailField label={f('issuedAt')}>{`${formatDateTime(p.issuedAt, tz)} ${p.clerkName}`}</DetailField>
          <DetailField label={f('deposit')}>{formatFen(p.depositFen)}</DetailField>
          <DetailField label={f('fee')}>{formatFen(p.feeFen)}</DetailField>
          {p.returnedAt !== null && (
            <DetailField label={f('returned')}>
              {`${formatDateTime(p.returnedAt, tz)} ${p.returnedByName ?? ''} · ${formatFen(p.refundFen)} ${p.returnNote}`}
            </DetailField>
          )}
        </SimpleGrid>
        <AuditHistory entity="passes" entityId={p.id} timeZone={tz} />
      </Stack>
      <ReturnDialog
        key={`return-${p.version}`}
        pass={p}
        opened={dialog === 'return'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          notifications.show({
            color: 'green',
            message: `${p.serialNo} ${t('passes.detail.done', { what: f('returned') })}`,
          });
        }}
      />
      <PassEditDialog
        pass={p}
        opened={dialog === 'edit'}
        onClose={() => setDialog(null)}
        onDone={(edited) => {
          setDialog(null);
          notifications.show({
            color: 'green',
            message: `${edited.serialNo} ${t('passes.detail.done', { what: t('passes.detail.edit') })}`,
          });
        }}
      />
      <VoidDialog
        opened={dialog === 'revoke'}
        title={t('passes.detail.revokeTitle', { serial: p.serialNo })}
        busy={revoke.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) => revoke.mutateAsync({ id: p.id, version: p.version, reason })}
      />
      {printing && <PassPrint pass={p} session={session} />}
    </ScrollArea>
  );
}

function ReturnDialog({
  pass,
  opened,
  onClose,
  onDone,
}: {
  pass: PassView;
  opened: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const back = useApiMutation('passes:return', invalidates);
  const form = useForm({ initialValues: { refund: '', note: '' } });
  const submit = () => {
    const checked = checkWith(returnPassInput, { ...form.getValues(), id: pass.id, version: pass.version });
    if (!checked.ok) return form.setErrors(checked.errors);
    back.mutate(checked.input, { onSuccess: onDone, onError: (e) => showApiError(e, form) });
  };
  const title = t('passes.returnDialog.title', { serial: pass.serialNo });
  return (
    <ModalForm
      opened={opened}
      title={title}
      dirty={form.isDirty()}
      onClose={onClose}
      onSubmit={submit}
      save={t('passes.returnDialog.save')}
      busy={back.isPending}
    >
      <Text size="sm">{t('passes.returnDialog.deposit', { amount: formatFen(pass.depositFen) })}</Text>
      <TextInput
        data-autofocus
        label={t('passes.fields.refund')}
        placeholder={t('passes.fields.refundHint')}
        {...field(form, 'refund')}
      />
      <TextInput label={t('passes.fields.note')} {...field(form, 'note')} />
    </ModalForm>
  );
}
