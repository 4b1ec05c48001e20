import { Box, Button, Group, NativeSelect, Paper, ScrollArea, Table, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { type InvoiceStatus, invoiceStatusValues } from '../../../../shared/contract/invoices';
import type { SessionView } from '../../../../shared/contract/session';
import { invoke } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { DayRangeFilter } from '../../components/DayRangeFilter';
import { FormModal } from '../../components/FormModal';
import { showApiError } from '../../lib/apiErrors';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { formatFen } from '../../lib/format';
import { formatDateTime, siteDay, siteDayRange, siteToday } from '../../lib/time';
import { InvoiceDetail } from './InvoiceDetail';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { InvoiceTotals } from './InvoiceTotals';

/** 开票申请: the list of requests for a date range beside the chosen one; a new request opens in a form (Alt+N). */
export function InvoicesScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const today = siteToday(timeZone);
  // The header badge opens /invoices/open: every request not yet issued, whatever its day.
  const [location, navigate] = useLocation();
  const openOnly = location === '/open';
  const [fromDay, setFromDay] = useState(openOnly ? '' : today);
  const [toDay, setToDay] = useState(openOnly ? '' : today);
  const [status, setStatus] = useState<InvoiceStatus | ''>(openOnly ? 'requested' : '');
  useEffect(() => {
    if (!openOnly) return;
    setFromDay('');
    setToDay('');
    setStatus('requested');
  }, [openOnly]);
  const [text, setText] = useState('');
  const [shopId, setShopId] = useState('');
  const shops = useApiQuery('settings:list', { kind: 'shops', includeInactive: true });
  const [formOpen, setFormOpen] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [showTotals, setShowTotals] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const range = siteDayRange(fromDay, toDay, timeZone);
  const list = useApiQuery('invoices:list', {
    from: range?.from ?? null,
    to: range?.to ?? null,
    status: status || null,
    shopId: shopId || null,
    text,
    limit: 200,
  });
  const selected = useApiQuery('invoices:get', { id: selectedId ?? '' }, { enabled: selectedId !== null }).data ?? null;
  // Search and a customer's history open /invoices/<id>: that request, selected in a list of every day and status.
  const routeId = !openOnly && location.length > 1 ? location.slice(1) : null;
  const routed = useApiQuery('invoices:get', { id: routeId ?? '' }, { enabled: routeId !== null });
  useEffect(() => {
    if (routeId) setSelectedId(routeId);
  }, [routeId]);
  // The list shows the record's own day, every status and shop, so the record is in it however old.
  useEffect(() => {
    if (!routed.data) return;
    const day = siteDay(routed.data.createdAt, timeZone);
    setFromDay(day);
    setToDay(day);
    setStatus('');
    setShopId('');
    setText('');
  }, [routed.data, timeZone]);
  // A row picked by hand leaves the record's route, so opening that record again from search shows it again.
  const pick = (id: string) => {
    setSelectedId(id);
    if (routeId) navigate('/');
  };
  useHotkeys([['alt+n', () => setFormOpen(true)]]);

  const exportRange = async () => {
    if (!range) return;
    try {
      const file = await invoke('invoices:export', range);
      downloadBase64(file.fileName, file.base64, XLSX_MIME);
      notifications.show({
        color: 'green',
        message: t('invoices.exported', { count: file.rowCount, file: file.fileName }),
      });
    } catch (e) {
      showApiError(e);
    }
  };

  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('invoices.title')}</Title>
        <Group gap="xs">
          <Button onClick={() => setFormOpen(true)}>{t('invoices.new')}</Button>
          <Button variant="default" disabled={!range} onClick={() => setShowTotals(true)}>
            {t('invoices.totals')}
          </Button>
          <Button variant="default" disabled={!range} onClick={exportRange}>
            {t('invoices.export')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" mb="xs" align="flex-end">
        <DayRangeFilter from={fromDay} to={toDay} onFrom={setFromDay} onTo={setToDay} />
        <NativeSelect
          size="xs"
          aria-label={t('invoices.fields.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as InvoiceStatus | '')}
          data={[
            { value: '', label: t('invoices.filters.all') },
            ...invoiceStatusValues.map((s) => ({ value: s, label: t(labelKey('invoices', 'status', s)) })),
          ]}
        />
        <NativeSelect
          size="xs"
          aria-label={t('invoices.fields.shop')}
          value={shopId}
          onChange={(e) => setShopId(e.currentTarget.value)}
          data={[
            { value: '', label: t('invoices.filters.allShops') },
            ...(shops.data ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
        <TextInput
          size="xs"
          w={300}
          placeholder={t('common.filterOrInitials', { fields: t('invoices.filters.text') })}
          aria-label={t('invoices.filters.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </Group>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Paper withBorder style={{ flex: 1, minWidth: 0 }}>
          <ScrollArea h={560}>
            <Table highlightOnHover fz="sm" verticalSpacing={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoices.fields.serialNo')}</Table.Th>
                  <Table.Th>{t('invoices.fields.createdAt')}</Table.Th>
                  <Table.Th>{t('invoices.fields.title')}</Table.Th>
                  <Table.Th>{t('invoices.fields.receiptNos')}</Table.Th>
                  <Table.Th ta="right">{t('invoices.fields.amount')}</Table.Th>
                  <Table.Th>{t('invoices.fields.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.rows.map((r) => (
                  <Table.Tr
                    key={r.id}
                    aria-selected={r.id === selectedId}
                    onClick={() => pick(r.id)}
                    bg={r.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                    style={{ cursor: 'pointer' }}
                  >
                    <Table.Td>{r.serialNo}</Table.Td>
                    <Table.Td>{formatDateTime(r.createdAt, timeZone)}</Table.Td>
                    <Table.Td>{r.title}</Table.Td>
                    <Table.Td>{r.receiptNos.join(', ')}</Table.Td>
                    <Table.Td ta="right">{formatFen(r.amountFen)}</Table.Td>
                    <Table.Td>
                      <InvoiceStatusBadge invoice={r} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {list.data?.rows.length === 0 && (
              <Text c="dimmed" size="sm" p="md">
                {t('invoices.empty')}
              </Text>
            )}
          </ScrollArea>
        </Paper>
        <Box w={430}>
          {selected ? (
            <InvoiceDetail key={selected.id} invoice={selected} timeZone={timeZone} role={session.clerk.role} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('invoices.pickDetail')}
            </Text>
          )}
        </Box>
      </Group>
      <FormModal
        opened={formOpen}
        title={t('invoices.new')}
        dirty={dirty}
        size={1000}
        onClose={() => {
          setFormOpen(false);
          setDirty(false);
        }}
      >
        <InvoiceForm
          today={today}
          onDirty={setDirty}
          onCancel={() => {
            setFormOpen(false);
            setDirty(false);
          }}
          onSaved={(saved) => {
            setSelectedId(saved.id);
            setDirty(false);
          }}
        />
      </FormModal>
      {showTotals && range && (
        <InvoiceTotals range={range} label={{ from: fromDay, to: toDay }} onClose={() => setShowTotals(false)} />
      )}
    </Box>
  );
}
