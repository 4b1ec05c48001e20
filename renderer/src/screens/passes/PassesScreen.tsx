import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { MasterDetail, usePanels } from '../../components/MasterDetail';
import { PassDetail } from './PassDetail';
import { PassForm } from './PassForm';
import { PassList, type PassTab } from './PassList';

/** Master-detail: passes on the left (all, out, expired), the issue form or a pass on the right; `/<id>` opens one. */
export function PassesScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const first = location.split('/').filter(Boolean)[0] ?? '';
  const tab: PassTab = first === 'out' || first === 'expired' ? first : 'all';
  const routeId = tab === 'all' && first ? first : null;
  const [filters, setFilters] = useState({ kind: '', text: '' });
  const panels = usePanels<'new'>('new');
  const { panel } = panels;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per record opened by its address
  useEffect(() => {
    if (routeId) panels.settle(panels.detail(routeId));
  }, [routeId]);
  return (
    <MasterDetail<PassTab>
      title={t('passes.title')}
      newLabel={t('passes.detail.new')}
      onNew={() => panels.switchTo(panels.form('new'))}
      tabs={[
        { value: 'all', label: t('passes.tabs.all') },
        { value: 'out', label: t('passes.tabs.out') },
        { value: 'expired', label: t('passes.tabs.expired') },
      ]}
      tab={tab}
      onTab={(v) => navigate(v === 'all' ? '/' : `/${v}`)}
      sideWidth={480}
      side={
        panel.kind === 'form' ? (
          <PassForm
            key={panel.key}
            timeZone={session.site.timeZone}
            onSaved={(pass) => panels.settle(panels.detail(pass.id))}
            onCancel={() => panels.settle(panels.form('new'))}
            onDirtyChange={panels.onDirtyChange}
          />
        ) : (
          <PassDetail id={panel.id} session={session} canRevoke={hasRole(session.clerk.role, 'lead')} />
        )
      }
      dialogs={panels.confirm}
    >
      <PassList
        tab={tab}
        filters={filters}
        selectedId={panel.kind === 'detail' ? panel.id : null}
        onFilters={setFilters}
        onOpen={(p) => panels.switchTo(panels.detail(p.id))}
      />
    </MasterDetail>
  );
}
