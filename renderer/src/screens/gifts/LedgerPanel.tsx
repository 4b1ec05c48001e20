import { Button, Group, NativeSelect, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiftLedgerView } from '../../../../shared/contract/gifts';
import type { SessionView } from '../../../../shared/contract/session';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { LIST_HEIGHT, ListWithSide } from '../../components/ListWithSide';
import { formatDateTime } from '../../lib/time';
import { usePrintJob } from '../../lib/usePrintJob';
import { LedgerSheet } from './LedgerSheet';
import { StockForm } from './StockForm';

/** 赠品台账: a campaign's stock per gift and every movement; stock in and out beside it; the ledger prints on A4. */
export function LedgerPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const timeZone = session.site.timeZone;
  const campaigns = useApiQuery('gifts:campaigns', { includeInactive: true });
  const [chosen, setChosen] = useState('');
  const campaignId = chosen || campaigns.data?.[0]?.id || '';
  const ledger = useApiQuery('gifts:ledger', { campaignId }, { enabled: campaignId !== '' });
  const printer = usePrintJob<GiftLedgerView & { id: string }>('gifts:printed');
  const l = ledger.data;
  return (
    <>
      <ListWithSide
        list={
          <Stack gap={6}>
            <Group gap="xs" align="flex-end">
              <NativeSelect
                size="xs"
                label={t('gifts.fields.campaign')}
                value={campaignId}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
              {l && (
                <Button size="xs" variant="default" onClick={() => printer.print({ ...l, id: l.campaign.id })}>
                  {t('gifts.ledger.print')}
                </Button>
              )}
            </Group>
            {campaigns.isSuccess && (campaigns.data ?? []).length === 0 && (
              <Text c="dimmed" size="sm">
                {t('gifts.form.noCampaigns')}
              </Text>
            )}
            {l && (
              <ScrollArea h={LIST_HEIGHT}>
                <Table striped verticalSpacing={3} fz="sm" aria-label={t('gifts.ledger.stock')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('gifts.fields.gift')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.received')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.redeemed')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.prizes')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.sentBack')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.left')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {l.campaign.items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>{i.name}</Table.Td>
                        <Table.Td>{i.received}</Table.Td>
                        <Table.Td>{i.redeemed}</Table.Td>
                        <Table.Td>{i.prizes}</Table.Td>
                        <Table.Td>{i.sentBack}</Table.Td>
                        <Table.Td fw={600} c={i.stock <= 0 ? 'red' : undefined}>
                          {i.stock}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Table striped verticalSpacing={2} fz="sm" mt="sm" aria-label={t('gifts.ledger.moves')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('gifts.ledger.at')}</Table.Th>
                      <Table.Th>{t('gifts.fields.gift')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.kind')}</Table.Th>
                      <Table.Th>{t('gifts.fields.quantity')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.source')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.record')}</Table.Th>
                      <Table.Th>{t('gifts.ledger.clerk')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {l.moves.map((m) => (
                      <Table.Tr key={m.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.at, timeZone)}</Table.Td>
                        <Table.Td>{m.itemName}</Table.Td>
                        <Table.Td>{t(labelKey('gifts', 'moveKind', m.kind))}</Table.Td>
                        <Table.Td>{m.quantity}</Table.Td>
                        <Table.Td>{m.source}</Table.Td>
                        <Table.Td ff={m.serialNo ? 'monospace' : undefined} fz="xs">
                          {m.serialNo}
                        </Table.Td>
                        <Table.Td>{m.clerkName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            )}
          </Stack>
        }
        side={l ? <StockForm key={l.campaign.id} campaign={l.campaign} /> : null}
      />
      {printer.job && (
        <LedgerSheet
          key={printer.job.key}
          job={printer.job}
          siteName={session.site.name}
          clerkName={session.clerk.name}
          timeZone={timeZone}
        />
      )}
    </>
  );
}
