import { Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeliveryMethod, type InvoiceView, invoiceNumberProblem } from '../../../../shared/contract/invoices';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { VoidDialog } from '../../components/VoidDialog';
import { translateMessage } from '../../i18n';
import { showApiError } from '../../lib/apiErrors';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

interface InvoiceDetailProps {
  invoice: InvoiceView;
  timeZone: string;
  role: Role;
}

/** One request and the next step of its flow: issue (code and number), deliver, or void (lead and up). */
export function InvoiceDetail({ invoice, timeZone, role }: InvoiceDetailProps) {
  const { t } = useTranslation();
  const issue = useApiMutation('invoices:issue', ['invoices:', 'audit:']);
  const deliver = useApiMutation('invoices:deliver', ['invoices:', 'audit:']);
  const voidInvoice = useApiMutation('invoices:void', ['invoices:', 'audit:']);
  const [dialog, setDialog] = useState<'issue' | 'deliver' | 'void' | null>(null);
  const [code, setCode] = useState('');
  const [number, setNumber] = useState('');
  const [method, setMethod] = useState<DeliveryMethod>(invoice.medium === 'electronic' ? 'emailed' : 'handed');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const serial = invoice.serialNo;
  // An electronic invoice is issued today as a 数电票: a 20-digit number and no invoice code to ask for.
  const digital = invoice.medium === 'electronic';
  const rows: [string, string][] = [
    [t('invoices.fields.receiptNos'), invoice.receiptNos.join(', ')],
    [t('invoices.fields.shop'), invoice.shopName],
    [t('invoices.fields.purchaseDate'), invoice.purchaseDate],
    [t('invoices.fields.amount'), formatFen(invoice.amountFen)],
    [
      t('invoices.fields.kind'),
      `${t(labelKey('invoices', 'kind', invoice.kind))} · ${t(labelKey('invoices', 'medium', invoice.medium))}`,
    ],
    [t('invoices.fields.title'), `${invoice.title}（${t(labelKey('invoices', 'buyerType', invoice.buyerType))}）`],
    [t('invoices.fields.taxpayerId'), invoice.taxpayerId],
    [t('invoices.fields.email'), invoice.email],
    invoice.kind === 'vat_special'
      ? [t('invoices.fields.address'), [invoice.address, invoice.phone].filter(Boolean).join(' ')]
      : [t('invoices.fields.buyerPhone'), invoice.phone],
    [t('invoices.fields.bank'), [invoice.bank, invoice.account].filter(Boolean).join(' ')],
    invoice.invoiceCode
      ? [t('invoices.fields.invoiceCode'), `${invoice.invoiceCode} / ${invoice.invoiceNo ?? ''}`]
      : [t('invoices.fields.invoiceNo'), invoice.invoiceNo ?? ''],
    [
      t('invoices.fields.method'),
      invoice.deliveryMethod ? t(labelKey('invoices', 'deliveryMethod', invoice.deliveryMethod)) : '',
    ],
    [t('invoices.fields.createdAt'), `${formatDateTime(invoice.createdAt, timeZone)} · ${invoice.clerkName}`],
  ];
  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.data.field)
      setErrors({ [e.data.field]: translateMessage(e.data.messageKey, e.data.params) });
    else showApiError(e);
  };
  const done = (key: string) => () => {
    notifications.show({ color: 'green', message: t(key, { serial }) });
    setDialog(null);
    setErrors({});
  };

  return (
    <Paper withBorder p="sm" aria-label={invoice.serialNo}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{serial}</Title>
          <InvoiceStatusBadge invoice={invoice} />
        </Group>
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {rows
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Td c="dimmed" w={110}>
                    {label}
                  </Table.Td>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs">
          {invoice.status === 'requested' && (
            <Button onClick={() => setDialog('issue')}>{t('invoices.actions.issue')}</Button>
          )}
          {invoice.status === 'issued' && (
            <Button onClick={() => setDialog('deliver')}>{t('invoices.actions.deliver')}</Button>
          )}
          {invoice.status !== 'voided' && hasRole(role, 'lead') && (
            <Button color="red" variant="light" onClick={() => setDialog('void')}>
              {t('invoices.actions.void')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={dialog === 'issue'} onClose={() => setDialog(null)} title={t('invoices.issueTitle', { serial })}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const problem = invoiceNumberProblem(invoice.medium, digital ? '' : code, number);
            if (problem) {
              setErrors({ [problem.field]: translateMessage(problem.messageKey) });
              return;
            }
            issue.mutate(
              { id: invoice.id, version: invoice.version, invoiceCode: digital ? '' : code, invoiceNo: number },
              { onSuccess: done('invoices.issued'), onError: fail },
            );
          }}
        >
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t(digital ? 'invoices.issueDigitalHint' : 'invoices.issuePaperHint')}
            </Text>
            {!digital && (
              <TextInput
                data-autofocus
                label={t('invoices.fields.invoiceCode')}
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={errors.invoiceCode}
              />
            )}
            <TextInput
              data-autofocus={digital || undefined}
              inputMode="numeric"
              label={t('invoices.fields.invoiceNo')}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={errors.invoiceNo}
            />
            <Button type="submit" loading={issue.isPending}>
              {t('invoices.actions.save')}
            </Button>
          </Stack>
        </form>
      </Modal>
      <Modal
        opened={dialog === 'deliver'}
        onClose={() => setDialog(null)}
        title={t('invoices.deliverTitle', { serial })}
      >
        <Stack gap="xs">
          <SegmentedControl
            value={method}
            onChange={(v) => setMethod(v as DeliveryMethod)}
            data={(['handed', 'emailed'] as const).map((m) => ({
              value: m,
              label: t(labelKey('invoices', 'deliveryMethod', m)),
            }))}
          />
          {errors.method && (
            <Text c="red" size="sm">
              {errors.method}
            </Text>
          )}
          <Button
            data-autofocus
            loading={deliver.isPending}
            onClick={() =>
              deliver.mutate(
                { id: invoice.id, version: invoice.version, method },
                { onSuccess: done('invoices.delivered'), onError: fail },
              )
            }
          >
            {t('invoices.actions.deliver')}
          </Button>
        </Stack>
      </Modal>
      <VoidDialog
        opened={dialog === 'void'}
        title={t('invoices.voidTitle', { serial })}
        busy={voidInvoice.isPending}
        onClose={() => setDialog(null)}
        onConfirm={(reason) =>
          voidInvoice.mutateAsync({ id: invoice.id, version: invoice.version, reason }).then(done('invoices.voided'))
        }
      />
    </Paper>
  );
}
