import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { MasterDetail, usePanels } from '../../components/MasterDetail';
import { HoldsPanel } from './HoldsPanel';
import { ReleaseDetail } from './ReleaseDetail';
import { ReleaseForm } from './ReleaseForm';
import { defaultReleaseFilters, type ReleaseFilters, ReleaseList } from './ReleaseList';

type Tab = 'all' | 'waiting' | 'holds';

/**
 * Master-detail: passes on the left (all, those waiting at the gate, the supervisor's unit notes), the issue form
 * or a pass on the right. `/waiting` and `/holds` are the tabs; `/<id>` opens a pass.
 */
export function ReleasesScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: Tab = first === 'waiting' || first === 'holds' ? first : 'all';
  const routeId = tab === 'all' && first ? first : null;
  const [filters, setFilters] = useState<ReleaseFilters>(defaultReleaseFilters);
  const panels = usePanels<'new'>('new');
  const { panel } = panels;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per record opened by its address
  useEffect(() => {
    if (routeId) panels.settle(panels.detail(routeId));
  }, [routeId]);
  const tz = session.site.timeZone;
  return (
    <MasterDetail<Tab>
      title={t('releases.title')}
      newLabel={t('releases.detail.new')}
      onNew={() => panels.switchTo(panels.form('new'))}
      tabs={[
        { value: 'all', label: t('releases.tabs.passes') },
        { value: 'waiting', label: t('releases.tabs.waiting') },
        { value: 'holds', label: t('releases.tabs.holds') },
      ]}
      tab={tab}
      onTab={(v) => navigate(v === 'all' ? '/' : `/${v}`)}
      side={
        panel.kind === 'form' ? (
          <ReleaseForm
            key={panel.key}
            timeZone={tz}
            onSaved={(pass) => panels.settle(panels.detail(pass.id))}
            onCancel={() => panels.settle(panels.form('new'))}
            onDirtyChange={panels.onDirtyChange}
          />
        ) : (
          <ReleaseDetail id={panel.id} session={session} canVoid={hasRole(session.clerk.role, 'lead')} />
        )
      }
      dialogs={panels.confirm}
      sideWidth={480}
    >
      {tab === 'holds' ? (
        <HoldsPanel canEdit={hasRole(session.clerk.role, 'supervisor')} />
      ) : (
        <ReleaseList
          onlyWaiting={tab === 'waiting'}
          timeZone={tz}
          filters={filters}
          selectedId={panel.kind === 'detail' ? panel.id : null}
          onFilters={setFilters}
          onOpen={(p) => panels.switchTo(panels.detail(p.id))}
        />
      )}
    </MasterDetail>
  );
}
