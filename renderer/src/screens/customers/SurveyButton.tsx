import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySource } from '../../../../shared/contract/customers';
import { useApiQuery } from '../../api/hooks';
import { FormModal } from '../../components/FormModal';
import { SurveyPanel } from './SurveyPanel';

/**
 * On a closed complaint or a completed repair: 发起满意度调查 opens the questionnaire about that record (the answer is
 * linked to it); once answered the button names the survey (满意度调查 DC-…) and shows its answers instead of asking
 * again.
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
  // Once answered, the survey's own serial names it: the record's link to its survey.
  const first = (done.data ?? [])[0];
  return (
    <>
      <Button size="xs" variant="light" color={first ? 'gray' : 'teal'} onClick={() => setOpened(true)}>
        {first ? t('customers.survey.answeredButton', { serial: first.serialNo }) : t('customers.survey.start')}
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
