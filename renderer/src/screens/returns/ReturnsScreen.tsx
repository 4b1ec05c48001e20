import {
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  ScrollArea,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ReturnKind, ReturnView } from '../../../../shared/contract/returns';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { DayRangeFilter } from '../../components/DayRangeFilter';
import { FormModal } from '../../components/FormModal';
import { StatusBadge } from '../../components/StatusBadge';
import { VoidDialog } from '../../components/VoidDialog';
import { showApiError } from '../../lib/apiErrors';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { formatFen } from '../../lib/format';
import { formatDateTime, siteDay, siteDayRange, siteToday } from '../../lib/time';
import { usePrintJob } from '../../lib/usePrintJob';
import { DecideReturnDialog } from './DecideReturnDialog';
import { ReturnDetail } from './ReturnDetail';
import { ReturnForm } from './ReturnForm';
import { ReturnPrint } from './ReturnPrint';

/** 退换货汇总表: filter by dates, type, shop or text; export what is shown; register a new one in a form (Alt+N). */
export function ReturnsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const today = siteToday(timeZone);
  const [fromDay, setFromDay] = useState(today);
  const [toDay, setToDay] = useState(today);
  const [kind, setKind] = useState<ReturnKind | ''>('');
  const [text, setText] = useState('');
  const [shopId, setShopId] = useState('');
  const [pendingOnly, setPendingOnly] = useState(false);
  const [deciding, setDeciding] = useState<ReturnView | null>(null);
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: true });
  const [formOpen, setFormOpen] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [voiding, setVoiding] = useState<ReturnView | null>(null);
  const voidReturn = useApiMutation('returns:void', ['returns:', 'audit:']);
  const printer = usePrintJob<ReturnView>('returns:printed');
  const range = siteDayRange(fromDay, toDay, timeZone);
  const filter = {
    from: range?.from ?? null,
    to: range?.to ?? null,
    kind: kind || null,
    shopId: shopId || null,
    pendingOnly,
    text,
  };
  const list = useApiQuery('returns:list', filter);
  const pending = useApiQuery('returns:list', { pendingOnly: true, includeVoided: false, limit: 1000 });
  const pendingCount = pending.data?.rows.length ?? 0;
  useHotkeys([['alt+n', () => setFormOpen(true)]]);
  // Search and a customer's history open /returns/<id>: that record's detail, over a list of its own day.
  const [location, navigate] = useLocation();
  const routeId = location.length > 1 ? location.slice(1) : null;
  const [openId, setOpenId] = useState<string | null>(routeId);
  const routed = useApiQuery('returns:get', { id: routeId ?? '' }, { enabled: routeId !== null });
  useEffect(() => {
    if (routeId) setOpenId(routeId);
  }, [routeId]);
  useEffect(() => {
    if (!routed.data) return;
    const day = siteDay(routed.data.createdAt, timeZone);
    setFromDay(day);
    setToDay(day);
    setKind('');
    setShopId('');
    setPendingOnly(false);
    setText('');
  }, [routed.data, timeZone]);
  const closeDetail = () => {
    setOpenId(null);
    if (routeId) navigate('/');
  };
  const close = () => {
    setFormOpen(false);
    setDirty(false);
  };

  const exportList = async () => {
    try {
      const file = await invoke('returns:export', filter);
      downloadBase64(file.fileName, file.base64, XLSX_MIME);
      notifications.show({
        color: 'green',
        message: t('returns.exported', { count: file.rowCount, file: file.fileName }),
      });
    } catch (e) {
      showApiError(e);
    }
  };

  const verdictText = (r: ReturnView) => {
    if (r.approvalStatus === 'pending') return <Badge color="orange">{t('returns.approval.pending')}</Badge>;
    if (r.approvalStatus === 'approved') return t('returns.approval.approved', { name: r.decidedByName ?? '' });
    if (r.approvalStatus === 'rejected')
      return (
        <Text size="sm" c="red" title={r.decisionNote ?? ''}>
          {t('returns.approval.rejected', { name: r.decidedByName ?? '' })}
        </Text>
      );
    return r.meetsPolicy
      ? t('returns.policy.meets')
      : t('returns.policy.exception', { name: r.exceptionApproverName ?? '' });
  };

  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={3}>{t('returns.title')}</Title>
          {pendingCount > 0 && (
            <Badge color="orange" style={{ cursor: 'pointer' }} onClick={() => setPendingOnly(true)}>
              {t('returns.approval.pendingCount', { count: pendingCount })}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          <Button onClick={() => setFormOpen(true)}>{t('returns.new')}</Button>
          <Button variant="default" onClick={exportList}>
            {t('returns.export')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" mb="xs">
        <DayRangeFilter from={fromDay} to={toDay} onFrom={setFromDay} onTo={setToDay} />
        <NativeSelect
          size="xs"
          aria-label={t('returns.fields.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ReturnKind | '')}
          data={[
            { value: '', label: t('returns.filters.allKinds') },
            ...(['return', 'exchange'] as const).map((k) => ({ value: k, label: t(labelKey('returns', 'kind', k)) })),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('returns.fields.shop')}
          value={shopId}
          onChange={(e) => setShopId(e.currentTarget.value)}
          data={[
            { value: '', label: t('returns.filters.allShops') },
            ...(shops.data ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <Checkbox
          size="xs"
          label={t('returns.filters.pendingOnly')}
          checked={pendingOnly}
          onChange={(e) => setPendingOnly(e.currentTarget.checked)}
        />
        <TextInput
          size="xs"
          w={300}
          placeholder={t('common.filterOrInitials', { fields: t('returns.filters.text') })}
          aria-label={t('returns.filters.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {list.data && (
          <Text size="sm" c="dimmed">
            {t('returns.totals', {
              refund: formatFen(list.data.refundFen),
              difference: formatFen(list.data.differenceFen),
            })}
          </Text>
        )}
      </Group>
      <Paper withBorder>
        <ScrollArea h={580}>
          <Table highlightOnHover fz="sm" verticalSpacing={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
            <Table.Thead>
              <Table.Tr>
                {(
                  [
                    'serialNo',
                    'createdAt',
                    'kind',
                    'customerName',
                    'product',
                    'specification',
                    'quantity',
                    'amount',
                    'purchaseDate',
                    'reason',
                    'verdict',
                    'difference',
                  ] as const
                ).map((k) => (
                  <Table.Th key={k} ta={k === 'amount' || k === 'difference' || k === 'quantity' ? 'right' : undefined}>
                    {t(`returns.fields.${k}`)}
                  </Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  td={r.voidedAt ? 'line-through' : undefined}
                  aria-selected={r.id === openId}
                  bg={r.id === openId ? 'var(--mantine-color-blue-light)' : undefined}
                  style={{ cursor: 'pointer' }}
                  tabIndex={0}
                  onClick={(e) => {
                    if ((e.target as HTMLElement).closest('button')) return;
                    setOpenId(r.id);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && e.target === e.currentTarget) setOpenId(r.id);
                  }}
                >
                  <Table.Td>
                    {r.serialNo}
                    {r.receiptNo && (
                      <Text size="xs" c="dimmed" title={t('returns.fields.receiptNo')}>
                        {r.receiptNo}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(r.createdAt, timeZone)}</Table.Td>
                  <Table.Td>{t(labelKey('returns', 'kind', r.kind))}</Table.Td>
                  <Table.Td>{r.customerName}</Table.Td>
                  <Table.Td>{r.newProduct ? `${r.product} → ${r.newProduct}` : r.product}</Table.Td>
                  <Table.Td>{r.specification}</Table.Td>
                  <Table.Td ta="right">{r.quantity}</Table.Td>
                  <Table.Td ta="right">{formatFen(r.amountFen)}</Table.Td>
                  <Table.Td>{r.purchaseDate}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                  <Table.Td>
                    {r.voidedAt ? <StatusBadge status="voided" reason={r.voidReason} /> : verdictText(r)}
                  </Table.Td>
                  <Table.Td ta="right">{r.priceDifferenceFen ? formatFen(r.priceDifferenceFen) : ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {!r.voidedAt && r.approvalStatus === 'pending' && (
                      <Button size="compact-xs" variant="light" color="orange" onClick={() => setDeciding(r)}>
                        {t('returns.approval.decide')}
                      </Button>
                    )}
                    {!r.voidedAt && hasRole(session.clerk.role, 'lead') && (
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(r)}>
                        {t('returns.actions.void')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {list.data?.rows.length === 0 && (
            <Text c="dimmed" size="sm" p="md">
              {t('returns.empty')}
            </Text>
          )}
        </ScrollArea>
      </Paper>
      <FormModal opened={formOpen} title={t('returns.new')} dirty={dirty} size={1000} onClose={close}>
        <ReturnForm today={today} onDirty={setDirty} onCancel={close} onSaved={() => setDirty(false)} />
      </FormModal>
      <ReturnDetail id={openId} timeZone={timeZone} onClose={closeDetail} onPrint={printer.print} />
      {printer.job && (
        <ReturnPrint
          key={printer.job.key}
          job={printer.job}
          siteName={session.site.name}
          clerkName={session.clerk.name}
          timeZone={timeZone}
        />
      )}
      <DecideReturnDialog request={deciding} onClose={() => setDeciding(null)} />
      <VoidDialog
        opened={voiding !== null}
        title={t('returns.voidTitle', { serial: voiding?.serialNo ?? '' })}
        busy={voidReturn.isPending}
        onClose={() => setVoiding(null)}
        onConfirm={(reason) =>
          voidReturn.mutateAsync({ id: voiding?.id ?? '', version: voiding?.version ?? 0, reason }).then((v) => {
            notifications.show({ color: 'green', message: t('returns.voided', { serial: v.serialNo }) });
            setVoiding(null);
          })
        }
      />
    </Box>
  );
}
