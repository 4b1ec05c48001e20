import { Alert, Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { VisitView } from '../../../../shared/contract/reception';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey } from '../../app/labels';
import { AuditHistory } from '../../components/AuditHistory';
import { FormModal } from '../../components/FormModal';
import { VoidDialog } from '../../components/VoidDialog';
import { formatDateTime } from '../../lib/time';
import { CustomerFileButton } from '../customers/CustomerFileButton';
import { VisitForm } from './VisitForm';
import { VisitStatus } from './VisitList';

interface VisitDetailProps {
  visitId: string | null;
  timeZone: string;
  canVoid: boolean;
  onClose(): void;
  onSignOut(visit: VisitView): void;
}

function Item({ label, value }: { label: string; value: string | number | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value === null || value === undefined || value === '' ? '—' : value}</Text>
    </div>
  );
}

/** One visit with its audit history; edit for everyone, void for lead and up, never delete. */
export function VisitDetail({ visitId, timeZone, canVoid, onClose, onSignOut }: VisitDetailProps) {
  const [, navigate] = useLocation();
  const { t } = useTranslation();
  const query = useApiQuery('reception:get', { id: visitId ?? '' }, { enabled: visitId !== null });
  const voidVisit = useApiMutation('reception:void', ['reception:', 'audit:']);
  const [editing, setEditing] = useState(false);
  const [editDirty, setEditDirty] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const visit = visitId ? query.data : undefined;
  const time = (ms: number | null) => (ms ? formatDateTime(ms, timeZone) : null);
  return (
    <Drawer opened={visitId !== null} onClose={onClose} position="right" size={560} title={t('reception.detail.title')}>
      {visit && (
        <Stack gap="sm" aria-label={visit.serialNo}>
          <Group justify="space-between">
            <Text fw={600}>{visit.serialNo}</Text>
            <VisitStatus visit={visit} />
          </Group>
          {visit.voidedAt && (
            <Alert color="gray" p="xs">
              {t('reception.detail.voided', { reason: visit.voidReason })}
            </Alert>
          )}
          {visit.watchEntryId && (
            <Alert color="red" p="xs">
              {t('reception.detail.watch')}
            </Alert>
          )}
          {visit.anonymisedAt && (
            <Alert color="gray" p="xs">
              {t('reception.detail.anonymised')}
            </Alert>
          )}
          <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
            <Item label={t('reception.form.visitorName')} value={visit.visitorName} />
            <Item label={t('reception.form.phone')} value={visit.phone} />
            <Item label={t('reception.form.partySize')} value={visit.partySize} />
            <Item label={t('reception.form.organisation')} value={visit.organisation} />
            <Item
              label={t('reception.form.idType')}
              value={visit.idType ? t(labelKey('reception', 'idType', visit.idType)) : null}
            />
            <Item label={t('reception.form.idNumber')} value={visit.idMasked} />
            <Item label={t('reception.form.purpose')} value={t(labelKey('reception', 'purpose', visit.purpose))} />
            <Item label={t('reception.form.visiting')} value={visit.visiting} />
            <Item label={t('reception.form.shop')} value={visit.shopName} />
            <Item label={t('reception.form.badgeNo')} value={visit.badgeNo} />
            <Item label={t('reception.form.plate')} value={visit.plate} />
            <Item label={t('reception.list.clerk')} value={visit.clerkName} />
            <Item label={t('reception.list.timeIn')} value={time(visit.timeIn)} />
            <Item label={t('reception.list.timeOut')} value={time(visit.timeOut)} />
            <Item
              label={t('reception.list.badge')}
              value={
                visit.badgeReturned === null
                  ? null
                  : t(visit.badgeReturned ? 'reception.detail.badgeReturned' : 'reception.detail.badgeNotReturned')
              }
            />
            {visit.purpose === 'repair' && (
              <>
                <Item label={t('reception.form.repairLocation')} value={visit.repairLocation} />
                <Item label={t('reception.form.repairDepartment')} value={visit.repairDepartmentName} />
                <Item label={t('reception.form.repairFollowUpDue')} value={time(visit.repairFollowUpDue)} />
              </>
            )}
          </SimpleGrid>
          <Item label={t('reception.form.notes')} value={visit.notes} />
          {(visit.complaintId || visit.repairOrderId) && (
            <Group gap="xs">
              {visit.complaintId && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => navigate(`~/complaints/${visit.complaintId}`)}
                >
                  {t('reception.detail.complaint', { serial: visit.complaintSerial ?? '' })}
                </Button>
              )}
              {visit.repairOrderId && (
                <Button size="compact-xs" variant="subtle" onClick={() => navigate(`~/repairs/${visit.repairOrderId}`)}>
                  {t('reception.detail.repairOrder', { serial: visit.repairOrderSerial ?? '' })}
                </Button>
              )}
            </Group>
          )}
          {!visit.voidedAt && (
            <Group gap="xs">
              {!visit.timeOut && visit.purpose !== 'repair' && (
                <Button onClick={() => onSignOut(visit)}>{t('reception.list.signOut')}</Button>
              )}
              {visit.purpose === 'repair' && !visit.repairOrderId && (
                <Button variant="light" onClick={() => navigate(`~/repairs/from-visit/${visit.id}`)}>
                  {t('repairs.form.convert')}
                </Button>
              )}
              {visit.purpose === 'complaint' && !visit.complaintId && (
                <Button variant="light" onClick={() => navigate(`~/complaints/from-visit/${visit.id}`)}>
                  {t('complaints.calls.convert')}
                </Button>
              )}
              <CustomerFileButton phone={visit.phone} name={visit.visitorName} size="sm" />
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('reception.detail.edit')}
              </Button>
              {canVoid && (
                <Button variant="outline" color="red" onClick={() => setVoiding(true)}>
                  {t('reception.detail.void')}
                </Button>
              )}
            </Group>
          )}
          <AuditHistory entity="visits" entityId={visit.id} timeZone={timeZone} />
          <FormModal
            opened={editing}
            title={t('reception.form.editTitle')}
            dirty={editDirty}
            onClose={() => setEditing(false)}
            size={1000}
          >
            <VisitForm
              visit={visit}
              timeZone={timeZone}
              onDirtyChange={setEditDirty}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          </FormModal>
          <VoidDialog
            opened={voiding}
            title={t('reception.detail.voidTitle')}
            busy={voidVisit.isPending}
            onClose={() => setVoiding(false)}
            onConfirm={(reason) => voidVisit.mutateAsync({ id: visit.id, version: visit.version, reason })}
          />
        </Stack>
      )}
    </Drawer>
  );
}
