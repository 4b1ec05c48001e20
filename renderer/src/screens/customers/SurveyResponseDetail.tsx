import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyResponseView } from '../../../../shared/contract/customers';
import { useApiQuery } from '../../api/hooks';
import { labelKey, titleKey } from '../../app/labels';
import { recordPath } from '../../app/modules';
import { AuditHistory } from '../../components/AuditHistory';
import { DetailField } from '../../components/DetailField';
import { RecordLink } from '../../components/RecordLink';
import { formatDateTime } from '../../lib/time';

export function surveyPath(id: string): string {
  return `/customers/surveys/${id}`;
}

function SourceLink({ survey }: { survey: SurveyResponseView }) {
  const { t } = useTranslation();
  const { sourceModule, sourceRef, sourceSerial } = survey;
  if (sourceModule === 'counter' || !sourceRef) return t('customers.surveyDetail.atCounter');
  const to = sourceModule === 'revisits' ? `/customers/visits/${sourceRef}` : recordPath(sourceModule, sourceRef);
  const name = t(sourceModule === 'revisits' ? 'customers.surveyDetail.revisit' : titleKey(sourceModule));
  return <RecordLink to={to}>{`${name} ${sourceSerial}`}</RecordLink>;
}

/**
 * 满意度调查 DC-…: one answered survey, on its own: who answered and when, which questionnaire, every answer, the
 * record it was about and the customer file, each a link, and who wrote it down; its history below.
 */
export function SurveyResponseDetail(props: { id: string; timeZone: string; onClose(): void }) {
  const { id, timeZone, onClose } = props;
  const { t } = useTranslation();
  const survey = useApiQuery('customers:survey', { id });
  const s = survey.data;
  if (survey.isError)
    return (
      <Stack gap={6}>
        <Text size="sm">{t('errors.surveyMissing')}</Text>
        <Group>
          <Button size="xs" variant="default" onClick={onClose}>
            {t('customers.detail.close')}
          </Button>
        </Group>
      </Stack>
    );
  if (!s) return null;
  return (
    <Stack gap={8} style={{ minWidth: 0 }} aria-label={t('customers.surveyDetail.title', { serial: s.serialNo })}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={4} style={{ whiteSpace: 'nowrap' }}>
          {t('customers.surveyDetail.title', { serial: s.serialNo })}
        </Title>
        <Badge variant="light" color="gray">
          {t(labelKey('customers', 'surveySource', s.sourceModule))}
        </Badge>
      </Group>
      <Group grow align="flex-start">
        <DetailField label={t('customers.surveyDetail.who')}>
          {[s.name, s.phoneMasked].filter(Boolean).join(' ')}
        </DetailField>
        <DetailField label={t('customers.surveyDetail.at')}>{formatDateTime(s.createdAt, timeZone)}</DetailField>
      </Group>
      <Group grow align="flex-start">
        <DetailField label={t('customers.survey.form')}>{s.formName}</DetailField>
        <DetailField label={t('customers.surveyDetail.clerk')}>{s.clerkName}</DetailField>
      </Group>
      <Group grow align="flex-start">
        <DetailField label={t('customers.surveyDetail.source')}>
          <SourceLink survey={s} />
        </DetailField>
        <DetailField label={t('customers.surveyDetail.unit')}>{s.unitName}</DetailField>
      </Group>
      {s.customerId && s.fileNo && (
        <DetailField label={t('customers.title')}>
          <RecordLink to={recordPath('customers', s.customerId)}>
            {t('customers.file.open', { fileNo: s.fileNo })}
          </RecordLink>
        </DetailField>
      )}
      <Title order={5}>{t('customers.surveyDetail.answers')}</Title>
      <Table verticalSpacing={3} fz="sm" aria-label={t('customers.surveyDetail.answers')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.surveyDetail.question')}</Table.Th>
            <Table.Th>{t('customers.surveyDetail.answer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {s.answers.map((a) => (
            <Table.Tr key={a.questionId}>
              <Table.Td>{a.questionText}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                {a.level ? t(labelKey('customers', 'satisfaction', a.level)) : a.choice || a.text}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button size="xs" variant="default" onClick={onClose}>
          {t('customers.detail.close')}
        </Button>
      </Group>
      <AuditHistory entity="surveyResponses" entityId={s.id} timeZone={timeZone} />
    </Stack>
  );
}
