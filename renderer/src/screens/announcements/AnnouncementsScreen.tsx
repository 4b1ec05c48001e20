import { Box, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AnnouncementFilter, AnnouncementView } from '../../../../shared/contract/announcements';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { LIST_HEIGHT, ListWithSide } from '../../components/ListWithSide';
import { usePrintJob } from '../../lib/usePrintJob';
import { AnnouncementDetail } from './AnnouncementDetail';
import { AnnouncementForm } from './AnnouncementForm';
import { AnnouncementList } from './AnnouncementList';
import { LostChildBanner } from './LostChildBanner';
import { LostChildRecord } from './LostChildRecord';
import { TemplatesAdmin } from './TemplatesAdmin';

/** Routes inside /announcements: `/` (list + form or detail), `/templates` (supervisor), `/open`, `/<id>` (search). */
export function AnnouncementsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab = first === 'templates' ? 'templates' : 'log';
  const routeId = tab === 'log' && first && first !== 'open' ? first : null;
  const [filter, setFilter] = useState<AnnouncementFilter>(first === 'open' ? 'open' : 'today');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId);
  const printer = usePrintJob<AnnouncementView>('announcements:printed');
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;
  useEffect(() => {
    if (routeId) setOpenId(routeId);
  }, [routeId]);
  useEffect(() => {
    if (first === 'open') setFilter('open');
  }, [first]);
  return (
    <Box>
      <Title order={3} mb={4}>
        {t('announcements.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate(v === 'templates' ? '/templates' : '/')} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="log">{t('announcements.tabs.log')}</Tabs.Tab>
          {hasRole(role, 'supervisor') && <Tabs.Tab value="templates">{t('announcements.tabs.templates')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="log">
          <LostChildBanner timeZone={timeZone} onOpen={setOpenId} />
          <ListWithSide
            list={
              <AnnouncementList
                timeZone={timeZone}
                filter={filter}
                selectedId={openId}
                height={LIST_HEIGHT}
                onFilter={setFilter}
                onOpen={setOpenId}
                text={text}
                onText={setText}
              />
            }
            side={
              openId ? (
                <AnnouncementDetail
                  id={openId}
                  timeZone={timeZone}
                  role={role}
                  onPrint={printer.print}
                  onClose={() => {
                    setOpenId(null);
                    if (routeId) navigate('/');
                  }}
                />
              ) : (
                <AnnouncementForm onLogged={(item) => item.kind === 'lost_child' && setOpenId(item.id)} />
              )
            }
          />
        </Tabs.Panel>
        {hasRole(role, 'supervisor') && (
          <Tabs.Panel value="templates">
            <TemplatesAdmin />
          </Tabs.Panel>
        )}
      </Tabs>
      {printer.job && (
        <LostChildRecord
          key={printer.job.key}
          job={printer.job}
          siteName={session.site.name}
          clerkName={session.clerk.name}
          timeZone={timeZone}
        />
      )}
    </Box>
  );
}
