import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanView } from '../../../../shared/contract/loans';
import { formatMoney } from '../../../../shared/contract/money';
import { hasRole, type Role } from '../../../../shared/contract/roles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { VoidDialog } from '../../components/VoidDialog';
import { maskPhone } from '../../lib/format';
import { formatDateTime } from '../../lib/time';
import { LoanStateBadge } from './LoanStateBadge';
import { ReturnForm } from './ReturnForm';

interface LoanDetailProps {
  id: string;
  timeZone: string;
  role: Role;
  onPrint(loan: LoanView): void;
  onClose(): void;
}

/** One loan: the item, the borrower, the guarantee; the return form while it is out; how it came back. */
export function LoanDetail({ id, timeZone, role, onPrint, onClose }: LoanDetailProps) {
  const { t } = useTranslation();
  const loan = useApiQuery('loans:get', { id });
  const voidLoan = useApiMutation('loans:void', ['loans:', 'audit:']);
  const [voiding, setVoiding] = useState(false);
  const l = loan.data;
  if (!l) return null;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  const isOut = l.state === 'out' || l.state === 'overdue';
  return (
    <Stack gap={6} style={{ minWidth: 0 }} aria-label={l.serialNo}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} ff="monospace">
          {l.serialNo}
        </Title>
        <LoanStateBadge state={l.state} reason={l.voidReason} />
      </Group>
      <Text size="sm">
        {l.kindName} {l.itemCode} · {l.borrowerName} {maskPhone(l.phone)}
      </Text>
      <Text size="sm">
        {l.guarantee === 'deposit'
          ? t('loans.detail.guaranteeDeposit', { amount: formatMoney(l.depositFen) })
          : t('loans.detail.guaranteeId', {
              idType: l.idType ? t(labelKey('loans', 'idType', l.idType)) : '',
              id: l.idMasked,
            })}
      </Text>
      <Text size="sm">{t('loans.detail.lent', { at: at(l.lentAt), due: at(l.dueAt), clerk: l.clerkName })}</Text>
      {l.status === 'returned' && l.returnedAt !== null && (
        <Text size="sm">
          {t('loans.detail.returned', {
            at: at(l.returnedAt),
            fee: formatMoney(l.feeFen),
            refund: formatMoney(l.refundFen),
          })}
        </Text>
      )}
      {l.status === 'kept' && (
        <Text size="sm">{t('loans.detail.kept', { reason: l.keptReason, refund: formatMoney(l.refundFen) })}</Text>
      )}
      {isOut && <ReturnForm key={l.id} loan={l} />}
      <Group gap="xs" mt={4}>
        <Button size="xs" variant="default" onClick={() => onPrint(l)}>
          {t('loans.detail.reprint')}
        </Button>
        {isOut && hasRole(role, 'lead') && (
          <Button size="xs" color="red" variant="subtle" onClick={() => setVoiding(true)}>
            {t('loans.detail.void')}
          </Button>
        )}
        <Button size="xs" variant="subtle" ml="auto" onClick={onClose}>
          {t('loans.detail.close')}
        </Button>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <AuditHistory entity="loans" entityId={l.id} timeZone={timeZone} />
      </Box>
      <VoidDialog
        opened={voiding}
        title={t('loans.detail.voidTitle', { serial: l.serialNo })}
        busy={voidLoan.isPending}
        onClose={() => setVoiding(false)}
        onConfirm={(reason) =>
          voidLoan.mutateAsync({ id: l.id, version: l.version, reason }).then(() => {
            setVoiding(false);
            notifications.show({ color: 'green', message: t('loans.detail.voided') });
          })
        }
      />
    </Stack>
  );
}
