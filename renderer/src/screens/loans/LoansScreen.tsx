import { Box, Tabs, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { LoanFilter, LoanView } from '../../../../shared/contract/loans';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { LIST_HEIGHT, ListWithSide } from '../../components/ListWithSide';
import { usePrintJob } from '../../lib/usePrintJob';
import { LoanDetail } from './LoanDetail';
import { LoanForm } from './LoanForm';
import { LoanList } from './LoanList';
import { LoanSlip } from './LoanSlip';
import { LoansAdmin } from './LoansAdmin';

/** Routes inside /loans: `/` loans (list + lend form or detail), `/admin` (supervisor), `/overdue`, `/<id>` (search). */
export function LoansScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab = first === 'admin' ? 'admin' : 'loans';
  const routeId = tab === 'loans' && first && first !== 'overdue' ? first : null;
  const [filter, setFilter] = useState<LoanFilter>(first === 'overdue' ? 'overdue' : routeId ? 'all' : 'out');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(routeId);
  const printer = usePrintJob<LoanView>('loans:printed');
  const timeZone = session.site.timeZone;
  const role = session.clerk.role;
  // A loan opened by id (search, a customer's history) shows beside the full list, whatever its state.
  useEffect(() => {
    if (!routeId) return;
    setOpenId(routeId);
    setFilter('all');
    setText('');
  }, [routeId]);
  // A row picked by hand leaves the record's route, so opening that record again from search shows it again.
  const pick = (id: string) => {
    setOpenId(id);
    if (routeId) navigate('/');
  };
  useEffect(() => {
    if (first === 'overdue') setFilter('overdue');
  }, [first]);
  return (
    <Box>
      <Title order={3} mb={4}>
        {t('loans.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => navigate(v === 'admin' ? '/admin' : '/')} keepMounted={false}>
        <Tabs.List mb={6}>
          <Tabs.Tab value="loans">{t('loans.tabs.loans')}</Tabs.Tab>
          {hasRole(role, 'supervisor') && <Tabs.Tab value="admin">{t('loans.tabs.admin')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="loans">
          <ListWithSide
            list={
              <LoanList
                timeZone={timeZone}
                filter={filter}
                selectedId={openId}
                height={LIST_HEIGHT}
                onFilter={setFilter}
                onOpen={pick}
                text={text}
                onText={setText}
              />
            }
            side={
              openId ? (
                <LoanDetail
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
                <LoanForm timeZone={timeZone} onLent={printer.print} />
              )
            }
          />
        </Tabs.Panel>
        {hasRole(role, 'supervisor') && (
          <Tabs.Panel value="admin">
            <LoansAdmin />
          </Tabs.Panel>
        )}
      </Tabs>
      {printer.job && (
        <LoanSlip
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
