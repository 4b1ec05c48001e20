import { Alert, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../../shared/contract/roles';
import type { SessionView } from '../../../../shared/contract/session';
import { HqConnectionPanel } from '../hq/HqConnectionPanel';
import { SyncPanel } from '../sync/SyncPanel';
import { AuditPanel } from './AuditPanel';
import { BackupPanel } from './BackupPanel';
import { ClerksPanel } from './ClerksPanel';
import { ClosedDaysForm } from './ClosedDaysForm';
import { HoursPolicyPanel } from './HoursPolicyPanel';
import { ItemsPanel } from './ItemsPanel';
import { MoneyCeilingsForm } from './MoneyCeilingsForm';
import { PrintingForm } from './PrintingForm';
import { SiteForm } from './SiteForm';
import { SiteKindForm } from './SiteKindForm';

export function SettingsScreen({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const canEdit = hasRole(session.clerk.role, 'supervisor');
  return (
    <>
      <Title order={4} mb="xs">
        {t('settings.title')}
      </Title>
      {!canEdit && (
        <Alert color="gray" mb="xs" p="xs">
          {t('settings.supervisorOnly')}
        </Alert>
      )}
      <Tabs defaultValue="site" keepMounted={false}>
        <Tabs.List>
          {(
            ['site', 'counters', 'departments', 'shops', 'clerks', 'hours', 'backup', 'audit', 'sync', 'hq'] as const
          ).map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`settings.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="site" pt="sm">
          <SiteForm canEdit={canEdit} />
          <SiteKindForm canEdit={canEdit} />
          <PrintingForm canEdit={canEdit} />
        </Tabs.Panel>
        {(['counters', 'departments', 'shops'] as const).map((kind) => (
          <Tabs.Panel key={kind} value={kind} pt="sm">
            <ItemsPanel kind={kind} canEdit={canEdit} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="clerks" pt="sm">
          <ClerksPanel canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="hours" pt="sm">
          <HoursPolicyPanel canEdit={canEdit} />
          <ClosedDaysForm canEdit={canEdit} />
          <MoneyCeilingsForm canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="backup" pt="sm">
          <BackupPanel canEdit={canEdit} timeZone={session.site.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="sm">
          <AuditPanel canVerify={hasRole(session.clerk.role, 'lead')} />
        </Tabs.Panel>
        <Tabs.Panel value="sync" pt="sm">
          <SyncPanel canEdit={canEdit} timeZone={session.site.timeZone} />
        </Tabs.Panel>
        <Tabs.Panel value="hq" pt="sm">
          <HqConnectionPanel canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
