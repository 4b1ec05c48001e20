import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RevisitPlanView } from '../../../../shared/contract/customers';
import { titleKey } from '../../app/labels';
import { recordPath } from '../../app/modules';
import { RecordLink } from '../../components/RecordLink';

/** What a visit follows up (the complaint, work order, return or file), as a link that opens that record. */
export function RevisitSourceLink({ plan }: { plan: RevisitPlanView }) {
  const { t } = useTranslation();
  if (!plan.sourceSerial) return null;
  if (!plan.sourceModule || !plan.sourceRef)
    return (
      <Text size="xs" c="dimmed" ff="monospace">
        {plan.sourceSerial}
      </Text>
    );
  const text = t('customers.visits.source', { module: t(titleKey(plan.sourceModule)), serial: plan.sourceSerial });
  return <RecordLink to={recordPath(plan.sourceModule, plan.sourceRef)}>{text}</RecordLink>;
}
