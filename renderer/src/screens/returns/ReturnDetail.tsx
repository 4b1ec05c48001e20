import { Alert, Badge, Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReturnView } from '../../../../shared/contract/returns';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { StatusBadge } from '../../components/StatusBadge';
import { formatFen } from '../../lib/format';
import { formatDateTime } from '../../lib/time';

interface ReturnDetailProps {
  id: string | null;
  timeZone: string;
  onClose(): void;
  onPrint(record: ReturnView): void;
}

function Item({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </div>
  );
}

/** One return or exchange in full: what was checked, who decided, the money, and its audit history. */
export function ReturnDetail({ id, timeZone, onClose, onPrint }: ReturnDetailProps) {
  const { t } = useTranslation();
  const query = useApiQuery('returns:get', { id: id ?? '' }, { enabled: id !== null });
  const r: ReturnView | undefined = id ? query.data : undefined;
  const yes = (v: boolean) => (v ? t('returns.detail.yes') : t('returns.detail.no'));
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size={560} title={t('returns.detail.title')}>
      {r && (
        <Stack gap="sm" aria-label={r.serialNo}>
          <Group justify="space-between">
            <Text fw={600} ff="monospace">
              {r.serialNo}
            </Text>
            <Group gap="xs">
              {r.voidedAt && <StatusBadge status="voided" reason={r.voidReason} />}
              <Badge variant="light" color={r.voidedAt ? 'gray' : 'blue'}>
                {t(labelKey('returns', 'kind', r.kind))}
              </Badge>
              <Button size="xs" variant="default" onClick={() => onPrint(r)}>
                {t('returns.print.action')}
              </Button>
            </Group>
          </Group>
          {r.voidedAt && (
            <Alert color="gray" p="xs">
              {t('returns.detail.voidedBy', {
                reason: r.voidReason ?? '',
                clerk: r.voidedByName ?? '',
                at: formatDateTime(r.voidedAt, timeZone),
              })}
            </Alert>
          )}
          {r.approvalStatus === 'pending' && (
            <Alert color="orange" p="xs">
              {t('returns.approval.pending')}
            </Alert>
          )}
          <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
            <Item label={t('returns.fields.customerName')} value={r.customerName} />
            <Item label={t('returns.fields.phone')} value={r.phone} />
            <Item label={t('returns.fields.shop')} value={r.shopName} />
            <Item label={t('returns.fields.receiptNo')} value={r.receiptNo} />
            <Item
              label={t('returns.fields.refundMethod')}
              value={r.refundMethod ? t(labelKey('returns', 'refundMethod', r.refundMethod)) : null}
            />
            <Item label={t('returns.fields.product')} value={r.product} />
            <Item label={t('returns.fields.specification')} value={r.specification} />
            <Item label={t('returns.fields.quantity')} value={r.quantity} />
            <Item label={t('returns.fields.purchaseDate')} value={r.purchaseDate} />
            <Item label={t('returns.fields.amount')} value={formatFen(r.amountFen)} />
            <Item label={t('returns.fields.createdAt')} value={formatDateTime(r.createdAt, timeZone)} />
            <Item label={t('returns.fields.hasReceipt')} value={yes(r.hasReceipt)} />
            <Item label={t('returns.fields.receiptMatches')} value={yes(r.receiptMatches)} />
            <Item label={t('returns.fields.packagingUnopened')} value={yes(r.packagingUnopened)} />
            <Item label={t('returns.fields.qualityProblem')} value={yes(r.qualityProblem)} />
            <Item label={t('returns.fields.pastShelfLife')} value={yes(r.pastShelfLife)} />
            <Item label={t('returns.fields.clerk')} value={r.clerkName} />
          </SimpleGrid>
          <Item label={t('returns.fields.reason')} value={r.reason} />
          {r.newProduct && (
            <SimpleGrid cols={3} spacing="xs">
              <Item label={t('returns.fields.newProduct')} value={r.newProduct} />
              <Item label={t('returns.fields.newSpecification')} value={r.newSpecification} />
              <Item
                label={t('returns.fields.newAmount')}
                value={r.newAmountFen === null ? null : formatFen(r.newAmountFen)}
              />
            </SimpleGrid>
          )}
          {r.differencePayer && (
            <Item
              label={t('returns.fields.differencePayer')}
              value={`${t(labelKey('returns', 'differencePayer', r.differencePayer))} ${formatFen(Math.abs(r.priceDifferenceFen))}`}
            />
          )}
          <Item
            label={t('returns.fields.verdict')}
            value={
              r.meetsPolicy
                ? t('returns.policy.meets')
                : [
                    t('returns.policy.fails'),
                    ...r.policyReasons.map((k) => t(k)),
                    r.exceptionReason ? `${t('returns.fields.exceptionReason')}：${r.exceptionReason}` : '',
                  ]
                    .filter(Boolean)
                    .join('；')
            }
          />
          {r.approvalStatus !== 'none' && (
            <Item
              label={t('returns.fields.approvalStatus')}
              value={[
                r.approvalStatus === 'approved'
                  ? t('returns.approval.approved', { name: r.decidedByName ?? '' })
                  : r.approvalStatus === 'rejected'
                    ? t('returns.approval.rejected', { name: r.decidedByName ?? '' })
                    : t('returns.approval.pending'),
                r.decisionNote ?? '',
              ]
                .filter(Boolean)
                .join('：')}
            />
          )}
          <AuditHistory entity="returnRequests" entityId={r.id} timeZone={timeZone} />
        </Stack>
      )}
    </Drawer>
  );
}
