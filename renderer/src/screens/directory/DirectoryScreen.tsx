import { Box, Button, Group, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { DirectoryAnswerView, DirectoryShopView } from '../../../../shared/contract/directory';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { LIST_HEIGHT, ListWithSide } from '../../components/ListWithSide';
import { type RecordColumn, RecordList } from '../../components/RecordList';
import { StatusBadge } from '../../components/StatusBadge';
import { AnswerDetail } from './AnswerDetail';
import { AnswerForm } from './AnswerForm';
import { hoursText, openNow } from './hours';
import { ShopDetail } from './ShopDetail';
import { ShopForm } from './ShopForm';

type Tab = 'shops' | 'answers';
type Editing =
  | { kind: 'shop'; shop: DirectoryShopView | 'new' }
  | { kind: 'answer'; answer: DirectoryAnswerView | 'new' };

/** Routes inside /directory: `/` shops, `/answers`, `/<id>` a shop or an answer opened from search. */
export function DirectoryScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const routeId = first && first !== 'answers' ? first : null;
  const [tab, setTab] = useState<Tab>(first === 'answers' ? 'answers' : 'shops');
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text, 200);
  const [openId, setOpenId] = useState<string | null>(routeId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const directory = useApiQuery('directory:list', { text: routeId ? '' : debounced });
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;
  const shops = directory.data?.shops ?? [];
  const answers = directory.data?.answers ?? [];
  // A record opened by id (search): shown on its own tab beside the whole directory.
  useEffect(() => {
    if (!routeId) return;
    setOpenId(routeId);
    setText('');
  }, [routeId]);
  useEffect(() => {
    if (!routeId || !directory.data) return;
    if (directory.data.answers.some((a) => a.id === routeId)) setTab('answers');
    else if (directory.data.shops.some((s) => s.id === routeId)) setTab('shops');
  }, [routeId, directory.data]);
  const pick = (id: string) => {
    setOpenId(id);
    if (routeId) navigate('/');
  };
  const close = () => {
    setOpenId(null);
    if (routeId) navigate('/');
  };
  const openShop = tab === 'shops' ? shops.find((s) => s.id === openId) : undefined;
  const openAnswer = tab === 'answers' ? answers.find((a) => a.id === openId) : undefined;
  const now = Date.now();
  const shopColumns: RecordColumn<DirectoryShopView>[] = [
    { header: t('directory.fields.name'), cell: (s) => s.name },
    { header: t('directory.list.place'), nowrap: true, cell: (s) => `${s.floor} ${s.unitNo}` },
    { header: t('directory.fields.category'), cell: (s) => t(labelKey('directory', 'category', s.category)) },
    { header: t('directory.fields.hours'), nowrap: true, cell: (s) => hoursText(t, s) },
    {
      header: t('directory.fields.phone'),
      nowrap: true,
      cell: (s) => s.phone,
    },
    {
      header: '',
      nowrap: true,
      minWidth: 70,
      cell: (s) => {
        const open = openNow(s, now, timeZone);
        if (open === null) return null;
        return open ? (
          <StatusBadge status="open" label={t('directory.hit.open')} />
        ) : (
          <StatusBadge status="done" label={t('directory.hit.closed')} />
        );
      },
    },
  ];
  const answerColumns: RecordColumn<DirectoryAnswerView>[] = [
    { header: t('directory.fields.title'), nowrap: true, cell: (a) => a.title },
    {
      header: t('directory.fields.body'),
      cell: (a) => (
        <Text size="sm" lineClamp={1}>
          {a.body}
        </Text>
      ),
    },
  ];
  const side = openShop ? (
    <ShopDetail
      key={`${openShop.id}-${openShop.version}`}
      shop={openShop}
      role={role}
      timeZone={timeZone}
      onEdit={() => setEditing({ kind: 'shop', shop: openShop })}
      onClose={close}
    />
  ) : openAnswer ? (
    <AnswerDetail
      key={`${openAnswer.id}-${openAnswer.version}`}
      answer={openAnswer}
      role={role}
      timeZone={timeZone}
      onEdit={() => setEditing({ kind: 'answer', answer: openAnswer })}
      onClose={close}
    />
  ) : (
    <Text size="sm" c="dimmed">
      {t('directory.list.pick')}
    </Text>
  );
  return (
    <Box>
      <Group justify="space-between" mb={4}>
        <Title order={3}>{t('directory.title')}</Title>
        {hasRole(role, 'supervisor') && (
          <Group gap="xs">
            <Button size="xs" onClick={() => setEditing({ kind: 'shop', shop: 'new' })}>
              {t('directory.form.addShop')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'answer', answer: 'new' })}>
              {t('directory.form.addAnswer')}
            </Button>
          </Group>
        )}
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => {
          setTab(v === 'answers' ? 'answers' : 'shops');
          setOpenId(null);
          navigate(v === 'answers' ? '/answers' : '/');
        }}
      >
        <Tabs.List mb={6}>
          <Tabs.Tab value="shops">{t('directory.tabs.shops')}</Tabs.Tab>
          <Tabs.Tab value="answers">{t('directory.tabs.answers')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <ListWithSide
        list={
          tab === 'shops' ? (
            <RecordList
              rows={shops}
              loaded={directory.isSuccess}
              columns={shopColumns}
              search={{ label: t('directory.list.search'), value: text, onChange: setText }}
              selectedId={openId}
              onOpen={pick}
              height={LIST_HEIGHT}
              empty={t('directory.list.emptyShops')}
            />
          ) : (
            <RecordList
              rows={answers}
              loaded={directory.isSuccess}
              columns={answerColumns}
              search={{ label: t('directory.list.searchAnswers'), value: text, onChange: setText }}
              selectedId={openId}
              onOpen={pick}
              height={LIST_HEIGHT}
              empty={t('directory.list.emptyAnswers')}
            />
          )
        }
        side={side}
      />
      {editing?.kind === 'shop' && (
        <ShopForm
          shop={editing.shop}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setTab('shops');
            setOpenId(saved.id);
          }}
        />
      )}
      {editing?.kind === 'answer' && (
        <AnswerForm
          answer={editing.answer}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setTab('answers');
            setOpenId(saved.id);
          }}
        />
      )}
    </Box>
  );
}
