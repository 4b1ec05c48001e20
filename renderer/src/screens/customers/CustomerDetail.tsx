import { Badge, Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { isModuleName } from '../../../../shared/modules';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { labelKey, titleKey } from '../../app/labels';
import { recordPath } from '../../app/modules';
import { AuditHistory } from '../../components/AuditHistory';
import { RecordLink } from '../../components/RecordLink';
import { hitSubtitle } from '../../frame/searchHits';
import { showApiError } from '../../lib/apiErrors';
import { downloadBase64 } from '../../lib/download';
import { formatDateTime } from '../../lib/time';
import { CustomerForm } from './CustomerForm';
import { ForgetDialog } from './ForgetDialog';
import { MergeDialog } from './MergeDialog';
import { PlanDialog } from './PlanDialog';
import { RevisitStatusBadge } from './RevisitStatusBadge';
import { surveyPath } from './SurveyResponseDetail';
import { UnitsPanel } from './UnitsPanel';

/** One file: who, how to reach them, consent; what is open, the planned visits and the whole history. */
export function CustomerDetail(props: { id: string; timeZone: string; canExport: boolean; onClose(): void }) {
  const { id, timeZone, canExport, onClose } = props;
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  // Each opening is logged (PIPL): read once per opening, not again on window focus.
  const file = useApiQuery(
    'customers:get',
    { id },
    { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
  );
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [planning, setPlanning] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const exportPerson = useApiMutation('customers:exportPerson', ['audit:']);
  const f = file.data;
  if (!f) return null;
  const at = (ms: number) => formatDateTime(ms, timeZone);
  if (editing)
    return (
      <CustomerForm key={f.version} file={f} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
    );
  const live = f.status === 'active';
  return (
    <Stack gap={6} style={{ minWidth: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4}>
          {f.name}{' '}
          <Text span ff="monospace" size="sm" c="dimmed">
            {f.fileNo}
          </Text>
        </Title>
        <Group gap={4}>
          {f.gradeName && <Badge variant="light">{f.gradeName}</Badge>}
          {!live && <Badge color="gray">{t(labelKey('customers', 'status', f.status))}</Badge>}
        </Group>
      </Group>
      {f.mergedIntoFileNo && <Text size="sm">{t('customers.detail.merged', { fileNo: f.mergedIntoFileNo })}</Text>}
      {f.status === 'forgotten' && <Text size="sm">{t('customers.detail.forgotten')}</Text>}
      <Text size="sm">{f.phonesMasked.map((p, i) => [p, f.phones[i]?.note].filter(Boolean).join(' ')).join('；')}</Text>
      {(f.company || f.preferredContactTime) && (
        <Text size="sm">
          {[
            f.company,
            f.preferredContactTime && `${t('customers.fields.preferredContactTime')}：${f.preferredContactTime}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {f.tags.length > 0 && (
        <Group gap={4}>
          {f.tags.map((tag) => (
            <Badge key={tag} variant="outline" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      {f.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {f.notes}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('customers.detail.consent')}：
        {f.consent
          ? t('customers.detail.consentLine', {
              method: t(labelKey('customers', 'consentMethod', f.consent.method)),
              at: at(f.consent.at),
              scope: f.consent.scope,
              purpose: f.consent.purpose,
            })
          : t('customers.detail.noConsent')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('customers.detail.created', { at: at(f.createdAt), clerk: f.clerkName })}
      </Text>
      <Group gap="xs">
        {live && (
          <>
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              {t('customers.detail.edit')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setPlanning(true)}>
              {t('customers.detail.plan')}
            </Button>
            <Button size="xs" variant="light" color="orange" onClick={() => setMerging(true)}>
              {t('customers.detail.merge')}
            </Button>
          </>
        )}
        {live && canExport && (
          <Button
            size="xs"
            variant="light"
            color="gray"
            loading={exportPerson.isPending}
            onClick={() =>
              exportPerson.mutate(
                { id: f.id },
                {
                  onSuccess: (out) => downloadBase64(out.fileName, out.base64, 'application/json'),
                  onError: (e) => showApiError(e),
                },
              )
            }
          >
            {t('customers.detail.exportPerson')}
          </Button>
        )}
        {live && canExport && (
          <Button size="xs" variant="light" color="red" onClick={() => setForgetting(true)}>
            {t('customers.detail.forget')}
          </Button>
        )}
        <Button size="xs" variant="default" onClick={onClose}>
          {t('customers.detail.close')}
        </Button>
      </Group>
      <UnitsPanel file={f} />
      <Title order={5} mt={4}>
        {t('customers.detail.open')}
      </Title>
      {f.open.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.detail.noOpen')}
        </Text>
      ) : (
        <Stack gap={2}>
          {f.open.map((item) => (
            <Text
              key={item.entityId}
              size="sm"
              c={item.overdue ? 'red' : undefined}
              style={{ cursor: 'pointer' }}
              onClick={() => isModuleName(item.module) && navigate(`~${recordPath(item.module, item.entityId)}`)}
            >
              {isModuleName(item.module) ? t(titleKey(item.module)) : ''} {item.serial} {item.what}
              {item.due !== null && ` · ${t('customers.detail.due', { at: at(item.due) })}`}
            </Text>
          ))}
        </Stack>
      )}
      <Title order={5} mt={4}>
        {t('customers.detail.revisits')}
      </Title>
      {f.revisits.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.detail.noRevisits')}
        </Text>
      ) : (
        <Stack gap={2}>
          {f.revisits.map((plan) => (
            <Group key={plan.id} gap={6} wrap="nowrap">
              <Text size="sm" ff="monospace">
                {plan.serialNo}
              </Text>
              <Text size="sm">{formatDateTime(plan.dueAt, timeZone).slice(0, 10)}</Text>
              <Text size="sm" style={{ flex: 1 }} truncate>
                {plan.reason}
              </Text>
              <RevisitStatusBadge plan={plan} />
            </Group>
          ))}
        </Stack>
      )}
      <Title order={5} mt={4}>
        {t('customers.detail.surveys')}
      </Title>
      {f.surveys.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.detail.noSurveys')}
        </Text>
      ) : (
        <Stack gap={0} aria-label={t('customers.detail.surveys')}>
          {f.surveys.map((survey) => (
            <Group key={survey.id} gap={6} wrap="nowrap">
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {at(survey.createdAt).slice(0, 10)}
              </Text>
              <RecordLink to={surveyPath(survey.id)}>
                {t('customers.surveyDetail.title', { serial: survey.serialNo })}
              </RecordLink>
              <Text size="sm" c="dimmed" truncate style={{ flex: 1 }}>
                {[survey.formName, survey.sourceSerial].filter(Boolean).join(' · ')}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Title order={5} mt={4}>
        {t('customers.detail.history')}
      </Title>
      {f.history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customers.detail.noHistory')}
        </Text>
      ) : (
        <Box>
          <Table striped highlightOnHover verticalSpacing={2} fz="sm" aria-label={t('customers.detail.history')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customers.detail.at')}</Table.Th>
                <Table.Th>{t('customers.detail.module')}</Table.Th>
                <Table.Th>{t('customers.detail.record')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.history.map((hit) => (
                <Table.Tr
                  key={hit.entityId}
                  style={{ cursor: 'pointer' }}
                  onClick={() => navigate(`~${recordPath(hit.module, hit.entityId)}`)}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(hit.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" size="sm">
                      {t(titleKey(hit.module))}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={hit.voided ? { textDecoration: 'line-through' } : undefined}>
                    {hit.title}{' '}
                    <Text span size="xs" c="dimmed">
                      {hitSubtitle(t, hit)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
      {/* The file's own log: who changed, viewed, merged or erased it, when, and why. */}
      <AuditHistory entity="customers" entityId={f.id} timeZone={timeZone} />
      <MergeDialog file={f} opened={merging} onClose={() => setMerging(false)} />
      <ForgetDialog key={f.version} file={f} opened={forgetting} onClose={() => setForgetting(false)} />
      <PlanDialog file={f} timeZone={timeZone} opened={planning} onClose={() => setPlanning(false)} />
    </Stack>
  );
}
