import { Box, SegmentedControl, Stack, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { GiftFilter, GiftRecordKind } from '../../../../shared/contract/gifts';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { labelKey } from '../../app/labels';
import { LIST_HEIGHT, ListWithSide } from '../../components/ListWithSide';
import { CampaignsAdmin } from './CampaignsAdmin';
import { DrawForm } from './DrawForm';
import { GiftDetail } from './GiftDetail';
import { GiftList } from './GiftList';
import { LedgerPanel } from './LedgerPanel';
import { RedeemForm } from './RedeemForm';

type Tab = 'give' | 'ledger' | 'admin';

/** Routes inside /gifts: `/` redemptions and draws (list + form or detail), `/ledger`, `/admin`, `/<id>` (search). */
export function GiftsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = first === 'ledger' || first === 'admin' ? first : 'give';
  const routeId = tab === 'give' && first ? first : null;
  const [filter, setFilter] = useState<GiftFilter>(routeId ? 'all' : 'today');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId);
  const [kind, setKind] = useState<GiftRecordKind>('redemption');
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;
  useEffect(() => {
    if (!routeId) return;
    setOpenId(routeId);
    setFilter('all');
    setText('');
  }, [routeId]);
  const pick = (id: string) => {
    setOpenId(id);
    if (routeId) navigate('/');
  };
  const supervisor = hasRole(role, 'supervisor');
  return (
    <Box>
      <Title order={3} mb={4}>
        {t('gifts.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate(v === 'give' || !v ? '/' : `/${v}`)} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="give">{t('gifts.tabs.give')}</Tabs.Tab>
          <Tabs.Tab value="ledger">{t('gifts.tabs.ledger')}</Tabs.Tab>
          {supervisor && <Tabs.Tab value="admin">{t('gifts.tabs.admin')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="give">
          <ListWithSide
            list={
              <GiftList
                timeZone={timeZone}
                filter={filter}
                onFilter={setFilter}
                text={text}
                onText={setText}
                selectedId={openId}
                onOpen={pick}
                height={LIST_HEIGHT}
              />
            }
            side={
              openId ? (
                <GiftDetail
                  id={openId}
                  timeZone={timeZone}
                  role={role}
                  onClose={() => {
                    setOpenId(null);
                    if (routeId) navigate('/');
                  }}
                />
              ) : (
                <Stack gap={6}>
                  <SegmentedControl
                    aria-label={t('gifts.form.kind')}
                    value={kind}
                    onChange={(v) => setKind(v === 'draw' ? 'draw' : 'redemption')}
                    data={(['redemption', 'draw'] as const).map((k) => ({
                      value: k,
                      label: t(labelKey('gifts', 'recordKind', k)),
                    }))}
                  />
                  {kind === 'redemption' ? <RedeemForm /> : <DrawForm />}
                </Stack>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="ledger">
          <LedgerPanel session={session} />
        </Tabs.Panel>
        {supervisor && (
          <Tabs.Panel value="admin">
            <CampaignsAdmin />
          </Tabs.Panel>
        )}
      </Tabs>
    </Box>
  );
}
