import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { RenovationView } from '../../../../shared/contract/renovations';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { MasterDetail, usePanels } from '../../components/MasterDetail';
import { usePrintJob } from '../../lib/usePrintJob';
import { ChecklistPanel } from './ChecklistPanel';
import { RenovationDetail } from './RenovationDetail';
import { RenovationForm } from './RenovationForm';
import { RenovationList, type RenovationTab } from './RenovationList';
import { RenovationPrint } from './RenovationPrint';

type Tab = RenovationTab | 'checklist';
const tabs: readonly Tab[] = ['all', 'pending', 'works', 'checklist'];

/** Master-detail: applications on the left (all, awaiting approval, works under way), the form or one on the right. */
export function RenovationsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = tabs.find((v) => v !== 'all' && v === first) ?? 'all';
  const routeId = tab === 'all' && first ? first : null;
  const [text, setText] = useState('');
  const panels = usePanels<'new'>('new');
  const printer = usePrintJob<RenovationView>('renovations:printed');
  const { panel } = panels;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per record opened by its address
  useEffect(() => {
    if (routeId) panels.settle(panels.detail(routeId));
  }, [routeId]);
  return (
    <MasterDetail<Tab>
      title={t('renovations.title')}
      newLabel={t('renovations.detail.new')}
      onNew={() => panels.switchTo(panels.form('new'))}
      tabs={tabs.map((value) => ({ value, label: t(`renovations.tabs.${value}`) }))}
      tab={tab}
      onTab={(v) => navigate(v === 'all' ? '/' : `/${v}`)}
      sideWidth={500}
      side={
        panel.kind === 'form' ? (
          <RenovationForm
            key={panel.key}
            timeZone={session.site.timeZone}
            onSaved={(permit) => panels.settle(panels.detail(permit.id))}
            onCancel={() => panels.settle(panels.form('new'))}
            onDirtyChange={panels.onDirtyChange}
          />
        ) : (
          <RenovationDetail id={panel.id} session={session} onPrint={printer.print} />
        )
      }
      dialogs={
        <>
          {panels.confirm}
          {printer.job && (
            <RenovationPrint
              key={printer.job.key}
              job={printer.job}
              siteName={session.site.name}
              clerkName={session.clerk.name}
              timeZone={session.site.timeZone}
            />
          )}
        </>
      }
    >
      {tab === 'checklist' ? (
        <ChecklistPanel canEdit={hasRole(session.clerk.role, 'supervisor')} />
      ) : (
        <RenovationList
          tab={tab}
          text={text}
          selectedId={panel.kind === 'detail' ? panel.id : null}
          onText={setText}
          onOpen={(r) => panels.switchTo(panels.detail(r.id))}
        />
      )}
    </MasterDetail>
  );
}
