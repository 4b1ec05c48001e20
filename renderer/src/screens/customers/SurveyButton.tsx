import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySource } from '../../../../shared/contract/customers';
import { useApiQuery } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { RecordLink } from '../../components/RecordLink';
import { SurveyPanel } from './SurveyPanel';
import { surveyPath } from './SurveyResponseDetail';

/**
 * On a closed complaint or a completed repair: 发起满意度调查 opens the questionnaire about that record (the answer is
 * linked to it); once answered it is a link naming the survey (满意度调查 DC-…) that opens the survey's own panel,
 * instead of asking again.
 */
export function SurveyButton(props: {
  sourceModule: Exclude<SurveySource, 'counter'>;
  sourceRef: string;
  serial: string;
}) {
  const { sourceModule, sourceRef, serial } = props;
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const done = useApiQuery('customers:surveysOf', { sourceModule, sourceRef });
  // Once answered, the survey's own serial names it: the record's link to its survey, which opens its panel.
  const first = (done.data ?? [])[0];
  if (first)
    return (
      <RecordLink to={surveyPath(first.id)}>
        {t('customers.survey.answeredButton', { serial: first.serialNo })}
      </RecordLink>
    );
  return (
    <>
      <Button size="xs" variant="light" color="teal" onClick={() => setOpened(true)}>
        {t('customers.survey.start')}
      </Button>
      <FormModal opened={opened} title={t('customers.tabs.surveys')} dirty={false} onClose={() => setOpened(false)}>
        <SurveyPanel
          sourceModule={sourceModule}
          sourceRef={sourceRef}
          title={t('customers.survey.recordTitle', { serial })}
          onDone={() => setOpened(false)}
        />
      </FormModal>
    </>
  );
}
